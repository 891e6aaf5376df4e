import { expect } from 'chai';

import type { TestGateway } from '../support/test-gateway.js';
import {
  createUser,
  expectError,
  patchOp,
  rfcUser,
  startGateway,
  systamVersionOf,
  upstreamWrites,
} from './conformance-support.js';

// RFC 7644 section 3.14: the ETag header carries meta.version on reads and
// writes; If-None-Match on a read answers 304 while the version is
// unchanged; If-Match on a write answers 412 for a stale version and writes
// nothing (RFC 9110 section 13.1).
describe('RFC 7644 §3.14 Versioning Resources', () => {
  let gateway: TestGateway;

  before(async () => {
    gateway = await startGateway();
  });

  after(async () => {
    await gateway.close();
  });

  const versionOf = (body: Record<string, unknown>) => (body.meta as { version: string }).version;

  it('says etag.supported true in ServiceProviderConfig', async () => {
    const response = await gateway.get('/ServiceProviderConfig');

    expect(response.body.etag).to.deep.equal({ supported: true });
  });

  describe('ETag equals meta.version', () => {
    it('on POST, GET, PUT and PATCH, and changes with every write', async () => {
      const created = await gateway.post('/Users', rfcUser('etag.all'));
      const read = await gateway.get(`/Users/${created.body.id}`);
      const put = await gateway.put(
        `/Users/${created.body.id}`,
        rfcUser('etag.all', { externalId: 'put' }),
      );
      const patched = await gateway.patch(
        `/Users/${created.body.id}`,
        patchOp({ op: 'add', path: 'externalId', value: 'patched' }),
      );

      const answers = [created, read, put, patched];
      for (const answer of answers) expect(answer.headers.etag).to.equal(versionOf(answer.body));
      expect(read.headers.etag).to.equal(created.headers.etag);
      expect(new Set([created.headers.etag, put.headers.etag, patched.headers.etag]).size).to.equal(
        3,
      );
    });

    it('is a quoted entity-tag, as RFC 9110 section 8.8.3 spells it', async () => {
      const created = await createUser(gateway, 'etag.format');

      expect(versionOf(created)).to.match(/^(W\/)?"[^"]*"$/);
    });
  });

  describe('If-None-Match on GET', () => {
    it('answers 304 without a body, with the ETag, while the version is current', async () => {
      const created = await createUser(gateway, 'etag.fresh');
      const etag = versionOf(created);

      const response = await gateway.get(`/Users/${created.id}`).set('If-None-Match', etag);

      expect(response.status).to.equal(304);
      expect(response.text).to.equal('');
      expect(response.headers.etag).to.equal(etag);
    });

    it('answers 304 for If-None-Match: * on an existing user', async () => {
      const created = await createUser(gateway, 'etag.star');

      const response = await gateway.get(`/Users/${created.id}`).set('If-None-Match', '*');

      expect(response.status).to.equal(304);
    });

    it('answers 304 for the weak form of the current tag (If-None-Match compares weakly)', async () => {
      const created = await createUser(gateway, 'etag.weak');

      const response = await gateway
        .get(`/Users/${created.id}`)
        .set('If-None-Match', `W/${versionOf(created)}`);

      expect(response.status).to.equal(304);
    });

    it('answers 200 with the resource once the version has changed', async () => {
      const created = await createUser(gateway, 'etag.stale');
      const stale = versionOf(created);
      await gateway
        .patch(`/Users/${created.id}`, patchOp({ op: 'add', path: 'externalId', value: 'new' }))
        .expect(200);

      const response = await gateway.get(`/Users/${created.id}`).set('If-None-Match', stale);

      expect(response.status).to.equal(200);
      expect(response.body.externalId).to.equal('new');
      expect(response.headers.etag).to.not.equal(stale);
    });

    it('answers 200 when the header lists other versions only', async () => {
      const created = await createUser(gateway, 'etag.list');

      const response = await gateway
        .get(`/Users/${created.id}`)
        .set('If-None-Match', '"998", "999"');

      expect(response.status).to.equal(200);
    });
  });

  describe('If-Match on writes', () => {
    const writes = [
      [
        'PATCH',
        (g: TestGateway, id: string) =>
          g.patch(`/Users/${id}`, patchOp({ op: 'replace', path: 'externalId', value: 'w' })),
      ],
      [
        'PUT',
        (g: TestGateway, id: string) =>
          g.put(`/Users/${id}`, rfcUser(`etag.w.${id.slice(-6)}`, { externalId: 'w' })),
      ],
      ['DELETE', (g: TestGateway, id: string) => g.delete(`/Users/${id}`)],
    ] as const;

    for (const [method, write] of writes) {
      it(`answers ${method} with a stale If-Match 412 without scimType, and writes nothing`, async () => {
        const created = await createUser(gateway, `etag.pre.${method.toLowerCase()}`);
        const stale = versionOf(created);
        await gateway
          .patch(`/Users/${created.id}`, patchOp({ op: 'add', path: 'externalId', value: 'moved' }))
          .expect(200);
        const version = systamVersionOf(gateway, created.id);
        gateway.simulator.clearRequests();

        const response = await write(gateway, created.id).set('If-Match', stale);

        expectError(response, { status: 412 });
        expect(upstreamWrites(gateway)).to.deep.equal([]);
        expect(systamVersionOf(gateway, created.id)).to.equal(version);
      });

      it(`lets ${method} with the current If-Match through`, async () => {
        const created = await createUser(gateway, `etag.cur.${method.toLowerCase()}`);

        const response = await write(gateway, created.id).set('If-Match', versionOf(created));

        expect(response.status).to.equal(method === 'DELETE' ? 204 : 200);
      });

      it(`lets ${method} with If-Match: * through`, async () => {
        const created = await createUser(gateway, `etag.any.${method.toLowerCase()}`);

        const response = await write(gateway, created.id).set('If-Match', '*');

        expect(response.status).to.equal(method === 'DELETE' ? 204 : 200);
      });
    }

    it('lets a write through when If-Match lists the current version among others', async () => {
      const created = await createUser(gateway, 'etag.among');

      const response = await gateway
        .patch(`/Users/${created.id}`, patchOp({ op: 'add', path: 'externalId', value: 'among' }))
        .set('If-Match', `"998", ${versionOf(created)}`);

      expect(response.status).to.equal(200);
    });

    it('answers 412 for an If-Match that is no entity-tag at all', async () => {
      const created = await createUser(gateway, 'etag.garbage');

      const response = await gateway
        .patch(`/Users/${created.id}`, patchOp({ op: 'add', path: 'externalId', value: 'x' }))
        .set('If-Match', 'not-a-tag');

      expectError(response, { status: 412 });
    });

    it('answers a PATCH with If-None-Match: * on an existing user 412, and writes nothing', async () => {
      const created = await createUser(gateway, 'etag.inm.write');

      const response = await gateway
        .patch(`/Users/${created.id}`, patchOp({ op: 'add', path: 'externalId', value: 'x' }))
        .set('If-None-Match', '*');

      expectError(response, { status: 412 });
      expect(systamVersionOf(gateway, created.id)).to.equal(1);
    });

    // RFC 9110 section 13.2.1: preconditions are ignored when the request
    // would fail without them, so an unknown id stays 404.
    it('answers 404, not 412, for If-Match on a user that does not exist', async () => {
      const response = await gateway
        .patch('/Users/usr_doesNotExist0', patchOp({ op: 'add', path: 'externalId', value: 'x' }))
        .set('If-Match', '*');

      expectError(response, { status: 404 });
    });
  });
});
