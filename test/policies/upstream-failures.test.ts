import { createServer } from 'node:net';

import { expect } from 'chai';

import type { GatewayConfig } from '../../src/config/gateway-config.js';
import { linkedSeedUser, otherServiceToken, twoOrganizationSeed } from '../support/policy-seeds.js';
import { expectScimError, filterQuery, patchOp } from '../support/scim-expectations.js';
import { entraUser, TestGateway } from '../support/test-gateway.js';

const member = linkedSeedUser({ id: 'usr_member', email: 'member@example.com', firstName: 'Mel' });
const memberUpstream = '/internal/v1/organizations/org_demo/users/usr_member';
const contactSystam = /contact the Systam team/;
const requestTimeoutMs = 300;
const memberFilter = filterQuery('userName eq "member@example.com"');
const rename = patchOp({ op: 'replace', path: 'name.givenName', value: 'X' });

/** A loopback port nothing listens on: bound by the system, then released. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** An `adjust` that changes the first tenant's Systam settings. */
function withFirstTenant(change: Partial<GatewayConfig['tenants'][number]['systam']>) {
  return (config: GatewayConfig): GatewayConfig => {
    const [first, ...others] = config.tenants;
    const changed = { ...first!, systam: { ...first!.systam, ...change } };
    return { ...config, tenants: [changed, ...others] };
  };
}

// Systam policies, "Errors": connection failures → 503, timeouts → 504,
// never a 404 and never a hang.
describe('Systam unreachable, slow or misconfigured', () => {
  let gateway: TestGateway;
  const failureLines = () =>
    gateway.log.lines.filter((line) => line.level === 'error' && line.message === 'request failed');

  afterEach(async () => {
    await gateway.close();
  });

  describe('when nothing listens at the Systam URL', () => {
    beforeEach(async () => {
      const port = await closedPort();
      gateway = await TestGateway.start({
        seed: twoOrganizationSeed([member], []),
        adjust: withFirstTenant({ baseUrl: `http://127.0.0.1:${port}` }),
      });
    });

    for (const [label, send] of [
      ['GET /Users', () => gateway.get('/Users')],
      ['GET /Users?filter', () => gateway.get(`/Users${memberFilter}`)],
      ['GET /Users/{id}', () => gateway.get('/Users/usr_member')],
      ['POST /Users', () => gateway.post('/Users', entraUser())],
      ['DELETE /Users/{id}', () => gateway.delete('/Users/usr_member')],
    ] as const) {
      it(`${label} answers 503 with Retry-After, never 404, and logs an error`, async () => {
        const response = await send();

        expectScimError(response, { status: 503, detail: /cannot be reached/ });
        expect(response.headers['retry-after']).to.match(/^[1-9]\d*$/);
        expect(failureLines().map((line) => line.status)).to.deep.equal([503]);
      });
    }
  });

  describe('when Systam does not answer in time', () => {
    beforeEach(async () => {
      gateway = await TestGateway.start({
        seed: twoOrganizationSeed([member], []),
        adjust: (config) => ({ ...config, upstream: { ...config.upstream, requestTimeoutMs } }),
      });
    });

    it('GET /Users/{id} answers 504, never 404, when the read hangs', async () => {
      gateway.simulator.injectFault({ kind: 'hang', method: 'GET' });

      const response = await gateway.get('/Users/usr_member');

      expectScimError(response, { status: 504, detail: /did not answer in time/ });
    });

    it('GET /Users?filter answers 504, never 404, when the look-up hangs', async () => {
      gateway.simulator.injectFault({ kind: 'hang' });

      const response = await gateway.get(`/Users${filterQuery('externalId eq "nobody"')}`);

      expectScimError(response, { status: 504, detail: /did not answer in time/ });
    });

    it('PATCH /Users/{id} answers 504 when the write hangs', async () => {
      gateway.simulator.injectFault({ kind: 'hang', method: 'PATCH' });

      const response = await gateway.patch('/Users/usr_member', rename);

      expectScimError(response, { status: 504, detail: /did not answer in time/ });
    });

    it('GET /Users/{id} answers 200 when Systam is slow but within the timeout', async () => {
      gateway.simulator.injectFault({ kind: 'delay', delayMs: 20, times: 1 });

      const response = await gateway.get('/Users/usr_member');

      expect(response.status).to.equal(200);
    });
  });

  describe('when Systam drops the connection', () => {
    beforeEach(async () => {
      gateway = await TestGateway.start({ seed: twoOrganizationSeed([member], []) });
      gateway.simulator.clearRequests();
    });

    it('GET /Users/{id} answers 200 after reading once more when one read is dropped', async () => {
      gateway.simulator.injectFault({
        kind: 'disconnect',
        method: 'GET',
        path: memberUpstream,
        times: 1,
      });

      const response = await gateway.get('/Users/usr_member');

      expect(response.status).to.equal(200);
      const reads = gateway.simulator.requests.filter((entry) => entry.path === memberUpstream);
      expect(reads.map((entry) => entry.fault)).to.deep.equal(['disconnect', null]);
    });

    it('GET /Users/{id} answers 503 when every read is dropped', async () => {
      gateway.simulator.injectFault({ kind: 'disconnect' });

      const response = await gateway.get('/Users/usr_member');

      expectScimError(response, { status: 503, detail: /cannot be reached/ });
    });

    it('PATCH /Users/{id} answers 503 and sends the dropped write only once', async () => {
      gateway.simulator.injectFault({ kind: 'disconnect', method: 'PATCH' });

      const response = await gateway.patch('/Users/usr_member', rename);

      expectScimError(response, { status: 503, detail: /cannot be reached/ });
      const writes = gateway.simulator.requests.filter((entry) => entry.method === 'PATCH');
      expect(writes).to.have.lengthOf(1);
    });
  });

  describe('when the tenant is misconfigured', () => {
    for (const [label, change] of [
      ['a wrong service token (401 UNAUTHENTICATED)', { serviceToken: 'not-a-systam-token' }],
      ["another organization's service token (403 FORBIDDEN)", { serviceToken: otherServiceToken }],
      ['an organization Systam lacks (404 ORGANIZATION_NOT_FOUND)', { orgId: 'org_missing' }],
    ] as const) {
      it(`GET /Users/{id} and GET /Users?filter answer 502, never 401 or 404, for ${label}`, async () => {
        gateway = await TestGateway.start({
          seed: twoOrganizationSeed([member], []),
          adjust: withFirstTenant(change),
        });

        const byId = await gateway.get('/Users/usr_member');
        const byFilter = await gateway.get(`/Users${memberFilter}`);

        expectScimError(byId, { status: 502, detail: contactSystam });
        expectScimError(byFilter, { status: 502, detail: contactSystam });
        expect(failureLines().map((line) => line.status)).to.deep.equal([502, 502]);
      });
    }

    it('GET /Users/{id} answers 502, never 404, when the Systam URL has a wrong path', async () => {
      gateway = await TestGateway.start({
        seed: twoOrganizationSeed([member], []),
        adjust: (config) => {
          const baseUrl = `${config.tenants[0]!.systam.baseUrl}/wrong-prefix`;
          return withFirstTenant({ baseUrl })(config);
        },
      });

      const response = await gateway.get('/Users/usr_member');

      expectScimError(response, { status: 502, detail: contactSystam });
      const paths = gateway.simulator.requests.map((entry) => entry.path);
      expect(paths).to.include(`/wrong-prefix${memberUpstream}`);
    });
  });
});
