import { expect } from 'chai';

import type { TestGateway } from '../support/test-gateway.js';
import {
  coreUserUrn,
  expectError,
  expectListResponse,
  filterQuery,
  publicBaseUrl,
  scimMediaType,
  startGateway,
  systamUserUrn,
} from './conformance-support.js';

const spcUrn = 'urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig';
const resourceTypeUrn = 'urn:ietf:params:scim:schemas:core:2.0:ResourceType';
const schemaUrn = 'urn:ietf:params:scim:schemas:core:2.0:Schema';

// RFC 7644 section 4: /ServiceProviderConfig, /ResourceTypes and /Schemas
// describe the service; the latter two answer ListResponses and each entry
// is also reachable at its own meta.location. Filtering these endpoints is
// answered 403 rather than with an unfiltered list.
describe('RFC 7644 §4 Service Provider Configuration Endpoints', () => {
  let gateway: TestGateway;

  before(async () => {
    gateway = await startGateway();
  });

  after(async () => {
    await gateway.close();
  });

  const relative = (location: string) => location.slice(publicBaseUrl.length);

  it('answers /ServiceProviderConfig with one document and its meta', async () => {
    const response = await gateway.get('/ServiceProviderConfig');

    expect(response.status).to.equal(200);
    expect(response.headers['content-type']).to.match(scimMediaType);
    expect(response.body.schemas).to.deep.equal([spcUrn]);
    expect(response.body.meta).to.deep.equal({
      resourceType: 'ServiceProviderConfig',
      location: `${publicBaseUrl}/ServiceProviderConfig`,
    });
  });

  it('answers /ResourceTypes with a ListResponse holding User only', async () => {
    const list = expectListResponse(await gateway.get('/ResourceTypes'));

    expect(list).to.deep.include({ totalResults: 1, startIndex: 1, itemsPerPage: 1 });
    expect(list.Resources.map((resource) => resource.name)).to.deep.equal(['User']);
    expect(list.Resources[0]?.schemas).to.deep.equal([resourceTypeUrn]);
  });

  it('answers each resource type at its meta.location, exactly as listed', async () => {
    const list = expectListResponse(await gateway.get('/ResourceTypes'));

    for (const resource of list.Resources) {
      const location = (resource.meta as { location: string }).location;
      expect(location).to.equal(`${publicBaseUrl}/ResourceTypes/${String(resource.name)}`);
      expect((await gateway.get(relative(location))).body).to.deep.equal(resource);
    }
  });

  it('answers /Schemas with a ListResponse of the User schema and the Systam extension', async () => {
    const list = expectListResponse(await gateway.get('/Schemas'));

    expect(list).to.deep.include({ totalResults: 2, startIndex: 1, itemsPerPage: 2 });
    expect(list.Resources.map((resource) => resource.id)).to.deep.equal([
      coreUserUrn,
      systamUserUrn,
    ]);
    for (const resource of list.Resources) expect(resource.schemas).to.deep.equal([schemaUrn]);
  });

  it('answers each schema at /Schemas/{id}, its meta.location, exactly as listed', async () => {
    const list = expectListResponse(await gateway.get('/Schemas'));

    for (const resource of list.Resources) {
      const location = (resource.meta as { location: string }).location;
      expect(location).to.equal(`${publicBaseUrl}/Schemas/${String(resource.id)}`);
      expect(resource.meta).to.deep.equal({ resourceType: 'Schema', location });
      expect((await gateway.get(relative(location))).body).to.deep.equal(resource);
    }
  });

  it('finds a schema and a resource type by id in any letter case, as URNs compare', async () => {
    const schema = await gateway.get(`/Schemas/${coreUserUrn.toLowerCase()}`);
    const resourceType = await gateway.get('/ResourceTypes/user');

    expect(schema.status).to.equal(200);
    expect(schema.body.id).to.equal(coreUserUrn);
    expect(resourceType.status).to.equal(200);
    expect(resourceType.body.id).to.equal('User');
  });

  it('answers 404 for a schema it does not have', async () => {
    const response = await gateway.get('/Schemas/urn:ietf:params:scim:schemas:core:2.0:Group');

    expectError(response, { status: 404 });
  });

  it('answers 404 for the Group resource type: Systam has no groups (policy)', async () => {
    const response = await gateway.get('/ResourceTypes/Group');

    expectError(response, { status: 404 });
  });

  for (const path of [
    '/ServiceProviderConfig',
    '/ResourceTypes',
    '/ResourceTypes/User',
    '/Schemas',
    `/Schemas/${coreUserUrn}`,
  ]) {
    it(`answers a filter on ${path} with 403 without scimType`, async () => {
      const response = await gateway.get(`${path}${filterQuery('name eq "User"')}`);

      expectError(response, { status: 403, detail: /filter/i });
    });
  }
});
