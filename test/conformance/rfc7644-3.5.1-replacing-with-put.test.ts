import { expect } from 'chai';

import type { TestGateway } from '../support/test-gateway.js';
import {
  coreUserUrn,
  createUser,
  expectError,
  linkDemoOwner,
  rfcUser,
  scimMediaType,
  startGateway,
  systamUserUrn,
  systamVersionOf,
  upstreamWrites,
} from './conformance-support.js';

const ownerBody = (overrides: Record<string, unknown> = {}) => ({
  schemas: [coreUserUrn, systamUserUrn],
  userName: 'olivia.owner@example.com',
  name: { givenName: 'Olivia', familyName: 'Owner' },
  emails: [{ value: 'olivia.owner@example.com', type: 'work' }],
  preferredLanguage: 'en-US',
  [systamUserUrn]: { primaryWorkspace: 'HEL-01' },
  ...overrides,
});

// RFC 7644 section 3.5.1: PUT replaces the resource with the body.
// Read-only attributes in it are ignored; readWrite attributes it leaves
// out are cleared; the answer is 200 with the resource. Systam adds: active
// false deletes the user, Organization Owners are protected (403).
describe('RFC 7644 §3.5.1 Replacing with PUT', () => {
  let gateway: TestGateway;

  before(async () => {
    gateway = await startGateway();
  });

  after(async () => {
    await gateway.close();
  });

  const fullUser = (handle: string) =>
    createUser(gateway, handle, {
      externalId: `ext-${handle}`,
      preferredLanguage: 'sv-SE',
      emails: [
        { value: `${handle}@example.com`, type: 'work' },
        { value: `${handle}@home.example`, type: 'other' },
      ],
      phoneNumbers: [{ value: '+46 8 000 0000', type: 'work' }],
    });

  it('answers 200 with the replaced resource, as GET then answers it', async () => {
    const user = await fullUser('put.replace');
    const replacement = rfcUser('put.replace', {
      userName: 'Put.Replaced@example.com',
      externalId: 'ext-new',
      name: { givenName: 'Replaced', familyName: 'Person' },
      preferredLanguage: 'de-DE',
      [systamUserUrn]: { primaryWorkspace: 'REMOTE' },
    });

    const response = await gateway.put(`/Users/${user.id}`, replacement);
    const read = await gateway.get(`/Users/${user.id}`);

    expect(response.status).to.equal(200);
    expect(response.headers['content-type']).to.match(scimMediaType);
    const { meta, ...rest } = response.body;
    expect(rest).to.deep.equal({
      schemas: [coreUserUrn, systamUserUrn],
      id: user.id,
      externalId: 'ext-new',
      userName: 'Put.Replaced@example.com',
      name: { givenName: 'Replaced', familyName: 'Person' },
      active: true,
      emails: [{ value: 'put.replace@example.com', type: 'work' }],
      preferredLanguage: 'de-DE',
      [systamUserUrn]: { primaryWorkspace: 'REMOTE' },
    });
    expect(meta.created).to.equal((user.meta as { created: string }).created);
    expect(response.headers.etag).to.equal(meta.version);
    expect(read.body).to.deep.equal(response.body);
  });

  it('clears the readWrite attributes the body leaves out', async () => {
    const user = await fullUser('put.clear');

    const response = await gateway.put(`/Users/${user.id}`, rfcUser('put.clear'));

    expect(response.status).to.equal(200);
    expect(response.body).to.not.have.any.keys('externalId', 'preferredLanguage', 'phoneNumbers');
    expect(response.body.emails).to.deep.equal([{ value: 'put.clear@example.com', type: 'work' }]);
  });

  it('ignores read-only attributes in the body: id and meta', async () => {
    const user = await createUser(gateway, 'put.readonly');

    const response = await gateway.put(
      `/Users/${user.id}`,
      rfcUser('put.readonly', {
        id: 'usr_someoneElse',
        meta: {
          created: '2001-01-01T00:00:00Z',
          version: '"999"',
          location: 'https://evil.example/x',
        },
        externalId: 'after-put',
      }),
    );

    expect(response.status).to.equal(200);
    expect(response.body.id).to.equal(user.id);
    expect(response.body.externalId).to.equal('after-put');
    expect(response.body.meta.created).to.equal((user.meta as { created: string }).created);
    expect(response.body.meta.location).to.equal((user.meta as { location: string }).location);
  });

  it('answers 204 for active false and deletes the user (policy: no inactive users)', async () => {
    const user = await createUser(gateway, 'put.inactive');

    const response = await gateway.put(
      `/Users/${user.id}`,
      rfcUser('put.inactive', { active: false }),
    );

    expect(response.status).to.equal(204);
    expect(response.text).to.equal('');
    expectError(await gateway.get(`/Users/${user.id}`), { status: 404 });
    expect(systamVersionOf(gateway, user.id)).to.equal(undefined);
  });

  it('answers 404 for an id that does not exist', async () => {
    const response = await gateway.put('/Users/usr_doesNotExist0', rfcUser('put.ghost'));

    expectError(response, { status: 404 });
  });

  it("answers 409 uniqueness when the new userName is another user's, and changes nothing", async () => {
    await createUser(gateway, 'put.holder');
    const user = await createUser(gateway, 'put.taker');
    const version = systamVersionOf(gateway, user.id);

    const response = await gateway.put(
      `/Users/${user.id}`,
      rfcUser('put.taker', { userName: 'PUT.HOLDER@example.com' }),
    );

    expectError(response, { status: 409, scimType: 'uniqueness' });
    expect(systamVersionOf(gateway, user.id)).to.equal(version);
  });

  it('answers 400 invalidValue when a required attribute is missing, and writes nothing', async () => {
    const user = await createUser(gateway, 'put.invalid');
    gateway.simulator.clearRequests();

    const response = await gateway.put(
      `/Users/${user.id}`,
      rfcUser('put.invalid', { userName: undefined }),
    );

    expectError(response, { status: 400, scimType: 'invalidValue', detail: /userName/ });
    expect(upstreamWrites(gateway)).to.deep.equal([]);
  });

  it('answers 400 invalidSyntax for a body without schemas, and writes nothing', async () => {
    const user = await createUser(gateway, 'put.noschemas');
    gateway.simulator.clearRequests();

    const response = await gateway.put(
      `/Users/${user.id}`,
      rfcUser('put.noschemas', { schemas: undefined }),
    );

    expectError(response, { status: 400, scimType: 'invalidSyntax', detail: /schemas/ });
    expect(upstreamWrites(gateway)).to.deep.equal([]);
  });

  describe('Organization Owners (policy)', () => {
    before(async () => {
      await linkDemoOwner(gateway);
    });

    it("answers 403 when the PUT would change the owner's profile, and changes nothing", async () => {
      const version = systamVersionOf(gateway, 'usr_owner1');

      const response = await gateway.put(
        '/Users/usr_owner1',
        ownerBody({ name: { givenName: 'Liv', familyName: 'Owner' } }),
      );

      expectError(response, { status: 403, detail: /Owner/ });
      expect(systamVersionOf(gateway, 'usr_owner1')).to.equal(version);
    });

    it('answers 403 for active false, and keeps the owner', async () => {
      const response = await gateway.put('/Users/usr_owner1', ownerBody({ active: false }));

      expectError(response, { status: 403, detail: /Owner/ });
      expect((await gateway.get('/Users/usr_owner1')).status).to.equal(200);
    });

    it('answers 200 when only the link changes (userName and externalId)', async () => {
      const response = await gateway.put(
        '/Users/usr_owner1',
        ownerBody({ externalId: 'owner-ext' }),
      );

      expect(response.status).to.equal(200);
      expect(response.body.externalId).to.equal('owner-ext');
      expect(response.body.name).to.deep.equal({ givenName: 'Olivia', familyName: 'Owner' });
    });
  });
});
