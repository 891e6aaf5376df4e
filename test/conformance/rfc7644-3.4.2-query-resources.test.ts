import { expect } from 'chai';

import type { TestGateway } from '../support/test-gateway.js';
import {
  createUser,
  expectError,
  expectListResponse,
  filterQuery,
  idsOf,
  startGateway,
} from './conformance-support.js';

// RFC 7644 section 3.4.2: a query answers a ListResponse with totalResults,
// Resources, startIndex and itemsPerPage. Query parameters the service
// provider does not know are ignored.
describe('RFC 7644 §3.4.2 Query Resources', () => {
  let gateway: TestGateway;
  let ids: string[];

  before(async () => {
    gateway = await startGateway();
    ids = [];
    for (const handle of ['query.one', 'query.two', 'query.three']) {
      ids.push((await createUser(gateway, handle)).id);
    }
  });

  after(async () => {
    await gateway.close();
  });

  it('answers GET /Users with a ListResponse of every provisioned user', async () => {
    const list = expectListResponse(await gateway.get('/Users'));

    expect(list.totalResults).to.equal(3);
    expect(list.startIndex).to.equal(1);
    expect(list.itemsPerPage).to.equal(3);
    expect(idsOf(list)).to.have.members(ids);
  });

  it('answers each listed resource exactly as GET /Users/{id} does', async () => {
    const list = expectListResponse(await gateway.get('/Users'));

    expect(list.Resources).to.have.lengthOf(3);
    for (const resource of list.Resources) {
      const read = await gateway.get(`/Users/${String(resource.id)}`);
      expect(read.body).to.deep.equal(resource);
    }
  });

  it('answers a filter that matches nothing with totalResults 0 and an empty Resources list', async () => {
    const list = expectListResponse(
      await gateway.get(`/Users${filterQuery('userName eq "nobody@example.com"')}`),
    );

    expect(list).to.deep.equal({
      schemas: ['urn:ietf:params:scim:api:messages:2.0:ListResponse'],
      totalResults: 0,
      startIndex: 1,
      itemsPerPage: 0,
      Resources: [],
    });
  });

  it("ignores query parameters it does not know, such as Entra's aadOptscim062020", async () => {
    const plain = expectListResponse(await gateway.get('/Users'));

    const decorated = expectListResponse(
      await gateway.get('/Users?aadOptscim062020&foo=bar&sortHint=none'),
    );

    expect(decorated).to.deep.equal(plain);
  });

  it('answers 400 invalidFilter when filter is given twice', async () => {
    const response = await gateway.get('/Users?filter=id%20pr&filter=userName%20pr');

    expectError(response, { status: 400, scimType: 'invalidFilter' });
  });

  it('answers 400 invalidValue when count is given twice', async () => {
    const response = await gateway.get('/Users?count=1&count=2');

    expectError(response, { status: 400, scimType: 'invalidValue' });
  });
});
