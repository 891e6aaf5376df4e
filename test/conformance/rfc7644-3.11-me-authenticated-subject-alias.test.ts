import type { TestGateway } from '../support/test-gateway.js';
import { expectError, rfcUser, send, startGateway } from './conformance-support.js';

// RFC 7644 section 3.11: /Me is optional; a service provider without it
// answers 501. The gateway authenticates tenants, not people, so it has no
// subject to alias.
describe('RFC 7644 §3.11 "/Me" Authenticated Subject Alias (unsupported by decision)', () => {
  let gateway: TestGateway;

  before(async () => {
    gateway = await startGateway();
  });

  after(async () => {
    await gateway.close();
  });

  for (const [method, path] of [
    ['GET', '/Me'],
    ['POST', '/Me'],
    ['PUT', '/Me'],
    ['PATCH', '/Me'],
    ['DELETE', '/Me'],
    ['GET', '/Me/anything'],
  ] as const) {
    it(`answers ${method} ${path} with 501 without scimType`, async () => {
      const response = await send(gateway, method, path, rfcUser('me'));

      expectError(response, { status: 501, detail: /\/Me/ });
    });
  }
});
