import { SystamApiError, SystamError } from '../upstream/systam-errors.js';
import type { Tenant } from './tenant.js';

export type UpstreamCheck =
  | { readonly tenant: string; readonly ok: true }
  | { readonly tenant: string; readonly ok: false; readonly problem: string };

/**
 * Asks a tenant's Systam organization for one workspace, to tell the
 * operator at start-up rather than at Entra's first request that the URL,
 * the service token or the organization id is wrong.
 */
export async function checkTenantUpstream(tenant: Tenant): Promise<UpstreamCheck> {
  try {
    await tenant.systam.listWorkspaces({ limit: 1 });
    return { tenant: tenant.id, ok: true };
  } catch (error) {
    return { tenant: tenant.id, ok: false, problem: describeProblem(error) };
  }
}

function describeProblem(error: unknown): string {
  if (error instanceof SystamApiError) {
    const hints: Record<string, string> = {
      UNAUTHENTICATED: 'Systam refuses the service token',
      FORBIDDEN: 'the service token belongs to another organization',
      ORGANIZATION_NOT_FOUND: 'Systam has no organization with this id',
    };
    return hints[error.code] ?? `Systam answered ${error.status} ${error.code}`;
  }
  if (error instanceof SystamError) return error.message;
  return String(error);
}
