import { expect } from 'chai';
import { request } from 'undici';

import type { RunningSimulator } from '../../src/simulator/start-simulator.js';
import {
  callApi,
  demoToken,
  demoUsersPath,
  demoWorkspacesPath,
  startTestSimulator,
  userPath,
  waitUntil,
} from './simulator-test-support.js';

describe('simulator: fault injection', () => {
  let simulator: RunningSimulator;

  beforeEach(async () => {
    simulator = await startTestSimulator();
  });

  afterEach(() => simulator.close());

  async function listStatuses(count: number): Promise<number[]> {
    const statuses = [];
    for (let i = 0; i < count; i += 1) {
      statuses.push((await callApi(simulator, 'GET', demoUsersPath)).status);
    }
    return statuses;
  }

  const authorization = { authorization: `Bearer ${demoToken}` };

  it('answers 503 UNAVAILABLE with Retry-After for the next request, then serves again', async () => {
    simulator.injectFault({ kind: 'unavailable', times: 1, retryAfterSeconds: 30 });

    const failed = await callApi(simulator, 'GET', demoUsersPath, {
      headers: { 'X-Request-Id': 'r-503' },
    });
    expect(failed.status).to.equal(503);
    expect(failed.headers['retry-after']).to.equal('30');
    expect(failed.headers['x-request-id']).to.equal('r-503');
    expect(failed.body.error.code).to.equal('UNAVAILABLE');

    expect((await callApi(simulator, 'GET', demoUsersPath)).status).to.equal(200);
  });

  it('answers 429 RATE_LIMITED with Retry-After 1 when no delay is given', async () => {
    simulator.injectFault({ kind: 'rate-limited', times: 1 });

    const answer = await callApi(simulator, 'GET', demoUsersPath);
    expect(answer.status).to.equal(429);
    expect(answer.headers['retry-after']).to.equal('1');
    expect(answer.body.error.code).to.equal('RATE_LIMITED');
  });

  it('answers 500 INTERNAL for exactly the given number of requests', async () => {
    simulator.injectFault({ kind: 'internal', times: 2 });

    expect(await listStatuses(3)).to.deep.equal([500, 500, 200]);
  });

  it('keeps failing matching requests until clearFaults when no count is given', async () => {
    simulator.injectFault({ kind: 'unavailable' });

    expect((await callApi(simulator, 'GET', demoUsersPath)).status).to.equal(503);
    expect((await callApi(simulator, 'GET', demoUsersPath)).status).to.equal(503);
    simulator.clearFaults();
    expect((await callApi(simulator, 'GET', demoUsersPath)).status).to.equal(200);
  });

  it('fails only the requests whose method and path match', async () => {
    simulator.injectFault({ kind: 'internal', method: 'patch', path: /\/users\/usr_admin1$/ });

    const read = await callApi(simulator, 'GET', userPath('usr_admin1'));
    const body = { firstName: 'X' };
    const otherPath = await callApi(simulator, 'PATCH', userPath('usr_nobody'), { body });
    const matching = await callApi(simulator, 'PATCH', userPath('usr_admin1'), { body });

    expect([read.status, otherPath.status, matching.status]).to.deep.equal([200, 404, 500]);
    expect(simulator.user('org_demo', 'usr_admin1')?.firstName).to.equal('Arlo');
  });

  it('matches a path given as text exactly', async () => {
    simulator.injectFault({ kind: 'unavailable', path: demoWorkspacesPath });

    expect((await callApi(simulator, 'GET', demoUsersPath)).status).to.equal(200);
    expect((await callApi(simulator, 'GET', demoWorkspacesPath)).status).to.equal(503);
  });

  it('applies the first planned fault that matches, in the order they were planned', async () => {
    simulator.injectFault({ kind: 'rate-limited', times: 1 });
    simulator.injectFault({ kind: 'unavailable', times: 1 });

    expect(await listStatuses(3)).to.deep.equal([429, 503, 200]);
  });

  it('fails before authentication, as an outage would', async () => {
    simulator.injectFault({ kind: 'unavailable', times: 1 });

    const answer = await callApi(simulator, 'GET', demoUsersPath, { token: 'wrong' });
    expect(answer.status).to.equal(503);
  });

  it('closes the connection without an answer for `disconnect`', async () => {
    simulator.injectFault({ kind: 'disconnect', times: 1 });

    let failure: unknown;
    try {
      await request(`${simulator.url}${demoUsersPath}`, { headers: authorization });
    } catch (error) {
      failure = error;
    }
    expect(failure).to.be.instanceOf(Error);
    expect(simulator.requests[0]).to.deep.include({ status: null, fault: 'disconnect' });
    expect((await callApi(simulator, 'GET', demoUsersPath)).status).to.equal(200);
  });

  it('holds a `hang` request without answering while other paths are served', async () => {
    simulator.injectFault({ kind: 'hang', path: demoWorkspacesPath });
    const controller = new AbortController();
    let answered = false;
    const held = request(`${simulator.url}${demoWorkspacesPath}`, {
      headers: authorization,
      signal: controller.signal,
    }).then(() => {
      answered = true;
    });

    await waitUntil(() => simulator.requests.some((entry) => entry.fault === 'hang'));
    expect((await callApi(simulator, 'GET', demoUsersPath)).status).to.equal(200);
    expect(answered).to.equal(false);

    controller.abort();
    let failure: unknown;
    await held.catch((error: unknown) => {
      failure = error;
    });
    expect(failure).to.be.instanceOf(Error);
    expect(answered).to.equal(false);
    expect(simulator.requests.find((entry) => entry.fault === 'hang')?.status).to.equal(null);
  });

  it('drops held requests when closed, so close() does not wait for them', async () => {
    const local = await startTestSimulator();
    local.injectFault({ kind: 'hang' });
    const held = request(`${local.url}${demoUsersPath}`, { headers: authorization });
    const outcome = held.then(
      () => 'answered',
      () => 'dropped',
    );

    await waitUntil(() => local.requests.length === 1);
    await local.close();
    expect(await outcome).to.equal('dropped');
  });

  it('answers normally after a `delay` fault, and logs it', async () => {
    simulator.injectFault({ kind: 'delay', delayMs: 20, times: 1 });

    const answer = await callApi(simulator, 'GET', userPath('usr_admin1'));
    expect(answer.status).to.equal(200);
    expect(simulator.requests[0]).to.deep.include({ status: 200, fault: 'delay' });
  });

  it('serves requests normally with latency added, set at start or later', async () => {
    const slow = await startTestSimulator({ latencyMs: 10 });
    try {
      expect((await callApi(slow, 'GET', userPath('usr_admin1'))).status).to.equal(200);
      slow.setLatency(0);
      expect((await callApi(slow, 'GET', userPath('usr_admin1'))).status).to.equal(200);
    } finally {
      await slow.close();
    }
  });

  it('refuses fault options that cannot be played', () => {
    for (const times of [0, 1.5, -1]) {
      expect(() => simulator.injectFault({ kind: 'internal', times })).to.throw(TypeError, /times/);
    }
    expect(() => simulator.injectFault({ kind: 'delay' })).to.throw(TypeError, /delayMs/);
    expect(() => simulator.injectFault({ kind: 'unavailable', retryAfterSeconds: -1 })).to.throw(
      TypeError,
      /retryAfterSeconds/,
    );
    expect(() => simulator.setLatency(-5)).to.throw(TypeError, /latencyMs/);
  });

  it('matches a global regular expression on every request, not every other one', async () => {
    simulator.injectFault({ kind: 'internal', path: /users/g });

    expect(await listStatuses(3)).to.deep.equal([500, 500, 500]);
  });
});
