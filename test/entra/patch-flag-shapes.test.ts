import { expect } from 'chai';

import { coreUserUrn, systamUserUrn, TestGateway } from '../support/test-gateway.js';
import {
  createEntraUser,
  enterpriseUserUrn,
  patchUser,
  readUser,
  storedUser,
  upstreamPatchBodies,
  upstreamWrites,
  usersPath,
  valuesOfType,
  workspacePath,
} from './entra-test-support.js';

// entra-protocol.md sections 5.2 (aadOptscim062020) and 5.3 (other shapes a
// robust parser must accept).
describe('PATCH /Users/{id}: Entra flag-mode and other shapes (entra-protocol.md §5.2, §5.3)', () => {
  let gateway: TestGateway;

  before(async () => {
    gateway = await TestGateway.start();
  });

  after(async () => {
    await gateway.close();
  });

  it('applies one path-less lower-case "replace" keyed by dotted and URN paths: 200', async () => {
    const user = await createEntraUser(gateway);

    await patchUser(gateway, user.id, [
      {
        op: 'replace',
        value: {
          userName: 'quinn.tester@example.com',
          'name.givenName': 'Quinn',
          'name.familyName': 'Tester',
          [workspacePath]: 'REMOTE',
          displayName: 'Q. Tester',
          [`${enterpriseUserUrn}:employeeNumber`]: 'E-7001',
        },
      },
    ]).expect(200);

    const read = await readUser(gateway, user.id);
    expect(read.userName).to.equal('quinn.tester@example.com');
    expect(read.name).to.deep.equal({ givenName: 'Quinn', familyName: 'Tester' });
    expect(read[systamUserUrn]).to.deep.equal({ primaryWorkspace: 'REMOTE' });
    expect(read).not.to.have.property('displayName');
    expect(read).not.to.have.property(enterpriseUserUrn);
    expect(storedUser(gateway, user.id)).to.include({
      firstName: 'Quinn',
      lastName: 'Tester',
      primaryWorkspaceId: 'wsp_remote',
    });
  });

  it('ignores the aadOptscim062020 flag when it reaches the PATCH URL: 200', async () => {
    const user = await createEntraUser(gateway);

    await gateway
      .patch(`/Users/${user.id}?aadOptscim062020`, {
        schemas: ['urn:ietf:params:scim:api:messages:2.0:PatchOp'],
        Operations: [{ op: 'replace', value: { 'name.familyName': 'Flagged' } }],
      })
      .expect(200);

    expect(storedUser(gateway, user.id).lastName).to.equal('Flagged');
  });

  it('disables with a path-less "replace" {"active": false} by deleting the user: 204', async () => {
    const user = await createEntraUser(gateway);

    const response = await patchUser(gateway, user.id, [
      { op: 'replace', value: { active: false } },
    ]);

    expect(response.status).to.be.oneOf([200, 204]);
    expect(upstreamWrites(gateway).map((call) => `${call.method} ${call.path}`)).to.deep.equal([
      `DELETE ${usersPath}/${user.id}`,
    ]);
    await gateway.get(`/Users/${user.id}`).expect(404);
  });

  it('keeps filtered paths as separate ops next to a path-less op: 200', async () => {
    const user = await createEntraUser(gateway);

    await patchUser(gateway, user.id, [
      { op: 'replace', value: { 'name.familyName': 'Lovelace' } },
      { op: 'add', path: 'phoneNumbers[type eq "work"].value', value: '+44 20 7946 0000' },
      { op: 'replace', path: 'emails[type eq "work"].value', value: 'ada.lovelace@example.com' },
    ]).expect(200);

    const read = await readUser(gateway, user.id);
    expect(read.name).to.deep.equal({ givenName: 'Avery', familyName: 'Lovelace' });
    expect(read.phoneNumbers).to.deep.equal([{ value: '+44 20 7946 0000', type: 'work' }]);
    expect(valuesOfType(read, 'emails', 'work')).to.deep.equal(['ada.lovelace@example.com']);
    expect(upstreamPatchBodies(gateway, user.id)).to.have.length(1);
  });

  it('merges a nested extension object in a path-less value: 200', async () => {
    const user = await createEntraUser(gateway);

    await patchUser(gateway, user.id, [
      {
        op: 'replace',
        value: {
          [systamUserUrn]: { primaryWorkspace: 'NYC-01' },
          [enterpriseUserUrn]: { department: 'Finance' },
        },
      },
    ]).expect(200);

    expect((await readUser(gateway, user.id))[systamUserUrn]).to.deep.equal({
      primaryWorkspace: 'NYC-01',
    });
    expect(upstreamPatchBodies(gateway, user.id)).to.deep.equal([
      { primaryWorkspaceId: 'wsp_nyc01' },
    ]);
  });

  it('applies an "emails.value" key to the only email, the work one: 200', async () => {
    const user = await createEntraUser(gateway);

    await patchUser(gateway, user.id, [
      { op: 'replace', value: { 'emails.value': 'dotted.key@example.com' } },
    ]).expect(200);

    const read = await readUser(gateway, user.id);
    expect(read.emails).to.deep.equal([{ value: 'dotted.key@example.com', type: 'work' }]);
  });

  it('resolves fully-qualified core paths (userName, name.familyName): 200', async () => {
    const user = await createEntraUser(gateway);

    await patchUser(gateway, user.id, [
      { op: 'Replace', path: `${coreUserUrn}:userName`, value: 'Fully.Qualified@Example.com' },
      { op: 'Replace', path: `${coreUserUrn}:name.familyName`, value: 'Qualified' },
    ]).expect(200);

    const read = await readUser(gateway, user.id);
    expect(read.userName).to.equal('Fully.Qualified@Example.com');
    expect(read.name).to.deep.equal({ givenName: 'Avery', familyName: 'Qualified' });
  });

  it('reads "Value" and "Type" in any letter case (emails[Type eq "other"].Value): 200', async () => {
    const user = await createEntraUser(gateway);

    await patchUser(gateway, user.id, [
      { op: 'Add', path: 'emails[Type eq "other"].Value', value: 'case@home.example.net' },
    ]).expect(200);

    const read = await readUser(gateway, user.id);
    expect(valuesOfType(read, 'emails', 'other')).to.deep.equal(['case@home.example.net']);
    expect(read.emails).to.have.length(2);
  });

  it('matches the filter value "Work" to the stored "work" entry, adding none: 200', async () => {
    const user = await createEntraUser(gateway);

    await patchUser(gateway, user.id, [
      { op: 'Replace', path: 'emails[type eq "Work"].value', value: 'type.case@example.com' },
    ]).expect(200);

    const read = await readUser(gateway, user.id);
    expect(read.emails).to.deep.equal([{ value: 'type.case@example.com', type: 'work' }]);
  });

  it('ignores "name.Formatted", which Systam does not keep, writing nothing: 200', async () => {
    const user = await createEntraUser(gateway);

    await patchUser(gateway, user.id, [
      { op: 'Replace', path: 'name.Formatted', value: 'Avery Q. Lin' },
    ]).expect(200);

    expect(upstreamWrites(gateway)).to.deep.equal([]);
    expect((await readUser(gateway, user.id)).name).to.deep.equal({
      givenName: 'Avery',
      familyName: 'Lin',
    });
  });

  it('accepts the legacy "URN.attribute" separator on the extension path: 200', async () => {
    const user = await createEntraUser(gateway);

    await patchUser(gateway, user.id, [
      { op: 'Replace', path: `${systamUserUrn}.primaryWorkspace`, value: 'SIN-01' },
    ]).expect(200);

    expect((await readUser(gateway, user.id))[systamUserUrn]).to.deep.equal({
      primaryWorkspace: 'SIN-01',
    });
    expect(storedUser(gateway, user.id).primaryWorkspaceId).to.equal('wsp_sin01');
  });

  it('replaces the whole extension object by its URN path, keeping the rest: 200', async () => {
    const user = await createEntraUser(gateway, { preferredLanguage: 'de-DE' });

    await patchUser(gateway, user.id, [
      { op: 'replace', path: systamUserUrn, value: { primaryWorkspace: 'NYC-01' } },
    ]).expect(200);

    const read = await readUser(gateway, user.id);
    expect(read[systamUserUrn]).to.deep.equal({ primaryWorkspace: 'NYC-01' });
    expect(read.preferredLanguage).to.equal('de-DE');
  });

  it('applies a path-less lower-case "add" with dotted keys: 200', async () => {
    const user = await createEntraUser(gateway);

    await patchUser(gateway, user.id, [
      { op: 'add', value: { preferredLanguage: 'pt-BR', 'name.givenName': 'Avi' } },
    ]).expect(200);

    const read = await readUser(gateway, user.id);
    expect(read.preferredLanguage).to.equal('pt-BR');
    expect(read.name).to.deep.equal({ givenName: 'Avi', familyName: 'Lin' });
  });

  it('removes a filtered element with lower-case "remove" and no value: 200', async () => {
    const user = await createEntraUser(gateway, {
      phoneNumbers: [
        { type: 'work', value: '+1 555 0100' },
        { type: 'other', value: '+1 555 0101' },
      ],
    });

    await patchUser(gateway, user.id, [
      { op: 'remove', path: 'phoneNumbers[type eq "other"]' },
    ]).expect(200);

    const read = await readUser(gateway, user.id);
    expect(read.phoneNumbers).to.deep.equal([{ value: '+1 555 0100', type: 'work' }]);
    expect(storedUser(gateway, user.id).secondaryPhone).to.equal(null);
  });
});
