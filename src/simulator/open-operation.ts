import type { Request } from 'express';

import type { SystamOperationId } from '../upstream/systam-contract.js';
import type { OrganizationStore } from './organization-store.js';
import { SimulatorError } from './simulator-error.js';
import type { SimulatorState } from './simulator-state.js';

export interface OpenedOperation<Query> {
  readonly organization: OrganizationStore;
  /** The path parameters, checked against the contract's patterns. */
  readonly path: Readonly<Record<string, unknown>>;
  /** The query, checked and converted (integers, booleans, defaults) by the contract. */
  readonly query: Query;
}

const bearer = /^Bearer +(\S+) *$/i;

/**
 * The checks every operation starts with, in this order: the service token
 * (401), the path parameters (400), the organization exists (404) and is the
 * token's own (403), the query (400). `Query` is the operation's query as the
 * contract declares it; the contract's check is what makes the type true.
 */
export function openOperation<Query = Readonly<Record<string, never>>>(
  req: Request,
  state: SimulatorState,
  operation: SystamOperationId,
): OpenedOperation<Query> {
  const token = bearer.exec(req.get('Authorization') ?? '')?.[1];
  const caller = token === undefined ? undefined : state.findOrganizationByToken(token);
  if (caller === undefined) {
    throw new SimulatorError('UNAUTHENTICATED', 'A valid service token is required', {
      headers: { 'WWW-Authenticate': 'Bearer' },
    });
  }

  const path = state.contract.readParameters(operation, 'path', req.params);
  if (!path.ok) throw invalidParameters('path', path.problem);

  const organizationId = String(path.values.orgId);
  const organization = state.findOrganization(organizationId);
  if (organization === undefined) {
    throw new SimulatorError('ORGANIZATION_NOT_FOUND', `No organization ${organizationId}`);
  }
  if (organization !== caller) {
    throw new SimulatorError('FORBIDDEN', 'The service token belongs to another organization');
  }

  const rawQuery = req.query as Record<string, unknown>;
  const query = state.contract.readParameters(operation, 'query', rawQuery);
  if (!query.ok) throw invalidParameters('query', query.problem);

  return { organization, path: path.values, query: query.values as Query };
}

function invalidParameters(location: 'path' | 'query', problem: string): SimulatorError {
  const message = `The ${location} breaks the contract: ${problem}`;
  return new SimulatorError('VALIDATION_FAILED', message, { details: { in: location } });
}
