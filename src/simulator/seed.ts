import { readFileSync } from 'node:fs';

import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js';

import { loadSystamContract, type SystamContract } from '../upstream/systam-contract.js';
import { findFieldRuleViolation } from './field-rules.js';
import { seedSchema } from './seed-schema.js';
import { createUserRecord, foldCase, type NewUser } from './user-record.js';

export type SeedUser = NewUser;

export interface SeedWorkspace {
  readonly id: string;
  readonly identifier: string;
  readonly name: string;
}

export interface SeedOrganization {
  readonly id: string;
  readonly name: string;
  readonly serviceToken: string;
  readonly workspaces: readonly SeedWorkspace[];
  readonly users: readonly SeedUser[];
}

/** The organizations a simulator starts with (the format of schemas/systam/demo-seed.json). */
export interface SimulatorSeed {
  readonly organizations: readonly SeedOrganization[];
}

const validateShape = new Ajv2020({ strict: true }).compile(seedSchema);

/** Reads and checks a seed file; throws an Error naming the file and the first problem. */
export function readSeedFile(path: string): SimulatorSeed {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new Error(`Seed file ${path} cannot be read: ${(error as Error).message}`);
  }

  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new Error(`Seed file ${path} is not JSON: ${(error as Error).message}`);
  }
  return parseSeed(value, `Seed file ${path}`);
}

/**
 * Checks a seed given as a value (a parsed file, or built by a test) and
 * returns a copy of it. `source` opens every error message.
 */
export function parseSeed(value: unknown, source: string): SimulatorSeed {
  if (!validateShape(value)) {
    const first = validateShape.errors?.[0];
    throw new Error(`${source}: ${first === undefined ? 'invalid' : describeShapeError(first)}`);
  }

  const seed = structuredClone(value) as unknown as SimulatorSeed;
  const problem = findSeedProblem(seed, loadSystamContract());
  if (problem !== undefined) throw new Error(`${source}: ${problem}`);
  return seed;
}

function findSeedProblem(seed: SimulatorSeed, contract: SystamContract): string | undefined {
  const organizationIds = new Set<string>();
  const tokens = new Set<string>();

  for (const [index, organization] of seed.organizations.entries()) {
    const where = `organizations[${index}]`;
    const idReading = contract.readParameters('listUsers', 'path', { orgId: organization.id });
    if (!idReading.ok) return `${where}.id: ${idReading.problem}`;
    if (organizationIds.has(organization.id)) return `${where}.id: ${organization.id} is repeated`;
    if (tokens.has(organization.serviceToken)) return `${where}.serviceToken is repeated`;
    organizationIds.add(organization.id);
    tokens.add(organization.serviceToken);

    const problem = findOrganizationProblem(organization, contract);
    if (problem !== undefined) return `${where}.${problem}`;
  }
  return undefined;
}

function findOrganizationProblem(
  organization: SeedOrganization,
  contract: SystamContract,
): string | undefined {
  const workspaceIds = new Set<string>();
  const identifiers = new Set<string>();
  for (const [index, workspace] of organization.workspaces.entries()) {
    const problem = contract.check('Workspace', workspace);
    if (problem !== undefined) return `workspaces[${index}]: ${problem}`;
    if (workspaceIds.has(workspace.id) || identifiers.has(workspace.identifier)) {
      return `workspaces[${index}]: id or identifier is repeated`;
    }
    workspaceIds.add(workspace.id);
    identifiers.add(workspace.identifier);
  }

  const userIds = new Set<string>();
  const emails = new Set<string>();
  const userNames = new Set<string>();
  for (const [index, user] of organization.users.entries()) {
    const problem = findUserProblem(user, contract, (id) => workspaceIds.has(id));
    if (problem !== undefined) return `users[${index}]: ${problem}`;

    const email = foldCase(user.email);
    const userName =
      user.scimLink === undefined || user.scimLink === null
        ? undefined
        : foldCase(user.scimLink.userName);
    if (userIds.has(user.id)) return `users[${index}]: id ${user.id} is repeated`;
    if (emails.has(email)) return `users[${index}]: email ${user.email} is repeated`;
    if (userName !== undefined && userNames.has(userName)) {
      return `users[${index}]: scimLink.userName is repeated`;
    }
    userIds.add(user.id);
    emails.add(email);
    if (userName !== undefined) userNames.add(userName);
  }
  return undefined;
}

function findUserProblem(
  user: SeedUser,
  contract: SystamContract,
  hasWorkspace: (id: string) => boolean,
): string | undefined {
  if (user.scimLink !== undefined && user.scimLink !== null) {
    const linkProblem = contract.check('ScimLink', user.scimLink);
    if (linkProblem !== undefined) return `scimLink: ${linkProblem}`;
  }

  const record = createUserRecord(user, new Date(0).toISOString());
  const problem = contract.check('User', record);
  if (problem !== undefined) return problem;

  return findFieldRuleViolation(user, hasWorkspace)?.message;
}

/** `/organizations/0/users` → `organizations[0].users`, the way the messages name places. */
function describeShapeError(error: ErrorObject): string {
  const place = error.instancePath
    .split('/')
    .slice(1)
    .map((segment) => (/^\d+$/.test(segment) ? `[${segment}]` : `.${segment}`))
    .join('')
    .replace(/^\./, '');

  const prefix = place === '' ? '' : `${place}: `;
  switch (error.keyword) {
    case 'additionalProperties':
      return `${prefix}unknown member "${String(error.params.additionalProperty)}"`;
    case 'required':
      return `${prefix}missing member "${String(error.params.missingProperty)}"`;
    default:
      return `${place === '' ? '' : `${place} `}${error.message ?? error.keyword}`;
  }
}
