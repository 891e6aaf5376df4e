import { expect } from 'chai';

import type { RunningSimulator } from '../../src/simulator/start-simulator.js';
import type { UserRecord } from '../../src/simulator/user-record.js';
import { callApi, createTestUser, linkPath, startTestSimulator } from './simulator-test-support.js';

describe('simulator: PUT and DELETE .../users/{userId}/scim-link (linkUser, unlinkUser)', () => {
  let simulator: RunningSimulator;

  beforeEach(async () => {
    simulator = await startTestSimulator();
  });

  afterEach(() => simulator.close());

  async function putLink(userId: string, body: unknown) {
    return callApi<UserRecord>(simulator, 'PUT', linkPath(userId), { body });
  }

  it('links an owner (allowed for owners) and answers the user at the next version', async () => {
    const answer = await callApi<UserRecord>(simulator, 'PUT', linkPath('usr_owner1'), {
      body: { userName: 'Olivia.Owner@example.com', externalId: 'oowner' },
    });

    expect(answer.status).to.equal(200);
    expect(answer.body).to.deep.include({
      id: 'usr_owner1',
      role: 'owner',
      scimLink: { userName: 'Olivia.Owner@example.com', externalId: 'oowner' },
      version: 2,
    });
  });

  it('sends no ETag, since the contract gives these operations none', async () => {
    const answer = await putLink('usr_admin1', { userName: 'arlo' });

    expect(answer.headers.etag).to.equal(undefined);
  });

  it('replaces the whole link: an externalId left out becomes null', async () => {
    await putLink('usr_admin1', { userName: 'arlo', externalId: 'a1' });

    const answer = await putLink('usr_admin1', { userName: 'arlo' });
    expect(answer.body.scimLink).to.deep.equal({ userName: 'arlo', externalId: null });
    expect(answer.body.version).to.equal(3);
  });

  it('keeps the version when the same link is put again', async () => {
    const link = { userName: 'arlo', externalId: 'a1' };
    await putLink('usr_admin1', link);

    const again = await putLink('usr_admin1', link);
    expect(again.body.version).to.equal(2);
  });

  it('answers 409 SCIM_USERNAME_TAKEN when another user holds the userName in another case', async () => {
    await putLink('usr_owner1', { userName: 'shared' });

    const answer = await callApi(simulator, 'PUT', linkPath('usr_admin1'), {
      body: { userName: 'SHARED' },
    });
    expect(answer.status).to.equal(409);
    expect(answer.body.error.code).to.equal('SCIM_USERNAME_TAKEN');
    expect(simulator.user('org_demo', 'usr_admin1')?.scimLink).to.equal(null);
  });

  for (const [title, body] of [
    ['an empty userName', { userName: '' }],
    ['a missing userName', { externalId: 'x' }],
    ['an unknown member', { userName: 'u', primary: true }],
    ['a userName of 257 characters', { userName: 'u'.repeat(257) }],
    ['a null body', null],
  ] as const) {
    it(`answers 400 VALIDATION_FAILED to ${title}`, async () => {
      const answer = await callApi(simulator, 'PUT', linkPath('usr_admin1'), {
        rawBody: JSON.stringify(body),
      });

      expect(answer.status).to.equal(400);
      expect(answer.body.error.code).to.equal('VALIDATION_FAILED');
    });
  }

  it('unlinks an owner and answers the user without a link at the next version', async () => {
    await putLink('usr_owner1', { userName: 'olivia' });

    const answer = await callApi<UserRecord>(simulator, 'DELETE', linkPath('usr_owner1'));
    expect(answer.status).to.equal(200);
    expect(answer.body.scimLink).to.equal(null);
    expect(answer.body.version).to.equal(3);
  });

  it('answers an unlinked user unchanged when asked to unlink it', async () => {
    const user = await createTestUser(simulator, 'plain');

    const answer = await callApi<UserRecord>(simulator, 'DELETE', linkPath(user.id));
    expect(answer.status).to.equal(200);
    expect(answer.body).to.deep.equal(user);
  });

  it('frees the userName once unlinked', async () => {
    await putLink('usr_owner1', { userName: 'olivia' });
    await callApi(simulator, 'DELETE', linkPath('usr_owner1'));

    const answer = await putLink('usr_admin1', { userName: 'Olivia' });
    expect(answer.status).to.equal(200);
  });

  it('answers 404 USER_NOT_FOUND for an unknown user, on PUT and DELETE', async () => {
    const put = await callApi(simulator, 'PUT', linkPath('usr_nobody'), {
      body: { userName: 'x' },
    });
    const remove = await callApi(simulator, 'DELETE', linkPath('usr_nobody'));

    expect([put.status, remove.status]).to.deep.equal([404, 404]);
    expect(put.body.error.code).to.equal('USER_NOT_FOUND');
  });
});
