import { expect } from 'chai';

import { scimTestToken, type TestGateway } from '../support/test-gateway.js';
import { expectError, expectListResponse, startGateway } from './conformance-support.js';

// RFC 7644 section 3.13: the protocol version is part of the base URL; a
// version the service provider does not speak is 400 invalidVers.
describe('RFC 7644 §3.13 SCIM Protocol Versioning', () => {
  let gateway: TestGateway;

  before(async () => {
    gateway = await startGateway();
  });

  after(async () => {
    await gateway.close();
  });

  const getRaw = (path: string) =>
    gateway.raw().get(path).set('Authorization', `Bearer ${scimTestToken}`);

  it('serves SCIM 2.0 at /scim/v2', async () => {
    const list = expectListResponse(await getRaw('/scim/v2/Users'));

    expect(list.totalResults).to.equal(0);
  });

  for (const path of [
    '/scim/v1/Users',
    '/scim/v1/ServiceProviderConfigs',
    '/scim/v3/Users',
    '/scim/v11/Schemas',
  ]) {
    it(`answers 400 invalidVers for ${path}`, async () => {
      const response = await getRaw(path);

      expectError(response, { status: 400, scimType: 'invalidVers', detail: /\/scim\/v2/ });
    });
  }

  it('answers 400 invalidVers to a write under another version, too', async () => {
    const response = await gateway
      .raw()
      .post('/scim/v1/Users')
      .set('Authorization', `Bearer ${scimTestToken}`)
      .set('Content-Type', 'application/scim+json')
      .send('{}');

    expectError(response, { status: 400, scimType: 'invalidVers' });
  });

  it('answers 404 for a path that names no version', async () => {
    const response = await getRaw('/scim/Users');

    expectError(response, { status: 404 });
  });
});
