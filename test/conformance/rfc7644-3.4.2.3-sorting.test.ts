import { expect } from 'chai';

import type { TestGateway } from '../support/test-gateway.js';
import {
  createUser,
  expectListResponse,
  filterQuery,
  searchRequestUrn,
  startGateway,
  userNamesOf,
} from './conformance-support.js';

// RFC 7644 section 3.4.2.3 makes sorting optional; RFC 7643 section 5 has
// ServiceProviderConfig say whether it is supported. Systam decided: sort
// is unsupported, sortBy and sortOrder are ignored, and the answer comes in
// the gateway's own stable order (creation order).
describe('RFC 7644 §3.4.2.3 Sorting (unsupported: ignored by decision)', () => {
  let gateway: TestGateway;
  const creationOrder = ['sort.m', 'sort.z', 'sort.a', 'sort.q'].map(
    (handle) => `${handle}@example.com`,
  );

  before(async () => {
    gateway = await startGateway();
    for (const handle of ['sort.m', 'sort.z', 'sort.a', 'sort.q'])
      await createUser(gateway, handle);
  });

  after(async () => {
    await gateway.close();
  });

  it('says sort.supported false in ServiceProviderConfig', async () => {
    const response = await gateway.get('/ServiceProviderConfig');

    expect(response.body.sort).to.deep.equal({ supported: false });
  });

  it('answers in creation order when no sortBy is given', async () => {
    const list = expectListResponse(await gateway.get('/Users'));

    expect(userNamesOf(list)).to.deep.equal(creationOrder);
  });

  for (const query of [
    '?sortBy=userName',
    '?sortBy=userName&sortOrder=ascending',
    '?sortBy=userName&sortOrder=descending',
    '?sortOrder=descending',
    '?sortBy=name.familyName&sortOrder=sideways',
    '?sortBy=displayName',
  ]) {
    it(`ignores ${query} and answers the unsorted order, 200`, async () => {
      const list = expectListResponse(await gateway.get(`/Users${query}`));

      expect(userNamesOf(list)).to.deep.equal(creationOrder);
    });
  }

  it('ignores sortBy next to a filter and paging', async () => {
    const query = filterQuery(
      'userName sw "sort."',
      '&sortBy=userName&sortOrder=descending&startIndex=2&count=2',
    );

    const list = expectListResponse(await gateway.get(`/Users${query}`));

    expect(userNamesOf(list)).to.deep.equal(creationOrder.slice(1, 3));
    expect(list.totalResults).to.equal(4);
  });

  it('ignores sortBy and sortOrder in a SearchRequest', async () => {
    const response = await gateway.post('/Users/.search', {
      schemas: [searchRequestUrn],
      sortBy: 'userName',
      sortOrder: 'descending',
    });

    expect(userNamesOf(expectListResponse(response))).to.deep.equal(creationOrder);
  });
});
