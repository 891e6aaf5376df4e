import type { ScimError } from '../errors.js';
import { errorSchemaUrn } from '../schema/schema-files.js';

export interface ErrorResponse {
  readonly schemas: readonly string[];
  readonly status: string;
  readonly scimType?: string;
  readonly detail: string;
}

/** The body of an error answer (RFC 7644 section 3.12): `status` is a string there. */
export function toErrorResponse(error: ScimError): ErrorResponse {
  return {
    schemas: [errorSchemaUrn],
    status: String(error.status),
    ...(error.scimType !== undefined && { scimType: error.scimType }),
    detail: error.detail,
  };
}
