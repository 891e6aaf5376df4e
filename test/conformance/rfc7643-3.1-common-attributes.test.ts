import { expect } from 'chai';

import type { TestGateway } from '../support/test-gateway.js';
import {
  createUser,
  expectListResponse,
  filterQuery,
  patchOp,
  rfcUser,
  startGateway,
  userUrl,
} from './conformance-support.js';

// RFC 7643 section 3.1: id is issued by the service provider, unique and
// stable; externalId is the client's own identifier, returned as sent and
// compared case-exactly; meta is the service provider's, read-only.
describe('RFC 7643 §3.1 Common Attributes', () => {
  let gateway: TestGateway;

  before(async () => {
    gateway = await startGateway();
  });

  after(async () => {
    await gateway.close();
  });

  it('keeps id the same across GET, PUT, PATCH and queries', async () => {
    const user = await createUser(gateway, 'common.stable', { externalId: 'stable' });

    const put = await gateway.put(
      `/Users/${user.id}`,
      rfcUser('common.stable', { externalId: 'put' }),
    );
    const patched = await gateway.patch(
      `/Users/${user.id}`,
      patchOp({ op: 'add', path: 'externalId', value: 'patched' }),
    );
    const listed = expectListResponse(
      await gateway.get(`/Users${filterQuery('externalId eq "patched"')}`),
    );

    expect([put.body.id, patched.body.id, listed.Resources[0]?.id]).to.deep.equal([
      user.id,
      user.id,
      user.id,
    ]);
  });

  it('issues an id that is a non-empty string other than "bulkId"', async () => {
    const user = await createUser(gateway, 'common.id');

    expect(user.id).to.be.a('string').that.is.not.empty;
    expect(user.id).to.not.equal('bulkId');
  });

  it('returns externalId exactly as the client sent it, and finds it only in that case', async () => {
    const user = await createUser(gateway, 'common.external', { externalId: 'AbC-123-xYz' });

    const exact = expectListResponse(
      await gateway.get(`/Users${filterQuery('externalId eq "AbC-123-xYz"')}`),
    );
    const folded = expectListResponse(
      await gateway.get(`/Users${filterQuery('externalId eq "abc-123-xyz"')}`),
    );

    expect(user.externalId).to.equal('AbC-123-xYz');
    expect(exact.Resources.map((resource) => resource.id)).to.deep.equal([user.id]);
    expect(folded.totalResults).to.equal(0);
  });

  it('lets two users share an externalId (uniqueness none)', async () => {
    const first = await gateway.post('/Users', rfcUser('common.shared1', { externalId: 'shared' }));
    const second = await gateway.post(
      '/Users',
      rfcUser('common.shared2', { externalId: 'shared' }),
    );

    expect([first.status, second.status]).to.deep.equal([201, 201]);
  });

  it('ignores meta sent by the client on POST and answers its own', async () => {
    const response = await gateway.post(
      '/Users',
      rfcUser('common.meta', {
        meta: {
          resourceType: 'Group',
          created: '1999-01-01T00:00:00Z',
          lastModified: '1999-01-01T00:00:00Z',
          location: 'https://evil.example/Users/x',
          version: 'W/"forged"',
        },
      }),
    );

    expect(response.status).to.equal(201);
    expect(response.body.meta.resourceType).to.equal('User');
    expect(response.body.meta.created).to.not.equal('1999-01-01T00:00:00Z');
    expect(response.body.meta.location).to.equal(userUrl(response.body.id));
    expect(response.body.meta.version).to.equal(response.headers.etag);
  });
});
