import { toScimSchema, type JsonSchema } from '../../../src/scim/schema/json-schema-to-scim.js';
import { readSchemaFiles } from '../../../src/scim/schema/schema-files.js';
import type { ResourceType } from '../../../src/scim/schema/scim-schema.js';
import { buildUserResourceType } from '../../../src/scim/schema/user-resource-type.js';
import type {
  ComparisonNode,
  ComparisonOperator,
  FilterNode,
  LiteralValue,
} from '../../../src/scim/filter/filter-ast.js';

export const userType: ResourceType = buildUserResourceType(readSchemaFiles());

/**
 * The User type with a boolean `primary` on emails and phoneNumbers, which
 * the real schema no longer has (Systam keeps no primary flag): the filter
 * module is generic and still has to handle boolean sub-attributes.
 */
export { userTypeWithPrimary } from '../../support/resource-type-with-primary.js';

export const coreUrn = 'urn:ietf:params:scim:schemas:core:2.0:User';
export const systamUrn = 'urn:ietf:params:scim:schemas:extension:systam:2.0:User';
export const enterpriseUrn = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';

/** A user as the gateway returns it; an override of undefined removes the attribute. */
export function buildUser(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const user: Record<string, unknown> = {
    schemas: [coreUrn, systamUrn],
    id: '2819c223-7f76-453a-919d-413861904646',
    externalId: 'jdoe-0042',
    userName: 'Barbara.Jensen@Example.com',
    name: { givenName: 'Barbara', familyName: "O'Brien-Smith" },
    active: true,
    preferredLanguage: 'en-US',
    emails: [
      { type: 'work', value: 'bjensen@example.com' },
      { type: 'other', value: 'babs@jensen.org' },
    ],
    phoneNumbers: [{ type: 'work', value: '+1 555 0100' }],
    meta: {
      resourceType: 'User',
      created: '2011-08-01T18:29:49.793Z',
      lastModified: '2024-05-01T12:00:00Z',
      location: 'https://gateway.example/scim/v2/Users/2819c223-7f76-453a-919d-413861904646',
      version: 'W/"3"',
    },
    [systamUrn]: { primaryWorkspace: 'HEL-01' },
    ...overrides,
  };

  for (const [key, value] of Object.entries(overrides)) {
    if (value === undefined) delete user[key];
  }
  return user;
}

/**
 * buildUser() as a resource of userTypeWithPrimary: the work email is
 * primary, the other email and the phone number carry no flag.
 */
export function buildUserWithPrimary(
  overrides: Record<string, unknown> = {},
): Record<string, unknown> {
  return buildUser({
    emails: [
      { type: 'work', value: 'bjensen@example.com', primary: true },
      { type: 'other', value: 'babs@jensen.org' },
    ],
    ...overrides,
  });
}

// The User schema has no integer, decimal, binary or reference attribute at
// the top level, so these types are exercised on a small resource type
// built the same way, from a JSON Schema.
const deviceSchema: JsonSchema = {
  $id: 'urn:example:params:scim:schemas:test:2.0:Device',
  title: 'Device',
  type: 'object',
  properties: {
    slots: { type: 'integer' },
    weight: { type: 'number' },
    certificate: { type: 'string', 'x-scim': { type: 'binary', caseExact: true } },
    profileUrl: { type: 'string', 'x-scim': { type: 'reference', caseExact: true } },
    tags: {
      type: 'array',
      items: { type: 'object', properties: { label: { type: 'string' } } },
    },
    ports: {
      type: 'array',
      items: { type: 'object', properties: { number: { type: 'integer' } } },
    },
  },
};

export const deviceType: ResourceType = {
  name: 'Device',
  endpoint: '/Devices',
  description: 'A test resource type',
  schema: toScimSchema(deviceSchema),
  extensions: [],
};

/** A pattern matching exactly this detail, for details asserted word for word. */
export function exactly(detail: string): RegExp {
  return new RegExp(`^${detail.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
}

export function comparison(
  path: string,
  operator: ComparisonOperator,
  value: LiteralValue,
  unquotedText?: string,
): ComparisonNode {
  return unquotedText === undefined
    ? { kind: 'comparison', path, operator, value }
    : { kind: 'comparison', path, operator, value, unquotedText };
}

export function present(path: string): FilterNode {
  return { kind: 'present', path };
}

export function and(left: FilterNode, right: FilterNode): FilterNode {
  return { kind: 'and', left, right };
}

export function or(left: FilterNode, right: FilterNode): FilterNode {
  return { kind: 'or', left, right };
}

export function not(filter: FilterNode): FilterNode {
  return { kind: 'not', filter };
}

export function valuePath(path: string, filter: FilterNode): FilterNode {
  return { kind: 'valuePath', path, filter };
}
