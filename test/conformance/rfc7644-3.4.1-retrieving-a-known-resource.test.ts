import { expect } from 'chai';

import type { TestGateway } from '../support/test-gateway.js';
import {
  createUser,
  expectError,
  publicBaseUrl,
  scimMediaType,
  startGateway,
  userUrl,
} from './conformance-support.js';

// RFC 7644 section 3.4.1: GET on a resource's URL answers 200 with the
// resource; an id the service provider does not know answers 404.
describe('RFC 7644 §3.4.1 Retrieving a Known Resource', () => {
  let gateway: TestGateway;
  let user: Record<string, unknown> & { id: string };

  before(async () => {
    gateway = await startGateway();
    user = await createUser(gateway, 'known', { externalId: 'known-1' });
  });

  after(async () => {
    await gateway.close();
  });

  it('answers 200 with the resource, its ETag and application/scim+json', async () => {
    const response = await gateway.get(`/Users/${user.id}`);

    expect(response.status).to.equal(200);
    expect(response.headers['content-type']).to.match(scimMediaType);
    expect(response.body).to.deep.equal(user);
    expect(response.headers.etag).to.equal((user.meta as { version: string }).version);
  });

  it('is reachable at meta.location exactly', async () => {
    const location = (user.meta as { location: string }).location;

    const response = await gateway.get(location.slice(publicBaseUrl.length));

    expect(location).to.equal(userUrl(user.id));
    expect(response.status).to.equal(200);
    expect(response.body.id).to.equal(user.id);
  });

  it('answers 404 without scimType for an id that does not exist', async () => {
    const response = await gateway.get('/Users/usr_doesNotExist0');

    expectError(response, { status: 404, detail: /usr_doesNotExist0/ });
  });

  it('answers 404 for an id in another letter case (ids are caseExact)', async () => {
    const response = await gateway.get(`/Users/${user.id.toUpperCase()}`);

    expectError(response, { status: 404 });
  });

  it('answers 404 for a Systam account this tenant has not provisioned (policy: unlinked is invisible)', async () => {
    const response = await gateway.get('/Users/usr_admin1');

    expectError(response, { status: 404 });
  });

  it('answers 404 for a user that was deleted', async () => {
    const doomed = await createUser(gateway, 'known.deleted');
    await gateway.delete(`/Users/${doomed.id}`).expect(204);

    const response = await gateway.get(`/Users/${doomed.id}`);

    expectError(response, { status: 404 });
  });
});
