import { expect } from 'chai';

import type { TestGateway } from '../support/test-gateway.js';
import {
  createUser,
  expectError,
  expectListResponse,
  filterQuery,
  linkDemoOwner,
  patchOp,
  rfcUser,
  startGateway,
  systamVersionOf,
} from './conformance-support.js';

// RFC 7644 section 3.6: DELETE answers 204 without a body; afterwards the
// resource is gone from every endpoint (404 by id, absent from queries).
// Systam deletes for good, and protects Organization Owners (403).
describe('RFC 7644 §3.6 Deleting Resources', () => {
  let gateway: TestGateway;

  before(async () => {
    gateway = await startGateway();
  });

  after(async () => {
    await gateway.close();
  });

  it('answers 204 with an empty body', async () => {
    const user = await createUser(gateway, 'delete.basic');

    const response = await gateway.delete(`/Users/${user.id}`);

    expect(response.status).to.equal(204);
    expect(response.text).to.equal('');
    expect(response.headers).to.not.have.property('content-type');
  });

  it('makes every later request on the id answer 404', async () => {
    const user = await createUser(gateway, 'delete.gone');
    await gateway.delete(`/Users/${user.id}`).expect(204);

    const get = await gateway.get(`/Users/${user.id}`);
    const again = await gateway.delete(`/Users/${user.id}`);
    const put = await gateway.put(`/Users/${user.id}`, rfcUser('delete.gone'));
    const patch = await gateway.patch(
      `/Users/${user.id}`,
      patchOp({ op: 'replace', path: 'active', value: true }),
    );

    for (const response of [get, again, put, patch]) expectError(response, { status: 404 });
  });

  it('leaves the user out of queries', async () => {
    const user = await createUser(gateway, 'delete.query');
    await gateway.delete(`/Users/${user.id}`).expect(204);

    const byId = expectListResponse(
      await gateway.get(`/Users${filterQuery(`id eq "${user.id}"`)}`),
    );
    const byName = expectListResponse(
      await gateway.get(`/Users${filterQuery('userName eq "delete.query@example.com"')}`),
    );

    expect(byId.totalResults).to.equal(0);
    expect(byName.totalResults).to.equal(0);
  });

  it('deletes the Systam account for good (policy: no soft delete)', async () => {
    const user = await createUser(gateway, 'delete.hard');

    await gateway.delete(`/Users/${user.id}`).expect(204);

    expect(systamVersionOf(gateway, user.id)).to.equal(undefined);
  });

  it('lets the userName be provisioned again, as a new resource with a new id', async () => {
    const user = await createUser(gateway, 'delete.again');
    await gateway.delete(`/Users/${user.id}`).expect(204);

    const recreated = await gateway.post('/Users', rfcUser('delete.again'));

    expect(recreated.status).to.equal(201);
    expect(recreated.body.id).to.not.equal(user.id);
  });

  it('answers 404 for an id that never existed', async () => {
    const response = await gateway.delete('/Users/usr_doesNotExist0');

    expectError(response, { status: 404 });
  });

  it('answers 403 for an Organization Owner and keeps it (policy)', async () => {
    await linkDemoOwner(gateway);

    const response = await gateway.delete('/Users/usr_owner1');

    expectError(response, { status: 403, detail: /Owner/ });
    expect((await gateway.get('/Users/usr_owner1')).status).to.equal(200);
  });
});
