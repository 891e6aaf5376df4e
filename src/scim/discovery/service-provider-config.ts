const serviceProviderConfigUrn = 'urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig';

export interface ServiceProviderFeatures {
  /** Largest page a query answers (filter.maxResults). */
  readonly maxResults: number;
  readonly documentationUri?: string;
}

/**
 * What the gateway supports (RFC 7643 section 5), told truthfully: PATCH,
 * filters and ETags yes; bulk, sorting and password changes no.
 */
export function toServiceProviderConfig(
  features: ServiceProviderFeatures,
  baseUrl: string,
): Record<string, unknown> {
  return {
    schemas: [serviceProviderConfigUrn],
    ...(features.documentationUri !== undefined && {
      documentationUri: features.documentationUri,
    }),
    patch: { supported: true },
    bulk: { supported: false, maxOperations: 0, maxPayloadSize: 0 },
    filter: { supported: true, maxResults: features.maxResults },
    changePassword: { supported: false },
    sort: { supported: false },
    etag: { supported: true },
    authenticationSchemes: [
      {
        type: 'oauthbearertoken',
        name: 'Bearer token',
        description:
          'Each tenant has its own long-lived bearer token, sent as ' +
          '"Authorization: Bearer <token>".',
        specUri: 'https://www.rfc-editor.org/info/rfc6750',
        primary: true,
      },
    ],
    meta: {
      resourceType: 'ServiceProviderConfig',
      location: `${baseUrl}/ServiceProviderConfig`,
    },
  };
}
