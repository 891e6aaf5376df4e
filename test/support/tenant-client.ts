import request from 'supertest';

import type { GatewayConfig } from '../../src/config/gateway-config.js';
import { hashBearerToken } from '../../src/config/load-config.js';
import { otherOrgId, otherServiceToken } from './policy-seeds.js';
import { scimPath, type TestGateway } from './test-gateway.js';

export const otherScimToken = 'other-tenant-scim-token-9876543210';

/**
 * A TestGateway `adjust` that adds a second tenant: the other organization of
 * policy-seeds, on the same simulator, with its own SCIM bearer token.
 */
export function withOtherTenant(config: GatewayConfig): GatewayConfig {
  const [first] = config.tenants;
  if (first === undefined) throw new Error('the configuration has no tenant');

  return {
    ...config,
    tenants: [
      ...config.tenants,
      {
        id: 'other',
        bearerTokenSha256: hashBearerToken(otherScimToken),
        systam: {
          baseUrl: first.systam.baseUrl,
          serviceToken: otherServiceToken,
          orgId: otherOrgId,
        },
      },
    ],
  };
}

/** SCIM requests to a gateway with a bearer token of one's choice. */
export class TenantClient {
  readonly #gateway: TestGateway;
  readonly #token: string;

  constructor(gateway: TestGateway, token: string) {
    this.#gateway = gateway;
    this.#token = token;
  }

  get(path: string): request.Test {
    return this.#authorized(this.#gateway.raw().get(scimPath(path)));
  }

  post(path: string, body: unknown): request.Test {
    return this.#withBody(this.#gateway.raw().post(scimPath(path)), body);
  }

  put(path: string, body: unknown): request.Test {
    return this.#withBody(this.#gateway.raw().put(scimPath(path)), body);
  }

  patch(path: string, body: unknown): request.Test {
    return this.#withBody(this.#gateway.raw().patch(scimPath(path)), body);
  }

  delete(path: string): request.Test {
    return this.#authorized(this.#gateway.raw().delete(scimPath(path)));
  }

  #authorized(test: request.Test): request.Test {
    return test.set('Authorization', `Bearer ${this.#token}`);
  }

  #withBody(test: request.Test, body: unknown): request.Test {
    return this.#authorized(test)
      .set('Content-Type', 'application/scim+json')
      .send(JSON.stringify(body));
  }
}
