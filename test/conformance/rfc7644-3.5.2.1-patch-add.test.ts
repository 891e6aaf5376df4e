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

// RFC 7644 section 3.5.2.1: add sets an absent attribute, replaces a
// single-valued one, merges the sub-attributes of a complex one, appends to
// a multi-valued one, and without a path adds each attribute of its value.
// A value already there changes nothing.
describe('RFC 7644 §3.5.2.1 Add Operation', () => {
  let gateway: TestGateway;

  before(async () => {
    gateway = await startGateway();
  });

  after(async () => {
    await gateway.close();
  });

  const patched = async (handle: string, ...operations: Record<string, unknown>[]) => {
    const user = await createUser(gateway, handle, { externalId: `ext-${handle}` });
    const response = await gateway.patch(`/Users/${user.id}`, patchOp(...operations));
    expect(response.status, response.text).to.equal(200);
    return { user, body: response.body as Record<string, unknown> };
  };

  it('sets a single-valued attribute that was unassigned', async () => {
    const { body } = await patched('add.absent', {
      op: 'add',
      path: 'preferredLanguage',
      value: 'et-EE',
    });

    expect(body.preferredLanguage).to.equal('et-EE');
  });

  it('replaces the value of a single-valued attribute that was assigned', async () => {
    const { body } = await patched('add.present', {
      op: 'add',
      path: 'externalId',
      value: 'Replaced-By-Add',
    });

    expect(body.externalId).to.equal('Replaced-By-Add');
  });

  it('merges the given sub-attributes into a complex attribute, keeping the others', async () => {
    const { body } = await patched('add.complex', {
      op: 'add',
      path: 'name',
      value: { givenName: 'Merged' },
    });

    expect(body.name).to.deep.equal({ givenName: 'Merged', familyName: 'Conformance' });
  });

  it('sets one sub-attribute named by an attribute path', async () => {
    const { body } = await patched('add.sub', {
      op: 'add',
      path: 'name.familyName',
      value: 'Subpath',
    });

    expect(body.name).to.deep.equal({ givenName: 'Add.sub', familyName: 'Subpath' });
  });

  it('appends to a multi-valued attribute, keeping the existing values', async () => {
    const { body } = await patched('add.multi', {
      op: 'add',
      path: 'emails',
      value: [{ value: 'add.multi@home.example', type: 'other' }],
    });

    expect(body.emails).to.deep.equal([
      { value: 'add.multi@example.com', type: 'work' },
      { value: 'add.multi@home.example', type: 'other' },
    ]);
  });

  it('creates a multi-valued attribute that was unassigned', async () => {
    const { body } = await patched('add.newlist', {
      op: 'add',
      path: 'phoneNumbers',
      value: [{ value: '+1 555 0142', type: 'work' }],
    });

    expect(body.phoneNumbers).to.deep.equal([{ value: '+1 555 0142', type: 'work' }]);
  });

  it('sets an extension attribute named by its URN-qualified path', async () => {
    const { body } = await patched('add.ext', {
      op: 'add',
      path: `${systamUserUrn}:primaryWorkspace`,
      value: 'SIN-01',
    });

    expect(body[systamUserUrn]).to.deep.equal({ primaryWorkspace: 'SIN-01' });
  });

  it('without a path, adds each attribute of the value, extension objects included', async () => {
    const { body } = await patched('add.pathless', {
      op: 'add',
      value: {
        externalId: 'pathless',
        preferredLanguage: 'pt-BR',
        name: { familyName: 'Pathless' },
        [systamUserUrn]: { primaryWorkspace: 'NYC-01' },
      },
    });

    expect(body).to.deep.include({
      externalId: 'pathless',
      preferredLanguage: 'pt-BR',
      name: { givenName: 'Add.pathless', familyName: 'Pathless' },
      [systamUserUrn]: { primaryWorkspace: 'NYC-01' },
    });
  });

  it('changes nothing when the value is already there', async () => {
    const user = await createUser(gateway, 'add.same', { externalId: 'same' });
    const version = systamVersionOf(gateway, user.id);

    const response = await gateway.patch(
      `/Users/${user.id}`,
      patchOp(
        { op: 'add', path: 'externalId', value: 'same' },
        { op: 'add', path: 'emails', value: [{ value: 'add.same@example.com', type: 'work' }] },
      ),
    );

    expect(response.status).to.equal(200);
    expect(response.body.emails).to.deep.equal([{ value: 'add.same@example.com', type: 'work' }]);
    expect(systamVersionOf(gateway, user.id)).to.equal(version);
    expect(response.body.meta).to.deep.equal(user.meta);
    expect(response.headers.etag).to.equal((user.meta as { version: string }).version);
  });

  it('accepts and ignores an attribute Systam does not keep (policy)', async () => {
    const { user, body } = await patched('add.ignored', {
      op: 'add',
      path: 'displayName',
      value: 'Shown Nowhere',
    });

    expect(body).to.not.have.property('displayName');
    expect(body.meta).to.deep.equal(user.meta);
  });

  for (const [path, value] of [
    ['userName', 42],
    ['name.givenName', { first: 'x' }],
    ['externalId', ['a', 'b']],
    ['emails', [{ value: 42, type: 'other' }]],
  ] as const) {
    it(`answers 400 invalidValue when ${path} gets ${JSON.stringify(value)}`, async () => {
      const user = await createUser(gateway, `add.bad.${path.replace(/\W/g, '')}`);

      const response = await gateway.patch(
        `/Users/${user.id}`,
        patchOp({ op: 'add', path, value }),
      );

      expectError(response, { status: 400, scimType: 'invalidValue' });
    });
  }
});
