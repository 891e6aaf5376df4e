import { expect } from 'chai';

import {
  coreUserUrn,
  demoOrgId,
  entraUser,
  systamUserUrn,
  TestGateway,
} from '../support/test-gateway.js';
import {
  createEntraUser,
  enterpriseUserUrn,
  expectScimError,
  listResponseUrn,
  nextUserName,
  patchUser,
  readUser,
  upstreamCalls,
  upstreamWrites,
  versionOf,
  withoutMeta,
  type ScimUser,
} from './entra-test-support.js';

const groupUrn = 'urn:ietf:params:scim:schemas:core:2.0:Group';
const searchRequestUrn = 'urn:ietf:params:scim:api:messages:2.0:SearchRequest';

/** Asserts that a user reads back as it was (meta.location aside: it names the port). */
async function expectUnchanged(gateway: TestGateway, user: ScimUser): Promise<void> {
  const read = await readUser(gateway, user.id);
  expect(withoutMeta(read)).to.deep.equal(withoutMeta(user));
  expect(versionOf(read)).to.equal(versionOf(user));
}

/** A POST body for a fresh user with a unique userName and a typed work email. */
function freshUser(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const userName = nextUserName();
  return entraUser({ userName, emails: [{ type: 'work', value: userName }], ...overrides });
}

/** A ListResponse without each resource's meta, whose location names the request's port. */
function listWithoutMeta(body: Record<string, unknown>): Record<string, unknown> {
  const resources = (body.Resources ?? []) as ScimUser[];
  return { ...body, Resources: resources.map(withoutMeta) };
}

// Commit d1fc902: emails[].type and phoneNumbers[].type are required,
// POST and PUT bodies must list the core User URN in schemas (RFC 7643
// section 3), and POST /.search at the service root searches Users.
describe('POST and PUT /Users: required schemas and types; POST /.search at the root', () => {
  let gateway: TestGateway;

  before(async () => {
    gateway = await TestGateway.start();
  });

  beforeEach(() => {
    gateway.simulator.clearRequests();
  });

  after(async () => {
    await gateway.close();
  });

  describe('every emails and phoneNumbers entry needs a type (400 invalidValue)', () => {
    const untyped: Array<[string, (userName: string) => Record<string, unknown>]> = [
      ['emails[0].type', (userName) => ({ emails: [{ value: userName }] })],
      [
        'emails[1].type',
        (userName) => ({
          emails: [{ type: 'work', value: userName }, { value: 'untyped@home.example.net' }],
        }),
      ],
      ['phoneNumbers[0].type', () => ({ phoneNumbers: [{ value: '+1 555 0180' }] })],
    ];

    for (const [name, entries] of untyped) {
      it(`answers a POST without ${name} with 400 invalidValue naming it, no user`, async () => {
        const userName = nextUserName();
        const body = freshUser({ userName, ...entries(userName) });
        const before = gateway.simulator.users(demoOrgId).length;

        const response = await gateway.post('/Users', body);

        expectScimError(response, 400, 'invalidValue', [name, 'required']);
        expect(upstreamWrites(gateway)).to.deep.equal([]);
        expect(gateway.simulator.users(demoOrgId)).to.have.length(before);
      });
    }

    it('answers a PUT without emails[0].type with 400 invalidValue, the user unchanged', async () => {
      const user = await createEntraUser(gateway);
      const { id: _id, meta: _meta, ...body } = user;

      const response = await gateway.put(`/Users/${user.id}`, {
        ...body,
        emails: [{ value: user.userName }],
      });

      expectScimError(response, 400, 'invalidValue', ['emails[0].type', 'required']);
      expect(upstreamWrites(gateway)).to.deep.equal([]);
      await expectUnchanged(gateway, user);
    });

    it('answers a PATCH adding an untyped email with 400 invalidValue: nothing written', async () => {
      const user = await createEntraUser(gateway);

      const response = await patchUser(gateway, user.id, [
        { op: 'Add', path: 'emails', value: [{ value: 'untyped@home.example.net' }] },
      ]);

      expectScimError(response, 400, 'invalidValue', ['emails[1].type', 'required']);
      expect(upstreamWrites(gateway)).to.deep.equal([]);
    });
  });

  describe('schemas must list the core User URN (400 invalidSyntax)', () => {
    const bodies: Array<[string, unknown]> = [
      ['no schemas', undefined],
      ['only the Group URN', [groupUrn]],
      ['an empty list', []],
      ['only the extension URNs', [systamUserUrn, enterpriseUserUrn]],
      ['the core URN as a bare string', coreUserUrn],
    ];

    for (const [what, schemas] of bodies) {
      it(`answers a POST with ${what} with 400 invalidSyntax, calling nothing upstream`, async () => {
        const body = freshUser();
        if (schemas === undefined) delete body.schemas;
        else body.schemas = schemas;

        const response = await gateway.post('/Users', body);

        expectScimError(response, 400, 'invalidSyntax', [coreUserUrn, 'schemas']);
        expect(upstreamCalls(gateway)).to.deep.equal([]);
      });
    }

    it('answers a PUT without schemas with 400 invalidSyntax, the user unchanged', async () => {
      const user = await createEntraUser(gateway);
      const { id: _id, meta: _meta, schemas: _schemas, ...body } = user;

      const renamed = { ...body, name: { givenName: 'Renamed', familyName: 'User' } };

      const response = await gateway.put(`/Users/${user.id}`, renamed);

      expectScimError(response, 400, 'invalidSyntax', [coreUserUrn]);
      expect(upstreamWrites(gateway)).to.deep.equal([]);
      await expectUnchanged(gateway, user);
    });

    it('accepts the core URN in another letter case, without the extension URN: 201', async () => {
      const body = freshUser({ schemas: [coreUserUrn.toUpperCase()] });

      const response = await gateway.post('/Users', body);

      expect(response.status, JSON.stringify(response.body)).to.equal(201);
      expect(response.body.schemas).to.deep.equal([coreUserUrn, systamUserUrn]);
    });
  });

  describe('POST /.search at the service root (RFC 7644 section 3.4.3)', () => {
    let users: ScimUser[];

    before(async () => {
      users = [];
      for (const handle of ['root.search.a', 'root.search.b', 'root.search.c']) {
        users.push(
          await createEntraUser(gateway, {
            userName: `${handle}@example.com`,
            externalId: handle,
            emails: [{ type: 'work', value: `${handle}@example.com` }],
          }),
        );
      }
    });

    const twoOfThree = 'userName sw "root.search." and not (externalId eq "root.search.b")';
    const searches: Array<[string, Record<string, unknown>]> = [
      ['a filter', { filter: twoOfThree }],
      ['startIndex and count', { filter: 'userName sw "root.search."', startIndex: 2, count: 1 }],
      ['attributes', { filter: 'externalId eq "root.search.c"', attributes: ['userName'] }],
      [
        'excludedAttributes',
        { filter: 'externalId eq root.search.a', excludedAttributes: ['name'] },
      ],
    ];

    for (const [what, search] of searches) {
      it(`answers a SearchRequest with ${what} as POST /Users/.search does: 200`, async () => {
        const body = { schemas: [searchRequestUrn], ...search };

        const atRoot = await gateway.post('/.search', body);
        const onUsers = await gateway.post('/Users/.search', body);

        expect(atRoot.status, JSON.stringify(atRoot.body)).to.equal(200);
        expect(atRoot.headers['content-type']).to.match(/^application\/scim\+json/);
        expect(atRoot.body.schemas).to.deep.equal([listResponseUrn]);
        expect(atRoot.body.Resources).to.have.length.above(0);
        expect(listWithoutMeta(atRoot.body)).to.deep.equal(listWithoutMeta(onUsers.body));
      });
    }

    it('finds the users a filter names, and only them', async () => {
      const response = await gateway.post('/.search', {
        schemas: [searchRequestUrn],
        filter: twoOfThree,
      });

      expect(response.body.Resources.map((resource: ScimUser) => resource.id)).to.deep.equal([
        users[0]?.id,
        users[2]?.id,
      ]);
      expect(response.body.totalResults).to.equal(2);
    });

    it('answers a body that is no SearchRequest with 400 invalidSyntax as /Users/.search', async () => {
      const atRoot = await gateway.post('/.search', { filter: 'userName sw "root"' });
      const onUsers = await gateway.post('/Users/.search', { filter: 'userName sw "root"' });

      expectScimError(atRoot, 400, 'invalidSyntax', [searchRequestUrn]);
      expect(atRoot.body).to.deep.equal(onUsers.body);
    });

    it('answers GET /.search with 405 and Allow: POST', async () => {
      const response = await gateway.get('/.search');

      expectScimError(response, 405, undefined, ['POST']);
      expect(response.headers.allow).to.equal('POST');
    });
  });
});
