import { expect } from 'chai';

import type { RunningSimulator } from '../../src/simulator/start-simulator.js';
import type { UserRecord } from '../../src/simulator/user-record.js';
import {
  callApi,
  createTestUser,
  demoUsersPath,
  startTestSimulator,
  userPath,
} from './simulator-test-support.js';

describe('simulator: DELETE /internal/v1/organizations/{orgId}/users/{userId} (deleteUser)', () => {
  let simulator: RunningSimulator;
  let user: UserRecord;

  beforeEach(async () => {
    simulator = await startTestSimulator();
    user = await createTestUser(simulator, 'leaver', { scimLink: { userName: 'leaver' } });
  });

  afterEach(() => simulator.close());

  it('answers 204 without a body, and the user is gone for good', async () => {
    const answer = await callApi(simulator, 'DELETE', userPath(user.id));

    expect(answer.status).to.equal(204);
    expect(answer.body).to.equal(undefined);
    expect(simulator.user('org_demo', user.id)).to.equal(undefined);
    expect((await callApi(simulator, 'DELETE', userPath(user.id))).status).to.equal(404);
  });

  it('frees the email and the link userName of the deleted user', async () => {
    await callApi(simulator, 'DELETE', userPath(user.id));

    const again = await callApi(simulator, 'POST', demoUsersPath, {
      body: {
        email: 'LEAVER@example.com',
        firstName: 'Returning',
        lastName: 'User',
        primaryWorkspaceId: 'wsp_hel01',
        scimLink: { userName: 'Leaver' },
      },
    });
    expect(again.status).to.equal(201);
  });

  it('answers 403 ORGANIZATION_OWNER_PROTECTED for an owner and keeps the owner', async () => {
    const answer = await callApi(simulator, 'DELETE', userPath('usr_owner1'));

    expect(answer.status).to.equal(403);
    expect(answer.body.error.code).to.equal('ORGANIZATION_OWNER_PROTECTED');
    expect(simulator.user('org_demo', 'usr_owner1')).to.not.equal(undefined);
  });

  it('answers 412 VERSION_MISMATCH when If-Match is stale, and keeps the user', async () => {
    await callApi(simulator, 'PATCH', userPath(user.id), { body: { firstName: 'Changed' } });

    const answer = await callApi(simulator, 'DELETE', userPath(user.id), {
      headers: { 'If-Match': '"1"' },
    });
    expect(answer.status).to.equal(412);
    expect(answer.body.error.code).to.equal('VERSION_MISMATCH');
    expect(simulator.user('org_demo', user.id)?.version).to.equal(2);
  });

  it('deletes when If-Match names the current version', async () => {
    const answer = await callApi(simulator, 'DELETE', userPath(user.id), {
      headers: { 'If-Match': '"1"' },
    });

    expect(answer.status).to.equal(204);
  });

  it('answers 404 USER_NOT_FOUND for an unknown user', async () => {
    const answer = await callApi(simulator, 'DELETE', userPath('usr_nobody'));

    expect(answer.status).to.equal(404);
    expect(answer.body.error.code).to.equal('USER_NOT_FOUND');
  });
});
