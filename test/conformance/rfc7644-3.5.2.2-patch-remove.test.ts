import { expect } from 'chai';

import type { TestGateway } from '../support/test-gateway.js';
import {
  createUser,
  expectError,
  patchOp,
  startGateway,
  systamUserUrn,
  systamVersionOf,
} from './conformance-support.js';

// RFC 7644 section 3.5.2.2: remove takes a path (none is 400 noTarget),
// unassigns a single-valued attribute, drops a whole multi-valued attribute
// or, with a filter, only the values that match it.
describe('RFC 7644 §3.5.2.2 Remove Operation', () => {
  let gateway: TestGateway;

  before(async () => {
    gateway = await startGateway();
  });

  after(async () => {
    await gateway.close();
  });

  const richUser = (handle: string) =>
    createUser(gateway, handle, {
      externalId: `ext-${handle}`,
      preferredLanguage: 'it-IT',
      emails: [
        { value: `${handle}@example.com`, type: 'work' },
        { value: `${handle}@home.example`, type: 'other' },
      ],
      phoneNumbers: [
        { value: '+39 06 000 0001', type: 'work' },
        { value: '+39 06 000 0002', type: 'other' },
      ],
    });

  const remove = async (handle: string, path: string) => {
    const user = await richUser(handle);
    const response = await gateway.patch(`/Users/${user.id}`, patchOp({ op: 'remove', path }));
    return { user, response };
  };

  it('unassigns a single-valued attribute', async () => {
    const { response } = await remove('remove.single', 'preferredLanguage');

    expect(response.status).to.equal(200);
    expect(response.body).to.not.have.property('preferredLanguage');
  });

  it('unassigns externalId', async () => {
    const { user, response } = await remove('remove.external', 'externalId');

    expect(response.status).to.equal(200);
    expect(response.body).to.not.have.property('externalId');
    expect((await gateway.get(`/Users/${user.id}`)).body).to.not.have.property('externalId');
  });

  it('removes every value of a multi-valued attribute', async () => {
    const { response } = await remove('remove.all', 'phoneNumbers');

    expect(response.status).to.equal(200);
    expect(response.body).to.not.have.property('phoneNumbers');
  });

  it('removes only the values a filter matches', async () => {
    const { response } = await remove('remove.filtered', 'phoneNumbers[type eq "other"]');

    expect(response.status).to.equal(200);
    expect(response.body.phoneNumbers).to.deep.equal([{ value: '+39 06 000 0001', type: 'work' }]);
    expect(response.body.emails).to.have.lengthOf(2);
  });

  it('removes the values matched by a filter on their value, in any letter case (caseExact false)', async () => {
    const { response } = await remove(
      'remove.byvalue',
      'emails[value eq "REMOVE.BYVALUE@HOME.EXAMPLE"]',
    );

    expect(response.status).to.equal(200);
    expect(response.body.emails).to.deep.equal([
      { value: 'remove.byvalue@example.com', type: 'work' },
    ]);
  });

  it('makes a multi-valued attribute unassigned when a filter removes its last value', async () => {
    const user = await createUser(gateway, 'remove.last', {
      phoneNumbers: [{ value: '+39 06 000 0003', type: 'work' }],
    });

    const response = await gateway.patch(
      `/Users/${user.id}`,
      patchOp({ op: 'remove', path: 'phoneNumbers[type eq "work"]' }),
    );

    expect(response.status).to.equal(200);
    expect(response.body).to.not.have.property('phoneNumbers');
  });

  it('answers 400 noTarget for a remove without a path, and writes nothing', async () => {
    const user = await richUser('remove.nopath');
    const version = systamVersionOf(gateway, user.id);

    const response = await gateway.patch(`/Users/${user.id}`, patchOp({ op: 'remove' }));

    expectError(response, { status: 400, scimType: 'noTarget' });
    expect(systamVersionOf(gateway, user.id)).to.equal(version);
  });

  // The RFC does not name a scimType for removing a required attribute; the
  // gateway validates the result as it validates a POST body.
  for (const path of [
    'userName',
    'name.givenName',
    'emails',
    'emails[type eq "work"]',
    `${systamUserUrn}:primaryWorkspace`,
    systamUserUrn,
  ]) {
    it(`answers 400 invalidValue for removing the required ${path}, and writes nothing`, async () => {
      const user = await richUser(`remove.req.${path.replace(/\W/g, '').slice(-12)}`);
      const version = systamVersionOf(gateway, user.id);

      const response = await gateway.patch(`/Users/${user.id}`, patchOp({ op: 'remove', path }));

      expectError(response, { status: 400, scimType: 'invalidValue' });
      expect(systamVersionOf(gateway, user.id)).to.equal(version);
    });
  }
});
