import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import { expect } from 'chai';

import { demoSeedWith, linkedSeedUser } from '../support/policy-seeds.js';
import { filterQuery, patchOp } from '../support/scim-expectations.js';
import { demoOrgId, scimTestToken, TestGateway } from '../support/test-gateway.js';
import { systamError, UpstreamDouble } from '../support/upstream-double.js';

const member = linkedSeedUser({ id: 'usr_member', email: 'member@example.com', firstName: 'Mel' });
const memberFilter = filterQuery('userName eq "member@example.com"');
const contactSystam = /contact the Systam team/;

const pause = (milliseconds: number) =>
  new Promise<void>((resolve) => setTimeout(resolve, milliseconds));

// Upstream answers from an adversarial review, each held to the promise:
// an honest status for every upstream failure, never a 404, never a hang.
describe('a misbehaving Systam upstream', () => {
  let double: UpstreamDouble;
  let gateway: TestGateway;

  const start = async (deadlineMs?: number) => {
    double = await UpstreamDouble.start();
    const route = double.routeFirstTenant();
    gateway = await TestGateway.start({
      seed: demoSeedWith(member),
      adjust: (config) => {
        const routed = route(config);
        return deadlineMs === undefined
          ? routed
          : { ...routed, server: { ...routed.server, requestDeadlineMs: deadlineMs } };
      },
    });
  };

  afterEach(async () => {
    await gateway.close();
    await double.close();
  });

  it('answers 502, not 404, when a list call answers 404 USER_NOT_FOUND', async () => {
    await start();
    double.script({ method: 'GET', path: /\/users$/, answer: systamError(404, 'USER_NOT_FOUND') });

    const response = await gateway.get(`/Users${memberFilter}`).expect(502);

    expect(response.body.detail).to.match(contactSystam);
  });

  it('answers 502, not 409, when a list call answers 409 EMAIL_TAKEN', async () => {
    await start();
    double.script({ method: 'GET', path: /\/users$/, answer: systamError(409, 'EMAIL_TAKEN') });

    await gateway.get(`/Users${memberFilter}`).expect(502);
  });

  it('answers 502 after one extra call when paging never ends', async () => {
    await start();
    double.script({
      method: 'GET',
      path: /\/users$/,
      answer: { status: 200, body: { items: [], nextCursor: 'again', totalCount: 5 } },
    });

    await gateway.get(`/Users${filterQuery('userName pr')}`).expect(502);

    const listCalls = double.calls.filter((call) => call.path.endsWith('/users'));
    expect(listCalls).to.have.length(2);
  });

  it('bounds a Retry-After of 10^20 seconds to one hour', async () => {
    await start();
    double.script({
      method: 'GET',
      answer: systamError(429, 'RATE_LIMITED', { 'Retry-After': '99999999999999999999' }),
    });

    const response = await gateway.get(`/Users${memberFilter}`).expect(429);

    expect(response.headers['retry-after']).to.equal('3600');
  });

  it('answers 504 when the request deadline passes, whatever each call would allow', async () => {
    await start(300);
    double.script({ method: 'GET', path: /\/users$/, answer: 'hang' });

    const response = await gateway.get(`/Users${memberFilter}`).expect(504);

    expect(response.body.detail).to.match(/did not answer in time/);
  });

  it('makes no write for a PATCH whose client went away during the read', async () => {
    await start();
    let readArrived = false;
    double.script({
      method: 'GET',
      path: /\/users\/usr_member$/,
      before: async () => {
        readArrived = true;
        await pause(400);
      },
      answer: 'forward',
    });
    const server = await listen(gateway);
    const port = (server.address() as AddressInfo).port;

    await abandonPatch(port, '/scim/v2/Users/usr_member', () => readArrived);
    await pause(800);
    server.close();

    expect(double.calls.filter((call) => call.method === 'PATCH')).to.deep.equal([]);
    expect(gateway.simulator.user(demoOrgId, 'usr_member')?.firstName).to.equal('Mel');
    const line = gateway.log.lines.find((entry) => entry.message === 'request completed');
    expect(line?.clientGone).to.equal(true);
  });
});

// Sends a PATCH and drops the connection as soon as `readHasArrived` holds:
// the gateway is then waiting on its read of the user.
function abandonPatch(port: number, path: string, readHasArrived: () => boolean): Promise<void> {
  return new Promise((resolve) => {
    const body = JSON.stringify(patchOp({ op: 'replace', path: 'name.givenName', value: 'Ghost' }));
    const request = httpRequest({
      host: '127.0.0.1',
      port,
      path,
      method: 'PATCH',
      headers: {
        authorization: `Bearer ${scimTestToken}`,
        'content-type': 'application/scim+json',
        'content-length': Buffer.byteLength(body),
      },
    });
    request.once('error', () => resolve());
    request.end(body);
    const poll = setInterval(() => {
      if (!readHasArrived()) return;
      clearInterval(poll);
      request.destroy();
      resolve();
    }, 5);
  });
}

function listen(gateway: TestGateway): Promise<Server> {
  return new Promise((resolve) => {
    const server = createServer(gateway.gateway.app);
    server.listen(0, '127.0.0.1', () => resolve(server));
  });
}
