import type { ErrorObject } from 'ajv/dist/2020.js';

import type { ResourceType } from './scim-schema.js';
import type { JsonSchema } from './json-schema-to-scim.js';

const maxQuotedValueLength = 64;

/**
 * Turns one AJV error into the one short sentence an administrator reads in
 * the provisioning log: which attribute, what is wrong with it. The raw AJV
 * error stays out of responses.
 */
export function describeValidationError(error: ErrorObject, resourceType: ResourceType): string {
  const attribute = attributeName(error.instancePath, resourceType);
  const parentSchema = error.parentSchema as JsonSchema | undefined;

  switch (error.keyword) {
    case 'required': {
      const missing = String(error.params.missingProperty);
      return `${requiredName(attribute, missing, resourceType)} is required.`;
    }
    case 'type':
      return `${attribute} must be ${describeType(String(error.params.type))}.`;
    case 'format': {
      const format = describeFormat(String(error.params.format));
      return `${attribute} ${quote(error.data)} is not a valid ${format}.`;
    }
    case 'minLength':
      return Number(error.params.limit) <= 1
        ? `${attribute} must not be empty.`
        : `${attribute} must be at least ${error.params.limit} characters long.`;
    case 'maxLength':
      return `${attribute} must be at most ${error.params.limit} characters long.`;
    case 'pattern': {
      const expected = parentSchema?.['x-scim']?.expected ?? 'a value of another form';
      return `${attribute} ${quote(error.data)} is not valid: expected ${expected}.`;
    }
    case 'minItems':
      return `${attribute} must hold at least ${error.params.limit} value(s).`;
    case 'maxItems':
      return `${attribute} must hold at most ${error.params.limit} values.`;
    case 'contains':
    case 'const':
      return `${attribute} must contain ${quote(constOf(parentSchema))}.`;
    default:
      return `${attribute} is not valid (${error.keyword}).`;
  }
}

/** `/emails/1/value` → `emails[1].value`; extension objects keep their URN. */
function attributeName(instancePath: string, resourceType: ResourceType): string {
  if (instancePath === '') return 'The request body';

  const segments = instancePath.slice(1).split('/').map(decodePointerSegment);
  let name = '';
  for (const segment of segments) {
    if (/^\d+$/.test(segment)) name += `[${segment}]`;
    else if (name === '') name = segment;
    else name += isExtensionUrn(name, resourceType) ? `:${segment}` : `.${segment}`;
  }
  return name;
}

function requiredName(parent: string, missing: string, resourceType: ResourceType): string {
  const extension = resourceType.extensions.find((e) => e.schema.id === missing);
  if (extension !== undefined) {
    const firstRequired = extension.schema.attributes.find((attribute) => attribute.required);
    return firstRequired === undefined ? missing : `${missing}:${firstRequired.name}`;
  }
  if (parent === 'The request body') return missing;
  return isExtensionUrn(parent, resourceType) ? `${parent}:${missing}` : `${parent}.${missing}`;
}

function isExtensionUrn(name: string, resourceType: ResourceType): boolean {
  return resourceType.extensions.some((extension) => extension.schema.id === name);
}

function decodePointerSegment(segment: string): string {
  return segment.replace(/~1/g, '/').replace(/~0/g, '~');
}

function describeType(type: string): string {
  const descriptions: Record<string, string> = {
    string: 'a string',
    boolean: 'a boolean (true or false)',
    object: 'an object',
    array: 'a list',
    integer: 'an integer',
    number: 'a number',
  };
  return descriptions[type] ?? `of type ${type}`;
}

function describeFormat(format: string): string {
  const descriptions: Record<string, string> = {
    email: 'email address',
    'date-time': 'date and time (RFC 3339)',
    uri: 'URI',
  };
  return descriptions[format] ?? format;
}

function constOf(schema: JsonSchema | undefined): unknown {
  const withConst = schema as { const?: unknown; contains?: { const?: unknown } } | undefined;
  return withConst?.contains?.const ?? withConst?.const;
}

function quote(value: unknown): string {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  const shortened =
    text.length > maxQuotedValueLength ? `${text.slice(0, maxQuotedValueLength)}…` : text;
  return `"${shortened}"`;
}
