import { expect } from 'chai';

import { TestGateway } from '../support/test-gateway.js';
import {
  createEntraUser,
  expectScimError,
  patchUser,
  readUser,
  storedUser,
  upstreamCalls,
  upstreamPatchBodies,
  upstreamWrites,
  usersPath,
  valuesOfType,
  workspacePath,
  workspacesPath,
} from './entra-test-support.js';

// entra-protocol.md section 5.1: what Entra sends without the aadOptscim062020 flag.
describe('PATCH /Users/{id}: Entra legacy shapes (entra-protocol.md §5.1)', () => {
  let gateway: TestGateway;

  before(async () => {
    gateway = await TestGateway.start();
  });

  after(async () => {
    await gateway.close();
  });

  it('applies capitalised "Replace", "Add" and "Remove", one op per attribute: 200', async () => {
    const user = await createEntraUser(gateway, { preferredLanguage: 'fi-FI' });

    const response = await patchUser(gateway, user.id, [
      { op: 'Replace', path: 'userName', value: 'ada@example.com' },
      { op: 'Add', path: 'externalId', value: 'ada-ext' },
      { op: 'Remove', path: 'preferredLanguage' },
    ]);

    expect(response.status, JSON.stringify(response.body)).to.equal(200);
    const read = await readUser(gateway, user.id);
    expect(read.userName).to.equal('ada@example.com');
    expect(read.externalId).to.equal('ada-ext');
    expect(read).not.to.have.property('preferredLanguage');
    expect(upstreamPatchBodies(gateway, user.id)).to.deep.equal([
      { language: null, scimLink: { userName: 'ada@example.com', externalId: 'ada-ext' } },
    ]);
  });

  it('replaces name.familyName only, keeping givenName: 200', async () => {
    const user = await createEntraUser(gateway);

    await patchUser(gateway, user.id, [
      { op: 'Replace', path: 'name.familyName', value: 'Byron' },
    ]).expect(200);

    const read = await readUser(gateway, user.id);
    expect(read.name).to.deep.equal({ givenName: 'Avery', familyName: 'Byron' });
    expect(storedUser(gateway, user.id)).to.include({ firstName: 'Avery', lastName: 'Byron' });
    expect(upstreamPatchBodies(gateway, user.id)).to.deep.equal([{ lastName: 'Byron' }]);
  });

  it('replaces the existing emails[type eq "work"].value in place: 200', async () => {
    const user = await createEntraUser(gateway);

    await patchUser(gateway, user.id, [
      { op: 'Replace', path: 'emails[type eq "work"].value', value: 'ada.l@example.com' },
    ]).expect(200);

    const read = await readUser(gateway, user.id);
    expect(read.emails).to.deep.equal([{ value: 'ada.l@example.com', type: 'work' }]);
    expect(storedUser(gateway, user.id).email).to.equal('ada.l@example.com');
  });

  for (const op of ['Replace', 'Add']) {
    it(`creates exactly one work phone for "${op}" phoneNumbers[type eq "work"].value when none exists: 200`, async () => {
      const user = await createEntraUser(gateway);

      await patchUser(gateway, user.id, [
        { op, path: 'phoneNumbers[type eq "work"].value', value: '+1 555 0100' },
      ]).expect(200);

      const read = await readUser(gateway, user.id);
      expect(read.phoneNumbers).to.deep.equal([{ value: '+1 555 0100', type: 'work' }]);
      expect(storedUser(gateway, user.id).phone).to.equal('+1 555 0100');
    });
  }

  it('replaces the existing work phone instead of adding a second one: 200', async () => {
    const user = await createEntraUser(gateway, {
      phoneNumbers: [{ type: 'work', value: '+1 555 0100', primary: true }],
    });

    await patchUser(gateway, user.id, [
      { op: 'Add', path: 'phoneNumbers[type eq "work"].value', value: '+1 555 0199' },
    ]).expect(200);

    const read = await readUser(gateway, user.id);
    expect(valuesOfType(read, 'phoneNumbers', 'work')).to.deep.equal(['+1 555 0199']);
    expect(read.phoneNumbers).to.have.length(1);
  });

  it('creates exactly one emails[type eq "other"] entry when none exists: 200', async () => {
    const user = await createEntraUser(gateway);

    await patchUser(gateway, user.id, [
      { op: 'Add', path: 'emails[type eq "other"].value', value: 'ada@home.example.net' },
    ]).expect(200);

    const read = await readUser(gateway, user.id);
    expect(valuesOfType(read, 'emails', 'other')).to.deep.equal(['ada@home.example.net']);
    expect(valuesOfType(read, 'emails', 'work')).to.deep.equal([user.userName]);
    expect(storedUser(gateway, user.id).secondaryEmail).to.equal('ada@home.example.net');
  });

  it('"Add" on the extension path primaryWorkspace sets it: 200, one workspace look-up', async () => {
    const user = await createEntraUser(gateway);

    await patchUser(gateway, user.id, [{ op: 'Add', path: workspacePath, value: 'NYC-01' }]).expect(
      200,
    );

    const lookups = upstreamCalls(gateway).filter((call) => call.path === workspacesPath);
    expect(lookups.map((call) => call.query)).to.deep.equal([{ identifier: 'NYC-01', limit: '1' }]);
    const read = await readUser(gateway, user.id);
    expect(read['urn:ietf:params:scim:schemas:extension:systam:2.0:User']).to.deep.equal({
      primaryWorkspace: 'NYC-01',
    });
    expect(storedUser(gateway, user.id).primaryWorkspaceId).to.equal('wsp_nyc01');
  });

  it('"Replace" on the extension path primaryWorkspace changes it: 200', async () => {
    const user = await createEntraUser(gateway);

    await patchUser(gateway, user.id, [
      { op: 'Replace', path: workspacePath, value: 'SIN-01' },
    ]).expect(200);

    expect(storedUser(gateway, user.id).primaryWorkspaceId).to.equal('wsp_sin01');
    expect(upstreamPatchBodies(gateway, user.id)).to.deep.equal([
      { primaryWorkspaceId: 'wsp_sin01' },
    ]);
  });

  it('"Add" on a single-valued attribute that has a value replaces it: 200', async () => {
    const user = await createEntraUser(gateway, { preferredLanguage: 'en-US' });

    await patchUser(gateway, user.id, [
      { op: 'Add', path: 'preferredLanguage', value: 'es-ES' },
    ]).expect(200);

    expect((await readUser(gateway, user.id)).preferredLanguage).to.equal('es-ES');
    expect(storedUser(gateway, user.id).language).to.equal('es-ES');
  });

  it('"Add" on a single-valued attribute with no value yet sets it: 200', async () => {
    const user = await createEntraUser(gateway);

    await patchUser(gateway, user.id, [
      { op: 'Add', path: 'preferredLanguage', value: 'sv-SE' },
    ]).expect(200);

    expect((await readUser(gateway, user.id)).preferredLanguage).to.equal('sv-SE');
  });

  for (const value of ['False', 'false', false, 'FALSE']) {
    it(`"Replace" active ${JSON.stringify(value)} deletes the Systam user: 204, then 404`, async () => {
      const user = await createEntraUser(gateway);

      const response = await patchUser(gateway, user.id, [
        { op: 'Replace', path: 'active', value },
      ]);

      expect(response.status).to.be.oneOf([200, 204]);
      expect(gateway.simulator.user('org_demo', user.id)).to.equal(undefined);
      expect(upstreamWrites(gateway).map((call) => `${call.method} ${call.path}`)).to.deep.equal([
        `DELETE ${usersPath}/${user.id}`,
      ]);
      expectScimError(await gateway.get(`/Users/${user.id}`), 404, undefined, [user.id]);
    });
  }

  for (const value of ['True', 'true', true]) {
    it(`"Add"/"Replace" active ${JSON.stringify(value)} on an active user changes nothing: 200`, async () => {
      const user = await createEntraUser(gateway);

      await patchUser(gateway, user.id, [
        { op: 'Add', path: 'active', value },
        { op: 'Replace', path: 'active', value },
      ]).expect(200);

      expect(upstreamWrites(gateway)).to.deep.equal([]);
      expect((await readUser(gateway, user.id)).active).to.equal(true);
    });
  }

  it('rejects active "yes" with 400 invalidValue naming active, writing nothing', async () => {
    const user = await createEntraUser(gateway);

    const response = await patchUser(gateway, user.id, [
      { op: 'Replace', path: 'active', value: 'yes' },
    ]);

    expectScimError(response, 400, 'invalidValue', ['active', '"yes"']);
    expect(upstreamWrites(gateway)).to.deep.equal([]);
  });

  it('"Remove" with a value equal to the current one (any case) clears it: 200', async () => {
    const user = await createEntraUser(gateway, {
      emails: [
        { type: 'work', value: 'w.remove@example.com', primary: true },
        { type: 'other', value: 'Ada@Home.example.net' },
      ],
      userName: 'w.remove@example.com',
    });

    await patchUser(gateway, user.id, [
      { op: 'Remove', path: 'emails[type eq "other"].value', value: 'ada@home.EXAMPLE.net' },
    ]).expect(200);

    const read = await readUser(gateway, user.id);
    expect(read.emails).to.deep.equal([{ value: 'w.remove@example.com', type: 'work' }]);
    expect(storedUser(gateway, user.id).secondaryEmail).to.equal(null);
  });

  it('"Remove" with a value different from the current one keeps it and writes nothing: 200', async () => {
    const user = await createEntraUser(gateway, {
      phoneNumbers: [
        { type: 'work', value: '+1 555 0100' },
        { type: 'other', value: '+1 555 0101' },
      ],
    });

    await patchUser(gateway, user.id, [
      { op: 'Remove', path: 'phoneNumbers[type eq "other"].value', value: '+1 555 9999' },
    ]).expect(200);

    expect(upstreamWrites(gateway)).to.deep.equal([]);
    expect(valuesOfType(await readUser(gateway, user.id), 'phoneNumbers', 'other')).to.deep.equal([
      '+1 555 0101',
    ]);
  });

  it('"Remove" on emails with a value list removes only the listed value: 200', async () => {
    const user = await createEntraUser(gateway, {
      userName: 'list.remove@example.com',
      emails: [
        { type: 'work', value: 'list.remove@example.com', primary: true },
        { type: 'other', value: 'list.remove@home.example.net' },
      ],
    });

    await patchUser(gateway, user.id, [
      { op: 'Remove', path: 'emails', value: [{ value: 'list.remove@home.example.net' }] },
    ]).expect(200);

    expect((await readUser(gateway, user.id)).emails).to.deep.equal([
      { value: 'list.remove@example.com', type: 'work' },
    ]);
  });

  it("reads the tutorial's Disable body with Operations before schemas: 204, deleted", async () => {
    const user = await createEntraUser(gateway);
    const body =
      '{"Operations":[{"op":"Replace","path":"active","value":false}],' +
      '"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"]}';

    const response = await gateway.patch(`/Users/${user.id}`).send(body);

    expect(response.status).to.be.oneOf([200, 204]);
    expect(gateway.simulator.user('org_demo', user.id)).to.equal(undefined);
  });

  it('"Remove" with a value compares a caseExact attribute (externalId) exactly: 200, kept', async () => {
    const user = await createEntraUser(gateway, { externalId: 'AdaL' });

    await patchUser(gateway, user.id, [{ op: 'Remove', path: 'externalId', value: 'adal' }]).expect(
      200,
    );

    expect((await readUser(gateway, user.id)).externalId).to.equal('AdaL');
    expect(upstreamWrites(gateway)).to.deep.equal([]);
  });
});
