import { listResponseSchemaUrn } from '../schema/schema-files.js';

export interface ListResponse {
  readonly schemas: readonly string[];
  readonly totalResults: number;
  readonly startIndex: number;
  readonly itemsPerPage: number;
  readonly Resources: readonly unknown[];
}

/**
 * A query answer (RFC 7644 section 3.4.2). `Resources` is always present,
 * an empty array when nothing matches: Entra reads a missing list as an error.
 */
export function toListResponse(
  resources: readonly unknown[],
  totalResults: number,
  startIndex: number,
): ListResponse {
  return {
    schemas: [listResponseSchemaUrn],
    totalResults,
    startIndex,
    itemsPerPage: resources.length,
    Resources: resources,
  };
}
