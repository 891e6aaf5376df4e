import { expect } from 'chai';

import type { RunningSimulator } from '../../src/simulator/start-simulator.js';
import type { UserRecord } from '../../src/simulator/user-record.js';
import {
  callApi,
  createTestUser,
  demoUsersPath,
  newUserBody,
  startTestSimulator,
  userPath,
} from './simulator-test-support.js';

describe('simulator: POST /internal/v1/organizations/{orgId}/users (createUser)', () => {
  let simulator: RunningSimulator;

  beforeEach(async () => {
    simulator = await startTestSimulator();
  });

  afterEach(() => simulator.close());

  it('answers 201 with the user at version 1, ETag "1", role member, empty fields null', async () => {
    const answer = await callApi<UserRecord>(simulator, 'POST', demoUsersPath, {
      body: newUserBody('mira'),
    });

    expect(answer.status).to.equal(201);
    expect(answer.headers.etag).to.equal('"1"');
    expect(answer.body).to.deep.include({
      email: 'mira@example.com',
      secondaryEmail: null,
      firstName: 'mira',
      lastName: 'Tester',
      phone: null,
      secondaryPhone: null,
      language: null,
      primaryWorkspaceId: 'wsp_nyc01',
      role: 'member',
      scimLink: null,
      version: 1,
    });
    expect(answer.body.id).to.match(/^usr_[A-Za-z0-9]{1,40}$/);
    expect(answer.body.updatedAt).to.equal(answer.body.createdAt);
  });

  it('stores every value exactly as given: no reformatting, no case folding', async () => {
    const body = newUserBody('x', {
      email: 'Mira.Castellano@Example.COM',
      secondaryEmail: 'MIRA@home.example.net',
      firstName: '  Mira ',
      lastName: 'de la Castellano',
      phone: '+1 (555) 0100',
      secondaryPhone: '555.0101',
      language: 'ES-es',
      scimLink: { userName: 'Mira.Castellano@Example.COM', externalId: 'MCastellano' },
    });
    const created = await callApi<UserRecord>(simulator, 'POST', demoUsersPath, { body });
    const read = await callApi<UserRecord>(simulator, 'GET', userPath(created.body.id));

    expect(read.body).to.deep.include({
      email: 'Mira.Castellano@Example.COM',
      secondaryEmail: 'MIRA@home.example.net',
      firstName: '  Mira ',
      lastName: 'de la Castellano',
      phone: '+1 (555) 0100',
      secondaryPhone: '555.0101',
      language: 'ES-es',
      scimLink: { userName: 'Mira.Castellano@Example.COM', externalId: 'MCastellano' },
    });
  });

  it('gives a link without externalId an externalId of null', async () => {
    const user = await createTestUser(simulator, 'linked', { scimLink: { userName: 'linked' } });

    expect(user.scimLink).to.deep.equal({ userName: 'linked', externalId: null });
  });

  it('gives later users later createdAt values, even within one millisecond', async () => {
    const first = await createTestUser(simulator, 'first');
    const second = await createTestUser(simulator, 'second');

    expect(Date.parse(second.createdAt)).to.be.greaterThan(Date.parse(first.createdAt));
  });

  it('answers 409 EMAIL_TAKEN when another user has the email in another letter case', async () => {
    const answer = await callApi(simulator, 'POST', demoUsersPath, {
      body: newUserBody('x', { email: 'Arlo.ADMIN@example.com' }),
    });

    expect(answer.status).to.equal(409);
    expect(answer.body.error.code).to.equal('EMAIL_TAKEN');
    expect(answer.body.error.details).to.deep.equal({ field: 'email' });
  });

  it('does not count a secondaryEmail as taken: only email is unique', async () => {
    const answer = await callApi(simulator, 'POST', demoUsersPath, {
      body: newUserBody('x', { secondaryEmail: 'arlo.admin@example.com' }),
    });

    expect(answer.status).to.equal(201);
  });

  it('answers 409 SCIM_USERNAME_TAKEN when another user has the link userName in another case', async () => {
    await createTestUser(simulator, 'first', { scimLink: { userName: 'Shared.Name' } });

    const answer = await callApi(simulator, 'POST', demoUsersPath, {
      body: newUserBody('second', { scimLink: { userName: 'shared.NAME' } }),
    });
    expect(answer.status).to.equal(409);
    expect(answer.body.error.code).to.equal('SCIM_USERNAME_TAKEN');
    expect(simulator.users('org_demo')).to.have.length(3);
  });

  const ruleViolations: Array<[string, Record<string, unknown>, string, string]> = [
    ['an email without a domain', { email: 'mira@' }, 'INVALID_EMAIL', 'email'],
    [
      'a secondaryEmail that is no address',
      { secondaryEmail: 'mira at home' },
      'INVALID_EMAIL',
      'secondaryEmail',
    ],
    ['a phone with letters', { phone: '555-CALL-NOW' }, 'INVALID_PHONE', 'phone'],
    ['a secondaryPhone of two digits', { secondaryPhone: '12' }, 'INVALID_PHONE', 'secondaryPhone'],
    ['an empty phone', { phone: '' }, 'INVALID_PHONE', 'phone'],
    ['a language that is no BCP 47 tag', { language: 'en_US' }, 'INVALID_LANGUAGE', 'language'],
    [
      'an unknown primaryWorkspaceId',
      { primaryWorkspaceId: 'wsp_nowhere' },
      'WORKSPACE_NOT_FOUND',
      'primaryWorkspaceId',
    ],
    [
      'a workspace identifier in place of its id',
      { primaryWorkspaceId: 'NYC-01' },
      'WORKSPACE_NOT_FOUND',
      'primaryWorkspaceId',
    ],
  ];

  for (const [title, overrides, code, field] of ruleViolations) {
    it(`answers 422 ${code} to ${title} and creates nothing`, async () => {
      const body = newUserBody('x', overrides);
      const answer = await callApi(simulator, 'POST', demoUsersPath, { body });

      expect(answer.status).to.equal(422);
      expect(answer.body.error.code).to.equal(code);
      expect(answer.body.error.details).to.deep.equal({ field });
      expect(simulator.users('org_demo')).to.have.length(2);
    });
  }

  const contractViolations: Array<[string, unknown]> = [
    ['an unknown member', newUserBody('x', { nickname: 'M' })],
    ['a role, which Systam decides', newUserBody('x', { role: 'owner' })],
    ['an id, which Systam decides', newUserBody('x', { id: 'usr_mine' })],
    [
      'a missing firstName',
      { email: 'x@example.com', lastName: 'T', primaryWorkspaceId: 'wsp_hel01' },
    ],
    ['an empty firstName', newUserBody('x', { firstName: '' })],
    ['a lastName of 101 characters', newUserBody('x', { lastName: 'L'.repeat(101) })],
    ['a phone of 33 characters', newUserBody('x', { phone: '1'.repeat(33) })],
    ['a number as firstName', newUserBody('x', { firstName: 42 })],
    ['a null firstName', newUserBody('x', { firstName: null })],
    ['a scimLink without userName', newUserBody('x', { scimLink: { externalId: 'e' } })],
    [
      'a scimLink with an unknown member',
      newUserBody('x', { scimLink: { userName: 'u', active: true } }),
    ],
    ['an array body', [newUserBody('x')]],
  ];

  for (const [title, body] of contractViolations) {
    it(`answers 400 VALIDATION_FAILED to ${title}`, async () => {
      const answer = await callApi(simulator, 'POST', demoUsersPath, { body });

      expect(answer.status).to.equal(400);
      expect(answer.body.error.code).to.equal('VALIDATION_FAILED');
      expect(answer.body.error.details).to.deep.equal({ in: 'body', schema: 'UserCreate' });
    });
  }

  it('answers 400 VALIDATION_FAILED to malformed JSON', async () => {
    const rawBody = '{"email": "x@example.com",';
    const answer = await callApi(simulator, 'POST', demoUsersPath, { rawBody });

    expect(answer.status).to.equal(400);
    expect(answer.body.error).to.deep.equal({
      code: 'VALIDATION_FAILED',
      message: 'The request body is not valid JSON',
      details: { in: 'body' },
    });
  });

  it('answers 400 VALIDATION_FAILED to a body that is not sent as application/json', async () => {
    const asText = await callApi(simulator, 'POST', demoUsersPath, {
      rawBody: JSON.stringify(newUserBody('x')),
      contentType: 'text/plain',
    });
    const asMergePatch = await callApi(simulator, 'POST', demoUsersPath, {
      body: newUserBody('x'),
      contentType: 'application/merge-patch+json',
    });
    const without = await callApi(simulator, 'POST', demoUsersPath);

    expect([asText.status, asMergePatch.status, without.status]).to.deep.equal([400, 400, 400]);
    expect(without.body.error.code).to.equal('VALIDATION_FAILED');
  });

  it('answers 413 PAYLOAD_TOO_LARGE to a body over 64 KiB', async () => {
    const answer = await callApi(simulator, 'POST', demoUsersPath, {
      body: newUserBody('x', { lastName: 'L'.repeat(70 * 1024) }),
    });

    expect(answer.status).to.equal(413);
    expect(answer.body.error.code).to.equal('PAYLOAD_TOO_LARGE');
    expect(answer.body.error.details).to.deep.equal({ limitBytes: 64 * 1024 });
  });

  it('takes its body limit from the bodyLimitBytes option', async () => {
    const small = await startTestSimulator({ bodyLimitBytes: 100 });
    try {
      const answer = await callApi(small, 'POST', demoUsersPath, {
        body: newUserBody('x', { lastName: 'L'.repeat(100) }),
      });
      expect(answer.status).to.equal(413);
    } finally {
      await small.close();
    }
  });

  it('answers 400 VALIDATION_FAILED to a query parameter, since createUser has none', async () => {
    const answer = await callApi(simulator, 'POST', `${demoUsersPath}?dryRun=true`, {
      body: newUserBody('x'),
    });

    expect(answer.status).to.equal(400);
    expect(answer.body.error.details).to.deep.equal({ in: 'query' });
  });
});

describe('simulator: GET /internal/v1/organizations/{orgId}/users/{userId} (getUser)', () => {
  let simulator: RunningSimulator;

  before(async () => {
    simulator = await startTestSimulator();
  });

  after(() => simulator.close());

  it('answers the seeded user with ETag "1"', async () => {
    const answer = await callApi<UserRecord>(simulator, 'GET', userPath('usr_admin1'));

    expect(answer.status).to.equal(200);
    expect(answer.headers.etag).to.equal('"1"');
    expect(answer.body).to.deep.include({
      id: 'usr_admin1',
      email: 'arlo.admin@example.com',
      phone: '+358 40 1234567',
      language: 'fi-FI',
      role: 'admin',
      version: 1,
    });
  });

  it('answers 404 USER_NOT_FOUND after the user was deleted', async () => {
    const user = await createTestUser(simulator, 'gone');
    await callApi(simulator, 'DELETE', userPath(user.id));

    const answer = await callApi(simulator, 'GET', userPath(user.id));
    expect(answer.status).to.equal(404);
    expect(answer.body.error.code).to.equal('USER_NOT_FOUND');
  });

  it('answers 400 VALIDATION_FAILED to a query parameter', async () => {
    const answer = await callApi(simulator, 'GET', `${userPath('usr_admin1')}?fields=email`);

    expect(answer.status).to.equal(400);
    expect(answer.body.error.code).to.equal('VALIDATION_FAILED');
  });
});
