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

const maxResults = 4;
const population = 7;

// RFC 7644 section 3.4.2.4: startIndex is 1-based and a value below 1 means
// 1; count is the most resources per page, negative means 0, and 0 asks for
// totalResults only; the service provider may lower count to its maximum
// (ServiceProviderConfig filter.maxResults, here 4).
describe('RFC 7644 §3.4.2.4 Pagination', () => {
  let gateway: TestGateway;
  let allIds: string[];

  before(async () => {
    gateway = await startGateway({ adjust: (c) => ({ ...c, query: { ...c.query, maxResults } }) });
    allIds = [];
    for (let index = 1; index <= population; index += 1) {
      allIds.push((await createUser(gateway, `page.${index}`)).id);
    }
  });

  after(async () => {
    await gateway.close();
  });

  const page = async (query: string) => expectListResponse(await gateway.get(`/Users${query}`));

  it('advertises the maximum page size as filter.maxResults', async () => {
    const response = await gateway.get('/ServiceProviderConfig');

    expect(response.body.filter).to.deep.equal({ supported: true, maxResults });
  });

  it('answers the first maxResults users from startIndex 1 when neither parameter is given', async () => {
    const list = await page('');

    expect(list.totalResults).to.equal(population);
    expect(list.startIndex).to.equal(1);
    expect(list.itemsPerPage).to.equal(maxResults);
    expect(idsOf(list)).to.deep.equal(allIds.slice(0, maxResults));
  });

  for (const startIndex of ['0', '-5']) {
    it(`reads startIndex=${startIndex} as 1`, async () => {
      const list = await page(`?startIndex=${startIndex}&count=2`);

      expect(list.startIndex).to.equal(1);
      expect(idsOf(list)).to.deep.equal(allIds.slice(0, 2));
    });
  }

  for (const count of ['-1', '0']) {
    it(`answers count=${count} with totalResults only and no Resources`, async () => {
      const list = await page(`?count=${count}`);

      expect(list).to.deep.include({ totalResults: population, itemsPerPage: 0, startIndex: 1 });
      expect(list.Resources).to.deep.equal([]);
    });
  }

  it('answers count=0 with a filter with the filtered totalResults only', async () => {
    const list = await page(filterQuery('userName sw "page."', '&count=0'));

    expect(list.totalResults).to.equal(population);
    expect(list.Resources).to.deep.equal([]);
  });

  it('lowers a count above maxResults to maxResults', async () => {
    const list = await page('?count=1000');

    expect(list.itemsPerPage).to.equal(maxResults);
    expect(idsOf(list)).to.deep.equal(allIds.slice(0, maxResults));
  });

  it('answers a startIndex past the end with an empty page and the full totalResults', async () => {
    const list = await page(`?startIndex=${population + 1}&count=2`);

    expect(list).to.deep.include({
      totalResults: population,
      startIndex: population + 1,
      itemsPerPage: 0,
    });
    expect(list.Resources).to.deep.equal([]);
  });

  it('answers the last, partial page', async () => {
    const list = await page('?startIndex=6&count=3');

    expect(list.startIndex).to.equal(6);
    expect(idsOf(list)).to.deep.equal(allIds.slice(5));
  });

  for (const [query, name] of [
    ['?count=ten', 'count'],
    ['?count=2.5', 'count'],
    ['?startIndex=1.5', 'startIndex'],
    ['?startIndex=first', 'startIndex'],
    ['?startIndex=0x10', 'startIndex'],
  ] as const) {
    it(`answers 400 invalidValue naming ${name} for ${query}`, async () => {
      const response = await gateway.get(`/Users${query}`);

      expectError(response, { status: 400, scimType: 'invalidValue', detail: new RegExp(name) });
    });
  }

  const walks: readonly [string, () => string | undefined][] = [
    ['without a filter (Systam pages)', () => undefined],
    ['with a filter the gateway evaluates', () => 'name.familyName eq "Conformance"'],
    ['with a filter of or look-ups', () => allIds.map((id) => `id eq "${id}"`).join(' or ')],
  ];

  for (const [label, filterOf] of walks) {
    it(`walks every page of 2 ${label} with no overlap and no gap`, async () => {
      const filter = filterOf();
      const prefix = filter === undefined ? '?' : filterQuery(filter, '&');
      const seen: unknown[] = [];

      for (let startIndex = 1; startIndex <= population; startIndex += 2) {
        const list = await page(`${prefix}startIndex=${startIndex}&count=2`);
        expect(list.totalResults).to.equal(population);
        expect(list.startIndex).to.equal(startIndex);
        seen.push(...idsOf(list));
      }

      expect(seen).to.deep.equal(allIds);
    });
  }
});
