import { expect } from 'chai';

import { TestGateway } from '../support/test-gateway.js';
import {
  createUser,
  expectListResponse,
  filterQuery,
  patchOp,
  rfcUser,
  startGateway,
  userUrl,
} from './conformance-support.js';

const rfc3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

// RFC 7644 section 3.1: every resource carries `meta` (RFC 7643 section
// 3.1) with its resourceType, timestamps, absolute location and version.
describe('RFC 7644 §3.1 Background: resource meta and location', () => {
  let gateway: TestGateway;

  before(async () => {
    gateway = await startGateway();
  });

  after(async () => {
    await gateway.close();
  });

  it('gives a created user meta with resourceType User, equal created and lastModified, location and version', async () => {
    const response = await gateway.post('/Users', rfcUser('meta.create'));

    expect(response.status).to.equal(201);
    const { id, meta } = response.body;
    expect(Object.keys(meta).sort()).to.deep.equal([
      'created',
      'lastModified',
      'location',
      'resourceType',
      'version',
    ]);
    expect(meta.resourceType).to.equal('User');
    expect(meta.created).to.match(rfc3339);
    expect(meta.lastModified).to.equal(meta.created);
    expect(meta.location).to.equal(userUrl(id));
    expect(meta.version).to.equal(response.headers.etag);
  });

  it('answers the same meta on GET, in a list and in a filtered list', async () => {
    const created = await createUser(gateway, 'meta.read');

    const read = await gateway.get(`/Users/${created.id}`);
    const listed = expectListResponse(
      await gateway.get(`/Users${filterQuery(`id eq "${created.id}"`)}`),
    );

    expect(read.status).to.equal(200);
    expect(read.body.meta).to.deep.equal(created.meta);
    expect(listed.Resources).to.have.lengthOf(1);
    expect(listed.Resources[0]?.meta).to.deep.equal(created.meta);
  });

  it('moves lastModified forward and changes version on an update, keeping created', async () => {
    const created = await createUser(gateway, 'meta.update');
    const before = created.meta as Record<string, string>;

    const response = await gateway.patch(
      `/Users/${created.id}`,
      patchOp({ op: 'replace', path: 'name.familyName', value: 'Updated' }),
    );

    expect(response.status).to.equal(200);
    const after = response.body.meta as Record<string, string>;
    expect(after.created).to.equal(before.created);
    expect(Date.parse(String(after.lastModified))).to.be.greaterThan(
      Date.parse(String(before.lastModified)),
    );
    expect(after.version).to.not.equal(before.version);
    expect(after.location).to.equal(before.location);
  });

  it('builds meta.location from the request when no public base URL is configured', async () => {
    const local = await TestGateway.start();
    try {
      const response = await local.post('/Users', rfcUser('meta.local'));

      expect(response.status).to.equal(201);
      const { id, meta } = response.body;
      expect(meta.location).to.match(
        new RegExp(`^http://127\\.0\\.0\\.1:\\d+/scim/v2/Users/${id}$`),
      );
      expect(response.headers.location).to.equal(meta.location);
    } finally {
      await local.close();
    }
  });
});
