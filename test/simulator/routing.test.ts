import { expect } from 'chai';

import type { RunningSimulator } from '../../src/simulator/start-simulator.js';
import {
  callApi,
  demoUsersPath,
  linkPath,
  startTestSimulator,
  userPath,
} from './simulator-test-support.js';

describe('simulator: routes, methods and X-Request-Id', () => {
  let simulator: RunningSimulator;

  before(async () => {
    simulator = await startTestSimulator();
  });

  after(() => simulator.close());

  const unknownPaths = [
    '/',
    '/internal/v1/organizations',
    '/internal/v1/organizations/org_demo/groups',
    '/internal/v2/organizations/org_demo/users',
  ];
  for (const path of unknownPaths) {
    it(`answers 404 NOT_FOUND with an Error body to ${path}`, async () => {
      const answer = await callApi(simulator, 'GET', path);

      expect(answer.status).to.equal(404);
      expect(answer.body.error.code).to.equal('NOT_FOUND');
    });
  }

  it('matches paths with their letter case: /Users is not /users', async () => {
    const answer = await callApi(simulator, 'GET', '/internal/v1/organizations/org_demo/Users');

    expect(answer.status).to.equal(404);
  });

  const wrongMethods: Array<[string, string, string]> = [
    ['DELETE', demoUsersPath, 'GET, HEAD, POST'],
    ['PUT', userPath('usr_admin1'), 'GET, HEAD, PATCH, DELETE'],
    ['POST', '/internal/v1/organizations/org_demo/workspaces', 'GET, HEAD'],
    ['GET', linkPath('usr_admin1'), 'PUT, DELETE'],
    ['OPTIONS', demoUsersPath, 'GET, HEAD, POST'],
  ];

  for (const [method, path, allow] of wrongMethods) {
    const shortPath = path.replace('/internal/v1/organizations/org_demo', '');
    it(`answers 405 with Allow: ${allow} to ${method} ${shortPath}, before authentication`, async () => {
      const answer = await callApi(simulator, method, path, { token: null });

      expect(answer.status).to.equal(405);
      expect(answer.headers.allow).to.equal(allow);
      expect(answer.body.error.code).to.equal('METHOD_NOT_ALLOWED');
    });
  }

  it('answers HEAD of a user like GET, without a body', async () => {
    const answer = await callApi(simulator, 'HEAD', userPath('usr_admin1'));

    expect(answer.status).to.equal(200);
    expect(answer.headers.etag).to.equal('"1"');
    expect(answer.body).to.equal(undefined);
  });

  it('echoes X-Request-Id on success and on errors', async () => {
    const ok = await callApi(simulator, 'GET', userPath('usr_admin1'), {
      headers: { 'X-Request-Id': 'req-ok-1' },
    });
    const failed = await callApi(simulator, 'GET', userPath('usr_nobody'), {
      headers: { 'X-Request-Id': 'req-404' },
    });
    const unauthenticated = await callApi(simulator, 'GET', demoUsersPath, {
      token: null,
      headers: { 'X-Request-Id': 'req-401' },
    });

    expect(ok.headers['x-request-id']).to.equal('req-ok-1');
    expect(failed.headers['x-request-id']).to.equal('req-404');
    expect(unauthenticated.headers['x-request-id']).to.equal('req-401');
  });

  it('sends no X-Request-Id when none was received', async () => {
    const answer = await callApi(simulator, 'GET', userPath('usr_admin1'));

    expect(answer.headers['x-request-id']).to.equal(undefined);
  });

  it('adds no ETag to lists and no X-Powered-By anywhere', async () => {
    const answer = await callApi(simulator, 'GET', demoUsersPath);

    expect(answer.headers.etag).to.equal(undefined);
    expect(answer.headers['x-powered-by']).to.equal(undefined);
  });
});
