import type { Logger } from '../observability/logger.js';
import type { ResourceType } from '../scim/schema/scim-schema.js';
import type { ScimValidators } from '../scim/schema/validators.js';

/** What every use case needs besides the tenant: built once when the app starts. */
export interface ProvisioningContext {
  readonly userType: ResourceType;
  readonly validators: ScimValidators;
  readonly logger: Logger;
  /** Read-modify-write attempts when Systam reports a concurrent change. */
  readonly versionConflictRetries: number;
  readonly maxResults: number;
  readonly scanLimit: number;
}

/** Where the request came in, for `meta.location` and `Location`. */
export interface RequestOrigin {
  /** The absolute URL of the SCIM base, e.g. https://scim.example.com/scim/v2. */
  readonly baseUrl: string;
}
