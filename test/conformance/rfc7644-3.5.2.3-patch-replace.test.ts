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

// RFC 7644 section 3.5.2.3: replace swaps a single-valued attribute, sets
// the given sub-attributes of a complex one (others stay), swaps a whole
// multi-valued attribute, or with a filter only the matching values; on an
// absent attribute it acts as add; a filter that matches nothing is 400
// noTarget. Systam decided: a filter made only of eq terms creates the value
// it describes (the filtered-path-upsert rule Entra needs).
describe('RFC 7644 §3.5.2.3 Replace Operation', () => {
  let gateway: TestGateway;

  before(async () => {
    gateway = await startGateway();
  });

  after(async () => {
    await gateway.close();
  });

  const userWithLists = (handle: string) =>
    createUser(gateway, handle, {
      externalId: `ext-${handle}`,
      emails: [
        { value: `${handle}@example.com`, type: 'work' },
        { value: `${handle}@home.example`, type: 'other' },
      ],
      phoneNumbers: [{ value: '+44 20 0000 0001', type: 'work' }],
    });

  const replace = async (handle: string, ...operations: Record<string, unknown>[]) => {
    const user = await userWithLists(handle);
    const response = await gateway.patch(`/Users/${user.id}`, patchOp(...operations));
    return { user, response };
  };

  it('replaces a single-valued attribute', async () => {
    const { response } = await replace('replace.single', {
      op: 'replace',
      path: 'userName',
      value: 'Replace.Renamed@example.com',
    });

    expect(response.status).to.equal(200);
    expect(response.body.userName).to.equal('Replace.Renamed@example.com');
  });

  it('sets the given sub-attributes of a complex attribute and keeps the others', async () => {
    const { response } = await replace('replace.complex', {
      op: 'replace',
      path: 'name',
      value: { familyName: 'Swapped' },
    });

    expect(response.status).to.equal(200);
    expect(response.body.name).to.deep.equal({
      givenName: 'Replace.complex',
      familyName: 'Swapped',
    });
  });

  it('replaces every value of a multi-valued attribute', async () => {
    const { response } = await replace('replace.list', {
      op: 'replace',
      path: 'phoneNumbers',
      value: [
        { value: '+44 20 0000 0009', type: 'work' },
        { value: '+44 77 0000 0009', type: 'other' },
      ],
    });

    expect(response.status).to.equal(200);
    expect(response.body.phoneNumbers).to.deep.equal([
      { value: '+44 20 0000 0009', type: 'work' },
      { value: '+44 77 0000 0009', type: 'other' },
    ]);
  });

  it('replaces one sub-attribute of the values a filter matches', async () => {
    const { response } = await replace('replace.filtered', {
      op: 'replace',
      path: 'emails[type eq "other"].value',
      value: 'replace.filtered@elsewhere.example',
    });

    expect(response.status).to.equal(200);
    expect(response.body.emails).to.deep.equal([
      { value: 'replace.filtered@example.com', type: 'work' },
      { value: 'replace.filtered@elsewhere.example', type: 'other' },
    ]);
  });

  it('replaces the whole values a filter matches', async () => {
    const { response } = await replace('replace.element', {
      op: 'replace',
      path: 'emails[value ew "home.example"]',
      value: { value: 'replace.element@new.example', type: 'other' },
    });

    expect(response.status).to.equal(200);
    expect(response.body.emails).to.deep.equal([
      { value: 'replace.element@example.com', type: 'work' },
      { value: 'replace.element@new.example', type: 'other' },
    ]);
  });

  it('acts as add on an attribute that was unassigned', async () => {
    const { response } = await replace('replace.absent', {
      op: 'replace',
      path: 'preferredLanguage',
      value: 'ja-JP',
    });

    expect(response.status).to.equal(200);
    expect(response.body.preferredLanguage).to.equal('ja-JP');
  });

  it('without a path, replaces each attribute of the value, URN-keyed ones included', async () => {
    const { response } = await replace('replace.pathless', {
      op: 'replace',
      value: {
        externalId: 'pathless',
        name: { givenName: 'Path', familyName: 'Less' },
        [systamUserUrn]: { primaryWorkspace: 'REMOTE' },
      },
    });

    expect(response.status).to.equal(200);
    expect(response.body).to.deep.include({
      externalId: 'pathless',
      name: { givenName: 'Path', familyName: 'Less' },
      [systamUserUrn]: { primaryWorkspace: 'REMOTE' },
    });
  });

  it('replaces a whole extension named by its URN', async () => {
    const { response } = await replace('replace.ext', {
      op: 'replace',
      path: systamUserUrn,
      value: { primaryWorkspace: 'SIN-01' },
    });

    expect(response.status).to.equal(200);
    expect(response.body[systamUserUrn]).to.deep.equal({ primaryWorkspace: 'SIN-01' });
  });

  [
    'emails[value co "nowhere"].value',
    'phoneNumbers[type eq "other" or value pr].value',
    'emails[not (type eq "work")].value',
  ].forEach((path, index) => {
    it(`answers 400 noTarget when ${path} matches nothing and is not plain equality, and writes nothing`, async () => {
      const user = await createUser(gateway, `replace.notarget${index}`);
      const version = systamVersionOf(gateway, user.id);

      const response = await gateway.patch(
        `/Users/${user.id}`,
        patchOp({ op: 'replace', path, value: 'x@example.com' }),
      );

      expectError(response, { status: 400, scimType: 'noTarget' });
      expect(systamVersionOf(gateway, user.id)).to.equal(version);
    });
  });

  it('creates the value an eq-only filter describes when none matches (decision: filtered-path-upsert)', async () => {
    const user = await createUser(gateway, 'replace.upsert');

    const response = await gateway.patch(
      `/Users/${user.id}`,
      patchOp({
        op: 'replace',
        path: 'emails[type eq "other"].value',
        value: 'replace.upsert@home.example',
      }),
    );

    expect(response.status).to.equal(200);
    expect(response.body.emails).to.deep.equal([
      { value: 'replace.upsert@example.com', type: 'work' },
      { value: 'replace.upsert@home.example', type: 'other' },
    ]);
  });

  const invalid: readonly [string, unknown][] = [
    ['active', 'perhaps'],
    ['preferredLanguage', 12],
    ['name', 'Just A String'],
    ['emails[type eq "work"].value', 'not-an-email'],
    [`${systamUserUrn}:primaryWorkspace`, 'XX-99'],
  ];

  invalid.forEach(([path, value], index) => {
    it(`answers 400 invalidValue when replace gives ${path} ${JSON.stringify(value)}`, async () => {
      const user = await createUser(gateway, `replace.invalid${index}`);

      const response = await gateway.patch(
        `/Users/${user.id}`,
        patchOp({ op: 'replace', path, value }),
      );

      expectError(response, { status: 400, scimType: 'invalidValue' });
    });
  });
});
