import { expect } from 'chai';

import { entraUser, TestGateway } from '../support/test-gateway.js';
import {
  createEntraUser,
  expectScimError,
  findNulls,
  nextUserName,
  patchUser,
  readUser,
  storedUser,
  upstreamCalls,
  upstreamPatchBodies,
  upstreamWrites,
  versionOf,
  withoutMeta,
} from './entra-test-support.js';

const searchRequestUrn = 'urn:ietf:params:scim:api:messages:2.0:SearchRequest';

/** The attribute paths the gateway logged as ignored since the last clear. */
function loggedIgnored(gateway: TestGateway): string[] {
  return gateway.log.lines
    .filter((line) => line.level === 'debug' && Array.isArray(line.attributes))
    .flatMap((line) => line.attributes as string[]);
}

/** The dotted paths of every key named primary inside a JSON value. */
function findPrimaryKeys(value: unknown, where = ''): string[] {
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, child]) => {
    const path = where === '' ? key : `${where}.${key}`;
    return [...(key.toLowerCase() === 'primary' ? [path] : []), ...findPrimaryKeys(child, path)];
  });
}

// Systam keeps no primary flag (commit d1fc902): primary is accepted and
// ignored like every attribute Systam does not keep, and never returned.
// The work address stays Systam's primary email whatever a client sends.
describe('primary, which Systam does not keep (accepted, ignored, never returned)', () => {
  let gateway: TestGateway;

  before(async () => {
    gateway = await TestGateway.start();
  });

  beforeEach(() => {
    gateway.simulator.clearRequests();
    gateway.log.clear();
  });

  after(async () => {
    await gateway.close();
  });

  describe('POST /Users', () => {
    it('ignores primary in emails and phones, stores values by type: 201, no primary', async () => {
      const userName = nextUserName();
      const body = entraUser({
        userName,
        emails: [
          { primary: false, type: 'work', value: userName },
          { primary: true, type: 'other', value: 'primary.other@home.example.net' },
        ],
        phoneNumbers: [
          { primary: 'True', type: 'work', value: '+1 555 0170' },
          { primary: 'False', type: 'other', value: '+1 555 0171' },
        ],
      });

      const response = await gateway.post('/Users', body);

      expect(response.status, JSON.stringify(response.body)).to.equal(201);
      expect(response.body.emails).to.deep.equal([
        { value: userName, type: 'work' },
        { value: 'primary.other@home.example.net', type: 'other' },
      ]);
      expect(response.body.phoneNumbers).to.deep.equal([
        { value: '+1 555 0170', type: 'work' },
        { value: '+1 555 0171', type: 'other' },
      ]);
      expect(findPrimaryKeys(response.body)).to.deep.equal([]);
      expect(storedUser(gateway, response.body.id)).to.include({
        email: userName,
        secondaryEmail: 'primary.other@home.example.net',
        phone: '+1 555 0170',
        secondaryPhone: '+1 555 0171',
      });
      const creates = upstreamWrites(gateway).filter((call) => call.method === 'POST');
      expect(creates).to.have.length(1);
      expect(findPrimaryKeys(creates[0]?.body)).to.deep.equal([]);
      expect(loggedIgnored(gateway)).to.include.members(['emails.primary', 'phoneNumbers.primary']);
    });
  });

  describe('PUT /Users/{id}', () => {
    it('ignores primary in a body equal to the stored user: 200, nothing written', async () => {
      const user = await createEntraUser(gateway);
      const { id: _id, meta: _meta, ...body } = user;
      const emails = [{ primary: true, type: 'work', value: user.userName }];

      const response = await gateway.put(`/Users/${user.id}`, { ...body, emails });

      expect(response.status, JSON.stringify(response.body)).to.equal(200);
      expect(upstreamWrites(gateway)).to.deep.equal([]);
      expect(withoutMeta(response.body)).to.deep.equal(withoutMeta(user));
      expect(findPrimaryKeys(response.body)).to.deep.equal([]);
    });
  });

  describe('GET /Users/{id} and GET /Users', () => {
    it('returns {value, type} entries only, never primary: 200', async () => {
      const user = await createEntraUser(gateway, {
        phoneNumbers: [{ primary: true, type: 'work', value: '+1 555 0172' }],
      });

      const read = await readUser(gateway, user.id);
      const listed = await gateway
        .get(`/Users?filter=${encodeURIComponent(`id eq "${user.id}"`)}`)
        .expect(200);

      expect(read.emails).to.deep.equal([{ value: user.userName, type: 'work' }]);
      expect(read.phoneNumbers).to.deep.equal([{ value: '+1 555 0172', type: 'work' }]);
      expect(findPrimaryKeys(read)).to.deep.equal([]);
      expect(listed.body.Resources.map(withoutMeta)).to.deep.equal([withoutMeta(read)]);
    });
  });

  describe('PATCH /Users/{id}', () => {
    const onlyPrimary: Array<[string, Record<string, unknown>]> = [
      ['a filtered path', { op: 'replace', path: 'emails[type eq "work"].primary', value: false }],
      [
        'a legacy "Add" naming the absent other email',
        {
          op: 'Add',
          path: 'emails[type eq "other"].primary',
          value: 'True',
        },
      ],
      ['a path without a filter', { op: 'replace', path: 'phoneNumbers.primary', value: true }],
      ['a remove', { op: 'remove', path: 'emails.primary' }],
      ['a path-less key', { op: 'replace', value: { 'emails[type eq "work"].primary': true } }],
    ];

    for (const [shape, operation] of onlyPrimary) {
      it(`ignores an op on primary as ${shape}: 200, nothing written, no primary`, async () => {
        const user = await createEntraUser(gateway, {
          phoneNumbers: [{ type: 'work', value: '+1 555 0173' }],
        });
        const before = storedUser(gateway, user.id);
        gateway.log.clear();

        const response = await patchUser(gateway, user.id, [operation]);

        expect(response.status, JSON.stringify(response.body)).to.equal(200);
        expect(upstreamWrites(gateway)).to.deep.equal([]);
        expect(storedUser(gateway, user.id)).to.deep.equal(before);
        expect(withoutMeta(response.body)).to.deep.equal(withoutMeta(user));
        expect(versionOf(response.body)).to.equal(versionOf(user));
        expect(findPrimaryKeys(response.body)).to.deep.equal([]);
        expect(loggedIgnored(gateway).some((path) => /primary$/.test(path))).to.equal(true);
      });
    }

    it('applies values sent with primary, dropping only primary: 200, no primary', async () => {
      const user = await createEntraUser(gateway);

      const response = await patchUser(gateway, user.id, [
        {
          op: 'Add',
          path: 'emails',
          value: [{ primary: true, type: 'other', value: 'added.other@home.example.net' }],
        },
        {
          op: 'Add',
          path: 'phoneNumbers',
          value: [{ primary: 'True', type: 'work', value: '+1 555 0174' }],
        },
      ]);

      expect(response.status, JSON.stringify(response.body)).to.equal(200);
      expect(upstreamPatchBodies(gateway, user.id)).to.deep.equal([
        { secondaryEmail: 'added.other@home.example.net', phone: '+1 555 0174' },
      ]);
      expect(storedUser(gateway, user.id).email).to.equal(user.userName);
      expect(response.body.emails).to.deep.equal([
        { value: user.userName, type: 'work' },
        { value: 'added.other@home.example.net', type: 'other' },
      ]);
      expect(response.body.phoneNumbers).to.deep.equal([{ value: '+1 555 0174', type: 'work' }]);
      expect(findNulls(response.body)).to.deep.equal([]);
    });

    it('accepts two values marked primary, as no flag is kept: 200, not 400', async () => {
      const userName = nextUserName();
      const user = await createEntraUser(gateway, { userName });

      await patchUser(gateway, user.id, [
        {
          op: 'replace',
          path: 'emails',
          value: [
            { primary: true, type: 'work', value: userName },
            { primary: true, type: 'other', value: 'two.primaries@home.example.net' },
          ],
        },
      ]).expect(200);

      expect(storedUser(gateway, user.id)).to.include({
        email: userName,
        secondaryEmail: 'two.primaries@home.example.net',
      });
    });
  });

  describe('filters on primary (400 invalidFilter, like any attribute not kept)', () => {
    for (const filter of [
      'emails.primary eq true',
      'phoneNumbers.primary pr',
      'emails[type eq "work" and primary eq true]',
      'emails[type eq "work"].primary eq true',
    ]) {
      it(`answers GET /Users?filter=${filter} with 400 invalidFilter naming primary`, async () => {
        const response = await gateway.get(`/Users?filter=${encodeURIComponent(filter)}`);

        expectScimError(response, 400, 'invalidFilter', ['primary']);
        expect(upstreamCalls(gateway)).to.deep.equal([]);
      });
    }

    it('names emails.primary and the attributes to use instead', async () => {
      const filter = encodeURIComponent('emails.primary eq true');

      const response = await gateway.get(`/Users?filter=${filter}`);

      expectScimError(response, 400, 'invalidFilter', [
        '"emails.primary"',
        'emails.value or emails.type',
      ]);
    });

    for (const path of ['/Users/.search', '/.search']) {
      it(`answers POST ${path} filtering on emails.primary with 400 invalidFilter`, async () => {
        const response = await gateway.post(path, {
          schemas: [searchRequestUrn],
          filter: 'emails.primary eq true',
        });

        expectScimError(response, 400, 'invalidFilter', ['"emails.primary"']);
        expect(upstreamCalls(gateway)).to.deep.equal([]);
      });
    }
  });
});
