import { expect } from 'chai';

import type { RunningSimulator } from '../../src/simulator/start-simulator.js';
import type { UserRecord } from '../../src/simulator/user-record.js';
import {
  callApi,
  demoUsersPath,
  readDemoSeed,
  startTestSimulator,
  userPath,
} from './simulator-test-support.js';

describe('simulator: service tokens and organizations', () => {
  let simulator: RunningSimulator;

  before(async () => {
    const [demo] = readDemoSeed().organizations;
    if (demo === undefined) throw new Error('the demo seed has no organization');
    const other = {
      id: 'org_other',
      name: 'Other Organization',
      serviceToken: 'other-service-token',
      workspaces: [{ id: 'wsp_oth1', identifier: 'OTH-1', name: 'Other HQ' }],
      users: [
        {
          id: 'usr_other1',
          email: 'olivia.owner@example.com',
          firstName: 'Oscar',
          lastName: 'Other',
          primaryWorkspaceId: 'wsp_oth1',
          role: 'owner' as const,
        },
      ],
    };
    simulator = await startTestSimulator({ seed: { organizations: [demo, other] } });
  });

  after(() => simulator.close());

  it('answers 401 UNAUTHENTICATED with WWW-Authenticate when no token is sent', async () => {
    const answer = await callApi(simulator, 'GET', demoUsersPath, { token: null });

    expect(answer.status).to.equal(401);
    expect(answer.body.error.code).to.equal('UNAUTHENTICATED');
    expect(answer.headers['www-authenticate']).to.equal('Bearer');
  });

  it('answers 401 UNAUTHENTICATED to a token no organization has', async () => {
    const answer = await callApi(simulator, 'GET', demoUsersPath, { token: 'guessed-token' });

    expect(answer.status).to.equal(401);
    expect(answer.body.error.code).to.equal('UNAUTHENTICATED');
  });

  it('answers 401 UNAUTHENTICATED to a valid token sent with another scheme', async () => {
    const answer = await callApi(simulator, 'GET', demoUsersPath, {
      token: null,
      headers: { authorization: 'Basic systam-demo-service-token' },
    });

    expect(answer.status).to.equal(401);
  });

  it('accepts the Bearer scheme in any letter case', async () => {
    const answer = await callApi(simulator, 'GET', demoUsersPath, {
      token: null,
      headers: { authorization: 'bearer systam-demo-service-token' },
    });

    expect(answer.status).to.equal(200);
  });

  it('answers 401 before judging a malformed organization id', async () => {
    const path = '/internal/v1/organizations/demo/users';
    const answer = await callApi(simulator, 'GET', path, { token: null });

    expect(answer.status).to.equal(401);
  });

  it("answers 403 FORBIDDEN when another organization's valid token is used", async () => {
    const answer = await callApi(simulator, 'GET', demoUsersPath, { token: 'other-service-token' });

    expect(answer.status).to.equal(403);
    expect(answer.body.error.code).to.equal('FORBIDDEN');
  });

  it('answers 404 ORGANIZATION_NOT_FOUND for a well-formed organization id nobody has', async () => {
    const answer = await callApi(simulator, 'GET', '/internal/v1/organizations/org_nobody/users');

    expect(answer.status).to.equal(404);
    expect(answer.body.error.code).to.equal('ORGANIZATION_NOT_FOUND');
  });

  it('answers 400 VALIDATION_FAILED for an organization id outside the contract pattern', async () => {
    const answer = await callApi(simulator, 'GET', '/internal/v1/organizations/org-demo/users');

    expect(answer.status).to.equal(400);
    expect(answer.body.error.code).to.equal('VALIDATION_FAILED');
    expect(answer.body.error.details).to.deep.equal({ in: 'path' });
  });

  it('answers 400 VALIDATION_FAILED for a user id outside the contract pattern', async () => {
    for (const userId of ['user_1', 'usr_', `usr_${'a'.repeat(41)}`, 'usr_a-b']) {
      const answer = await callApi(simulator, 'GET', userPath(userId));
      expect(answer.status, userId).to.equal(400);
      expect(answer.body.error.code, userId).to.equal('VALIDATION_FAILED');
    }
  });

  it('answers 404 USER_NOT_FOUND for a well-formed user id nobody has', async () => {
    const answer = await callApi(simulator, 'GET', userPath('usr_nobody'));

    expect(answer.status).to.equal(404);
    expect(answer.body.error.code).to.equal('USER_NOT_FOUND');
  });

  it("answers 404 USER_NOT_FOUND for another organization's user id", async () => {
    const answer = await callApi(simulator, 'GET', userPath('usr_other1'));

    expect(answer.status).to.equal(404);
    expect(answer.body.error.code).to.equal('USER_NOT_FOUND');
  });

  it('keeps organizations apart: one email may exist once in each', async () => {
    const answer = await callApi<UserRecord>(
      simulator,
      'GET',
      '/internal/v1/organizations/org_other/users/usr_other1',
      { token: 'other-service-token' },
    );

    expect(answer.status).to.equal(200);
    expect(answer.body.email).to.equal('olivia.owner@example.com');
    expect(answer.body.firstName).to.equal('Oscar');
  });
});
