import type { Dispatcher } from 'undici';

import type { GatewayConfig, TenantConfig } from './config/gateway-config.js';
import { KeyedLock } from './provisioning/keyed-lock.js';
import type { Tenant } from './provisioning/tenant.js';
import { WorkspaceDirectory } from './provisioning/workspace-directory.js';
import { SystamClient } from './upstream/systam-client.js';
import type { SystamContract } from './upstream/systam-contract.js';
import { SystamHttp } from './upstream/systam-http.js';

/** Each configured tenant with its Systam client and workspace cache, keyed by token hash. */
export function buildTenants(
  config: GatewayConfig,
  tenants: readonly TenantConfig[],
  dispatcher: Dispatcher,
  contract: SystamContract,
): Map<string, Tenant> {
  const byTokenHash = new Map<string, Tenant>();

  for (const tenant of tenants) {
    const http = new SystamHttp({
      baseUrl: tenant.systam.baseUrl,
      serviceToken: tenant.systam.serviceToken,
      dispatcher,
      requestTimeoutMs: config.upstream.requestTimeoutMs,
      contract,
    });
    const systam = new SystamClient(http, contract, tenant.systam.orgId);

    byTokenHash.set(tenant.bearerTokenSha256, {
      id: tenant.id,
      orgId: tenant.systam.orgId,
      systam,
      workspaces: new WorkspaceDirectory(systam, config.workspaceCache),
      ownerLinks: new KeyedLock(),
    });
  }
  return byTokenHash;
}
