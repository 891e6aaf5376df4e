import { expect } from 'chai';

import type { RunningSimulator } from '../../src/simulator/start-simulator.js';
import { callApi, demoUsersPath, startTestSimulator, userPath } from './simulator-test-support.js';

describe('simulator: request log', () => {
  let simulator: RunningSimulator;

  beforeEach(async () => {
    simulator = await startTestSimulator();
  });

  afterEach(() => simulator.close());

  it('records method, path, query, status, request id, If-Match and body of each request', async () => {
    await callApi(simulator, 'GET', `${demoUsersPath}?email=a%40example.com&limit=5`, {
      headers: { 'X-Request-Id': 'trace-1' },
    });
    await callApi(simulator, 'PATCH', userPath('usr_admin1'), {
      body: { firstName: 'Arlo2' },
      headers: { 'If-Match': '"1"', 'X-Request-Id': 'trace-2' },
    });

    expect(simulator.requests).to.deep.equal([
      {
        method: 'GET',
        path: demoUsersPath,
        query: { email: 'a@example.com', limit: '5' },
        status: 200,
        requestId: 'trace-1',
        ifMatch: null,
        body: undefined,
        fault: null,
      },
      {
        method: 'PATCH',
        path: userPath('usr_admin1'),
        query: {},
        status: 200,
        requestId: 'trace-2',
        ifMatch: '"1"',
        body: { firstName: 'Arlo2' },
        fault: null,
      },
    ]);
  });

  it('is complete when the answer arrives: one entry per call, with its final status', async () => {
    await callApi(simulator, 'GET', userPath('usr_nobody'));

    const logged = simulator.requests.map((entry) => [entry.method, entry.status]);
    expect(logged).to.deep.equal([['GET', 404]]);
  });

  it('records requests that fail authentication, with requestId null when none was sent', async () => {
    await callApi(simulator, 'GET', demoUsersPath, { token: null });

    const [entry] = simulator.requests;
    expect(entry?.status).to.equal(401);
    expect(entry?.requestId).to.equal(null);
  });

  it('records a repeated query parameter as a list', async () => {
    await callApi(simulator, 'GET', `${demoUsersPath}?limit=1&limit=2`);

    expect(simulator.requests[0]?.query).to.deep.equal({ limit: ['1', '2'] });
  });

  it('hands out snapshots that later requests do not change', async () => {
    await callApi(simulator, 'GET', demoUsersPath);
    const snapshot = simulator.requests;

    await callApi(simulator, 'GET', demoUsersPath);
    expect(snapshot).to.have.length(1);
    expect(simulator.requests).to.have.length(2);
  });

  it('starts afresh after clearRequests', async () => {
    await callApi(simulator, 'GET', demoUsersPath);
    simulator.clearRequests();
    await callApi(simulator, 'GET', userPath('usr_admin1'));

    expect(simulator.requests.map((entry) => entry.path)).to.deep.equal([userPath('usr_admin1')]);
  });

  it('keeps only the most recent requests past requestLogLimit', async () => {
    const small = await startTestSimulator({ requestLogLimit: 2 });
    try {
      for (const id of ['a', 'b', 'c']) {
        await callApi(small, 'GET', demoUsersPath, { headers: { 'X-Request-Id': id } });
      }
      expect(small.requests.map((entry) => entry.requestId)).to.deep.equal(['b', 'c']);
    } finally {
      await small.close();
    }
  });
});
