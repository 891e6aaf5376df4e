import { expect } from 'chai';

import { expectScimError } from '../support/scim-expectations.js';
import { entraUser, scimPath, scimTestToken, TestGateway } from '../support/test-gateway.js';

// Systam policies, "Who sees what": every SCIM bearer token belongs to
// exactly one tenant; a request without a valid one reaches no tenant.
describe('SCIM authentication (bearer token → tenant)', () => {
  let gateway: TestGateway;

  before(async () => {
    gateway = await TestGateway.start();
  });

  after(async () => {
    await gateway.close();
  });

  beforeEach(() => {
    gateway.simulator.clearRequests();
  });

  describe('GET /Users', () => {
    it('answers 401 with WWW-Authenticate Bearer when there is no Authorization header', async () => {
      const response = await gateway.raw().get(scimPath('/Users'));

      expectScimError(response, { status: 401, detail: /no bearer token.*Authorization: Bearer/i });
      expect(response.headers['www-authenticate']).to.match(/^Bearer\b/);
      expect(gateway.upstreamCalls()).to.deep.equal([]);
    });

    it('answers 401 with WWW-Authenticate Bearer when the token belongs to no tenant', async () => {
      const response = await gateway
        .raw()
        .get(scimPath('/Users'))
        .set('Authorization', `Bearer ${scimTestToken}x`);

      expectScimError(response, { status: 401, detail: /bearer token is not valid/i });
      expect(response.headers['www-authenticate']).to.match(/^Bearer\b/);
      expect(gateway.upstreamCalls()).to.deep.equal([]);
    });

    for (const [label, header] of [
      ['another scheme (Basic)', `Basic ${Buffer.from(`u:${scimTestToken}`).toString('base64')}`],
      ['the scheme without a token', 'Bearer'],
      ['the token without a scheme', scimTestToken],
      ['two words after the scheme', `Bearer ${scimTestToken} extra`],
    ]) {
      it(`answers 401 with WWW-Authenticate for a malformed header: ${label}`, async () => {
        const response = await gateway.raw().get(scimPath('/Users')).set('Authorization', header!);

        expectScimError(response, { status: 401, detail: /bearer token/i });
        expect(response.headers['www-authenticate']).to.match(/^Bearer\b/);
        expect(gateway.upstreamCalls()).to.deep.equal([]);
      });
    }

    it('answers 200 when the scheme is written in another letter case (RFC 7235)', async () => {
      const response = await gateway
        .raw()
        .get(scimPath('/Users'))
        .set('Authorization', `bearer ${scimTestToken}`);

      expect(response.status).to.equal(200);
      expect(response.body.Resources).to.be.an('array');
    });
  });

  describe('POST /Users', () => {
    it('answers 401 to a wrong token and writes nothing upstream', async () => {
      const response = await gateway
        .raw()
        .post(scimPath('/Users'))
        .set('Authorization', 'Bearer not-the-right-token-at-all')
        .set('Content-Type', 'application/scim+json')
        .send(JSON.stringify(entraUser()));

      expectScimError(response, { status: 401, detail: /bearer token is not valid/i });
      expect(gateway.upstreamCalls()).to.deep.equal([]);
      expect(gateway.simulator.users('org_demo')).to.have.lengthOf(2);
    });
  });

  describe('DELETE /Users/{id}', () => {
    it('answers 401 without a token and never reaches Systam', async () => {
      const response = await gateway.raw().delete(scimPath('/Users/usr_owner1'));

      expectScimError(response, { status: 401, detail: /no bearer token/i });
      expect(gateway.upstreamCalls()).to.deep.equal([]);
    });
  });
});
