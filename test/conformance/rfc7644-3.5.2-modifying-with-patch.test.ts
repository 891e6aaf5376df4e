import { expect } from 'chai';

import type { TestGateway } from '../support/test-gateway.js';
import {
  coreUserUrn,
  createUser,
  expectError,
  linkDemoOwner,
  patchOp,
  patchOpUrn,
  scimMediaType,
  startGateway,
  systamVersionOf,
} from './conformance-support.js';

// RFC 7644 section 3.5.2: a PatchOp message whose Operations apply in order
// and all together or not at all; 200 with the resource; errors per Table 9
// (invalidSyntax, invalidPath, mutability, noTarget, invalidValue).
describe('RFC 7644 §3.5.2 Modifying with PATCH', () => {
  let gateway: TestGateway;
  let user: Record<string, unknown> & { id: string };
  let url: string;

  before(async () => {
    gateway = await startGateway();
    user = await createUser(gateway, 'patch.general', { externalId: 'before' });
    url = `/Users/${user.id}`;
  });

  after(async () => {
    await gateway.close();
  });

  it('answers 200 with the whole modified resource, its ETag, and GET agrees', async () => {
    const target = await createUser(gateway, 'patch.ok');

    const response = await gateway.patch(
      `/Users/${target.id}`,
      patchOp({ op: 'replace', path: 'externalId', value: 'after' }),
    );
    const read = await gateway.get(`/Users/${target.id}`);

    expect(response.status).to.equal(200);
    expect(response.headers['content-type']).to.match(scimMediaType);
    expect(response.body).to.deep.equal(read.body);
    expect(response.body.externalId).to.equal('after');
    expect(response.headers.etag).to.equal(response.body.meta.version);
  });

  it('answers only the attributes asked for with ?attributes, plus id and schemas', async () => {
    const target = await createUser(gateway, 'patch.projected');

    const response = await gateway.patch(
      `/Users/${target.id}?attributes=externalId,name.familyName`,
      patchOp({ op: 'replace', path: 'externalId', value: 'projected' }),
    );

    expect(response.status).to.equal(200);
    expect(response.body).to.deep.equal({
      schemas: [coreUserUrn],
      id: target.id,
      externalId: 'projected',
      name: { familyName: 'Conformance' },
    });
  });

  it('applies operations in order: a later operation sees an earlier one', async () => {
    const target = await createUser(gateway, 'patch.order');

    const response = await gateway.patch(
      `/Users/${target.id}`,
      patchOp(
        { op: 'add', path: 'externalId', value: 'first' },
        { op: 'replace', path: 'externalId', value: 'second' },
        { op: 'add', path: 'preferredLanguage', value: 'nb-NO' },
        { op: 'remove', path: 'preferredLanguage' },
      ),
    );

    expect(response.status).to.equal(200);
    expect(response.body.externalId).to.equal('second');
    expect(response.body).to.not.have.property('preferredLanguage');
  });

  it('applies nothing when one operation fails: the request is atomic', async () => {
    const version = systamVersionOf(gateway, user.id);

    const response = await gateway.patch(
      url,
      patchOp(
        { op: 'replace', path: 'externalId', value: 'lost' },
        { op: 'replace', path: 'name.givenName', value: 'Lost' },
        { op: 'replace', path: 'id', value: 'usr_x' },
      ),
    );

    expectError(response, { status: 400, scimType: 'mutability' });
    expect(systamVersionOf(gateway, user.id)).to.equal(version);
    expect((await gateway.get(url)).body.externalId).to.equal('before');
  });

  it('answers 404 for an id that does not exist', async () => {
    const response = await gateway.patch(
      '/Users/usr_doesNotExist0',
      patchOp({ op: 'replace', path: 'externalId', value: 'x' }),
    );

    expectError(response, { status: 404 });
  });

  it('accepts an empty Operations list as a no-op (decision: empty-operations rule)', async () => {
    const version = systamVersionOf(gateway, user.id);

    const response = await gateway.patch(url, { schemas: [patchOpUrn], Operations: [] });

    expect(response.status).to.equal(200);
    expect(response.body.id).to.equal(user.id);
    expect(systamVersionOf(gateway, user.id)).to.equal(version);
  });

  describe('400 invalidSyntax: the message is not a valid PatchOp', () => {
    const cases: readonly [string, unknown][] = [
      ['schemas missing', { Operations: [{ op: 'add', path: 'externalId', value: 'x' }] }],
      [
        'schemas without the PatchOp URN',
        { schemas: [coreUserUrn], Operations: [{ op: 'add', path: 'externalId', value: 'x' }] },
      ],
      ['Operations missing', { schemas: [patchOpUrn] }],
      ['Operations not a list', { schemas: [patchOpUrn], Operations: { op: 'add' } }],
      ['an operation that is not an object', patchOp('add' as unknown as Record<string, unknown>)],
      ['an operation without op', patchOp({ path: 'externalId', value: 'x' })],
      ['an unknown op', patchOp({ op: 'move', path: 'externalId', value: 'x' })],
      ['an op that is not a string', patchOp({ op: 1, path: 'externalId', value: 'x' })],
      ['add without value', patchOp({ op: 'add', path: 'externalId' })],
      ['replace without value', patchOp({ op: 'replace', path: 'externalId' })],
      ['a path that is not a string', patchOp({ op: 'replace', path: 7, value: 'x' })],
      ['a body that is a JSON array', [{ op: 'add', path: 'externalId', value: 'x' }]],
    ];

    for (const [label, body] of cases) {
      it(`answers 400 invalidSyntax for ${label}, and writes nothing`, async () => {
        const version = systamVersionOf(gateway, user.id);

        const response = await gateway.patch(url, body);

        expectError(response, { status: 400, scimType: 'invalidSyntax' });
        expect(systamVersionOf(gateway, user.id)).to.equal(version);
      });
    }
  });

  describe('400 invalidPath: the path is malformed', () => {
    for (const path of [
      'name..givenName',
      'emails[type eq "work"',
      'emails[type eq]',
      'emails[type eq "work"]]',
      'emails[type eq "work"].',
      'userName[value eq "x"]',
      'name[givenName eq "x"].givenName',
      '"userName"',
      'emails[type eq "work"][value pr]',
    ]) {
      it(`answers 400 invalidPath for ${path}`, async () => {
        const response = await gateway.patch(url, patchOp({ op: 'replace', path, value: 'x' }));

        expectError(response, { status: 400, scimType: 'invalidPath' });
      });
    }
  });

  describe('400 mutability: read-only attributes', () => {
    for (const [op, path, value] of [
      ['replace', 'id', 'usr_other'],
      ['add', 'id', 'usr_other'],
      ['remove', 'id', undefined],
      ['replace', 'meta', { created: '2001-01-01T00:00:00Z' }],
      ['replace', 'meta.created', '2001-01-01T00:00:00Z'],
      ['add', 'meta.version', '"9"'],
      ['remove', 'meta.lastModified', undefined],
      ['replace', 'META.LOCATION', 'https://evil.example/'],
    ] as const) {
      it(`answers 400 mutability for ${op} on ${path}`, async () => {
        const operation = value === undefined ? { op, path } : { op, path, value };

        const response = await gateway.patch(url, patchOp(operation));

        expectError(response, { status: 400, scimType: 'mutability' });
      });
    }
  });

  describe('Systam policies', () => {
    it('answers 204 for replace active false and deletes the user', async () => {
      const target = await createUser(gateway, 'patch.deactivate');

      const response = await gateway.patch(
        `/Users/${target.id}`,
        patchOp({ op: 'replace', path: 'active', value: false }),
      );

      expect(response.status).to.equal(204);
      expectError(await gateway.get(`/Users/${target.id}`), { status: 404 });
    });

    it("answers 403 when an Organization Owner's profile would change, and 200 for its link", async () => {
      await linkDemoOwner(gateway);
      const version = systamVersionOf(gateway, 'usr_owner1');

      const refused = await gateway.patch(
        '/Users/usr_owner1',
        patchOp({ op: 'replace', path: 'name.familyName', value: 'X' }),
      );
      const linked = await gateway.patch(
        '/Users/usr_owner1',
        patchOp({ op: 'add', path: 'externalId', value: 'owner-1' }),
      );

      expectError(refused, { status: 403, detail: /Owner/ });
      expect(linked.status).to.equal(200);
      expect(linked.body.externalId).to.equal('owner-1');
      expect(linked.body.name).to.deep.equal({ givenName: 'Olivia', familyName: 'Owner' });
      expect(gateway.simulator.user('org_demo', 'usr_owner1')?.lastName).to.equal('Owner');
      expect(systamVersionOf(gateway, 'usr_owner1')).to.not.equal(version);
    });
  });
});
