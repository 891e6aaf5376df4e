import type { ProvisioningContext } from '../../provisioning/provisioning-context.js';

/** What the routers need, built once when the app is assembled. */
export interface RouteDependencies {
  readonly provisioning: ProvisioningContext;
  /** Base of meta.location when the gateway sits behind a proxy. */
  readonly publicBaseUrl: string | undefined;
  /** Largest request body; larger ones answer 413. */
  readonly bodyLimitBytes: number;
}
