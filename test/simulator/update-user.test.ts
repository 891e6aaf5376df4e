import { expect } from 'chai';

import type { RunningSimulator } from '../../src/simulator/start-simulator.js';
import type { UserRecord } from '../../src/simulator/user-record.js';
import { callApi, createTestUser, startTestSimulator, userPath } from './simulator-test-support.js';

describe('simulator: PATCH /internal/v1/organizations/{orgId}/users/{userId} (updateUser)', () => {
  let simulator: RunningSimulator;
  let user: UserRecord;

  beforeEach(async () => {
    simulator = await startTestSimulator();
    user = await createTestUser(simulator, 'mira', {
      secondaryEmail: 'mira@home.example.net',
      phone: '+1 555 0100',
      secondaryPhone: '+1 555 0101',
      language: 'es-ES',
      scimLink: { userName: 'mira@example.com', externalId: 'mcastellano' },
    });
  });

  afterEach(() => simulator.close());

  async function patchUser(body: unknown, headers: Record<string, string> = {}, userId = user.id) {
    return callApi<UserRecord>(simulator, 'PATCH', userPath(userId), {
      body,
      contentType: 'application/merge-patch+json',
      headers,
    });
  }

  it('changes the members sent, leaves the others, and answers version 2 with ETag "2"', async () => {
    const answer = await patchUser({ firstName: 'Mirabel' });

    expect(answer.status).to.equal(200);
    expect(answer.headers.etag).to.equal('"2"');
    expect(answer.body).to.deep.equal({
      ...user,
      firstName: 'Mirabel',
      version: 2,
      updatedAt: answer.body.updatedAt,
    });
    expect(Date.parse(answer.body.updatedAt)).to.be.greaterThan(Date.parse(user.updatedAt));
    expect(answer.body.createdAt).to.equal(user.createdAt);
  });

  it('clears nullable members sent as null', async () => {
    const cleared = { secondaryEmail: null, phone: null, secondaryPhone: null, language: null };
    const answer = await patchUser(cleared);

    expect(answer.body).to.deep.include(cleared);
    expect(simulator.user('org_demo', user.id)?.phone).to.equal(null);
  });

  it('accepts application/json as well as application/merge-patch+json', async () => {
    const answer = await callApi<UserRecord>(simulator, 'PATCH', userPath(user.id), {
      body: { lastName: 'Castellano' },
    });

    expect(answer.status).to.equal(200);
    expect(answer.body.lastName).to.equal('Castellano');
  });

  it('answers 400 VALIDATION_FAILED to other media types, such as JSON Patch', async () => {
    const answer = await callApi(simulator, 'PATCH', userPath(user.id), {
      body: [{ op: 'replace', path: '/lastName', value: 'C' }],
      contentType: 'application/json-patch+json',
    });

    expect(answer.status).to.equal(400);
    expect(answer.body.error.code).to.equal('VALIDATION_FAILED');
  });

  it('keeps version and updatedAt when the patch changes nothing', async () => {
    const answer = await patchUser({ firstName: user.firstName, phone: user.phone });

    expect(answer.status).to.equal(200);
    expect(answer.headers.etag).to.equal('"1"');
    expect(answer.body).to.deep.equal(user);
  });

  it('stores values exactly as sent, letter case of a changed email included', async () => {
    const answer = await patchUser({ email: 'MIRA@example.com', phone: '(555) 0100' });

    expect(answer.body.email).to.equal('MIRA@example.com');
    expect(answer.body.phone).to.equal('(555) 0100');
    expect(answer.body.version).to.equal(2);
  });

  describe('null and members that are not nullable', () => {
    for (const member of ['email', 'firstName', 'lastName', 'primaryWorkspaceId']) {
      it(`answers 400 VALIDATION_FAILED to ${member}: null`, async () => {
        const answer = await callApi(simulator, 'PATCH', userPath(user.id), {
          body: { [member]: null },
        });

        expect(answer.status).to.equal(400);
        expect(answer.body.error.code).to.equal('VALIDATION_FAILED');
      });
    }
  });

  for (const [title, body] of [
    ['an empty patch', {}],
    ['an unknown member', { displayName: 'Mira' }],
    ['a role change', { role: 'admin' }],
    ['a version', { version: 9 }],
    ['a firstName of 101 characters', { firstName: 'F'.repeat(101) }],
  ] as const) {
    it(`answers 400 VALIDATION_FAILED to ${title}`, async () => {
      const answer = await callApi(simulator, 'PATCH', userPath(user.id), { body });

      expect(answer.status).to.equal(400);
      expect(answer.body.error.code).to.equal('VALIDATION_FAILED');
      expect(simulator.user('org_demo', user.id)).to.deep.equal(user);
    });
  }

  describe('If-Match', () => {
    it('applies the patch when If-Match names the current version', async () => {
      const answer = await patchUser({ firstName: 'M' }, { 'If-Match': '"1"' });

      expect(answer.status).to.equal(200);
      expect(answer.headers.etag).to.equal('"2"');
    });

    it('answers 412 VERSION_MISMATCH when If-Match names an older version, and changes nothing', async () => {
      await patchUser({ firstName: 'Second' });

      const answer = await callApi(simulator, 'PATCH', userPath(user.id), {
        body: { firstName: 'Third' },
        headers: { 'If-Match': '"1"' },
      });
      expect(answer.status).to.equal(412);
      expect(answer.body.error.code).to.equal('VERSION_MISMATCH');
      expect(answer.body.error.details).to.deep.equal({ currentVersion: 2 });
      expect(simulator.user('org_demo', user.id)?.firstName).to.equal('Second');
    });

    it('accepts a weak tag W/"1", the wildcard *, and a list holding the current version', async () => {
      expect((await patchUser({ firstName: 'A' }, { 'If-Match': 'W/"1"' })).status).to.equal(200);
      expect((await patchUser({ firstName: 'B' }, { 'If-Match': '*' })).status).to.equal(200);
      const listed = await patchUser({ firstName: 'C' }, { 'If-Match': '"1", "3"' });
      expect(listed.status).to.equal(200);
      expect(simulator.user('org_demo', user.id)?.version).to.equal(4);
    });

    it('answers 400 VALIDATION_FAILED to an If-Match that holds no entity tag', async () => {
      const answer = await callApi(simulator, 'PATCH', userPath(user.id), {
        body: { firstName: 'X' },
        headers: { 'If-Match': '1' },
      });

      expect(answer.status).to.equal(400);
      expect(answer.body.error.details).to.deep.equal({ in: 'header', parameter: 'If-Match' });
    });
  });

  describe('organization owners', () => {
    for (const [title, body] of [
      ['a profile change', { firstName: 'Liv' }],
      ['a link-only change', { scimLink: { userName: 'olivia' } }],
      ['a patch that changes nothing', { firstName: 'Olivia' }],
    ] as const) {
      it(`answers 403 ORGANIZATION_OWNER_PROTECTED to ${title}`, async () => {
        const answer = await callApi(simulator, 'PATCH', userPath('usr_owner1'), { body });

        expect(answer.status).to.equal(403);
        expect(answer.body.error.code).to.equal('ORGANIZATION_OWNER_PROTECTED');
        expect(simulator.user('org_demo', 'usr_owner1')?.version).to.equal(1);
      });
    }
  });

  describe('scimLink', () => {
    it('sets a link and a profile change together, as one new version', async () => {
      const answer = await callApi<UserRecord>(simulator, 'PATCH', userPath('usr_admin1'), {
        body: {
          firstName: 'Arlo-Linked',
          scimLink: { userName: 'arlo@example.com', externalId: 'arlo' },
        },
      });

      expect(answer.body).to.deep.include({
        firstName: 'Arlo-Linked',
        scimLink: { userName: 'arlo@example.com', externalId: 'arlo' },
        version: 2,
      });
    });

    it('merges a link member-wise: an absent externalId keeps its value', async () => {
      const answer = await patchUser({ scimLink: { userName: 'mira.c@example.com' } });

      expect(answer.body.scimLink).to.deep.equal({
        userName: 'mira.c@example.com',
        externalId: 'mcastellano',
      });
    });

    it('clears externalId sent as null, and the whole link sent as null', async () => {
      const link = { userName: 'mira@example.com', externalId: null };
      const cleared = await patchUser({ scimLink: link });
      expect(cleared.body.scimLink).to.deep.equal(link);

      const unlinked = await patchUser({ scimLink: null });
      expect(unlinked.body.scimLink).to.equal(null);
      expect(unlinked.body.version).to.equal(3);
    });

    it('lets a user keep its own link userName in another letter case', async () => {
      const answer = await patchUser({ scimLink: { userName: 'MIRA@EXAMPLE.COM' } });

      expect(answer.status).to.equal(200);
      expect(answer.body.scimLink?.userName).to.equal('MIRA@EXAMPLE.COM');
    });

    it('answers 409 SCIM_USERNAME_TAKEN and drops the profile change sent with the link', async () => {
      const answer = await callApi(simulator, 'PATCH', userPath('usr_admin1'), {
        body: { firstName: 'Changed', scimLink: { userName: 'Mira@Example.com' } },
      });

      expect(answer.status).to.equal(409);
      expect(answer.body.error.code).to.equal('SCIM_USERNAME_TAKEN');
      const stored = simulator.user('org_demo', 'usr_admin1');
      expect(stored).to.deep.include({ firstName: 'Arlo', scimLink: null });
    });

    it('answers 422 INVALID_PHONE and drops the link sent with the phone', async () => {
      const answer = await callApi(simulator, 'PATCH', userPath('usr_admin1'), {
        body: { phone: 'unknown', scimLink: { userName: 'arlo' } },
      });

      expect(answer.status).to.equal(422);
      expect(answer.body.error.code).to.equal('INVALID_PHONE');
      const stored = simulator.user('org_demo', 'usr_admin1');
      expect(stored).to.deep.include({ phone: '+358 40 1234567', scimLink: null });
    });
  });

  describe('field rules and uniqueness', () => {
    it('answers 409 EMAIL_TAKEN when the new email is another user’s in another letter case', async () => {
      const answer = await callApi(simulator, 'PATCH', userPath(user.id), {
        body: { email: 'ARLO.admin@example.com' },
      });

      expect(answer.status).to.equal(409);
      expect(answer.body.error.code).to.equal('EMAIL_TAKEN');
    });

    it('frees the old email once a user has changed it', async () => {
      await patchUser({ email: 'mira.new@example.com' });

      const other = await callApi(simulator, 'POST', '/internal/v1/organizations/org_demo/users', {
        body: {
          email: 'MIRA@example.com',
          firstName: 'O',
          lastName: 'T',
          primaryWorkspaceId: 'wsp_hel01',
        },
      });
      expect(other.status).to.equal(201);
    });

    for (const [body, code] of [
      [{ email: 'no-at-sign' }, 'INVALID_EMAIL'],
      [{ secondaryEmail: '' }, 'INVALID_EMAIL'],
      [{ secondaryPhone: 'n/a' }, 'INVALID_PHONE'],
      [{ language: 'Spanish (Spain)' }, 'INVALID_LANGUAGE'],
      [{ primaryWorkspaceId: 'wsp_gone' }, 'WORKSPACE_NOT_FOUND'],
    ] as const) {
      it(`answers 422 ${code} to ${JSON.stringify(body)}`, async () => {
        const answer = await callApi(simulator, 'PATCH', userPath(user.id), { body });

        expect(answer.status).to.equal(422);
        expect(answer.body.error.code).to.equal(code);
        expect(simulator.user('org_demo', user.id)).to.deep.equal(user);
      });
    }
  });

  it('answers 404 USER_NOT_FOUND to a patch of an unknown user', async () => {
    const answer = await callApi(simulator, 'PATCH', userPath('usr_nobody'), {
      body: { firstName: 'X' },
    });

    expect(answer.status).to.equal(404);
    expect(answer.body.error.code).to.equal('USER_NOT_FOUND');
  });
});
