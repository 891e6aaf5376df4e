import { expect } from 'chai';

import type { TestGateway } from '../support/test-gateway.js';
import {
  coreUserUrn,
  createUser,
  expectError,
  expectListResponse,
  filterQuery,
  searchRequestUrn,
  startGateway,
  systamUserUrn,
  userNamesOf,
} from './conformance-support.js';

// RFC 7644 section 3.4.3: POST to /Users/.search with a SearchRequest body
// (filter, startIndex, count, attributes, excludedAttributes as JSON) answers
// the same ListResponse the equivalent GET does.
describe('RFC 7644 §3.4.3 Querying Resources Using HTTP POST', () => {
  let gateway: TestGateway;

  before(async () => {
    gateway = await startGateway();
    for (const handle of ['search.a', 'search.b', 'search.c']) {
      await createUser(gateway, handle, { externalId: `ext-${handle}` });
    }
  });

  after(async () => {
    await gateway.close();
  });

  const search = (body: unknown) => gateway.post('/Users/.search', body);

  it('answers a SearchRequest with a filter as GET with the same filter does', async () => {
    const filter = 'userName sw "search." and not (externalId eq "ext-search.b")';

    const posted = expectListResponse(await search({ schemas: [searchRequestUrn], filter }));
    const got = expectListResponse(await gateway.get(`/Users${filterQuery(filter)}`));

    expect(posted).to.deep.equal(got);
    expect(userNamesOf(posted)).to.deep.equal(['search.a@example.com', 'search.c@example.com']);
  });

  it('answers a SearchRequest without filter with every user', async () => {
    const list = expectListResponse(await search({ schemas: [searchRequestUrn] }));

    expect(list.totalResults).to.equal(3);
  });

  it('pages with startIndex and count given as JSON numbers', async () => {
    const list = expectListResponse(
      await search({ schemas: [searchRequestUrn], startIndex: 2, count: 1 }),
    );

    expect(list).to.deep.include({ totalResults: 3, startIndex: 2, itemsPerPage: 1 });
    expect(userNamesOf(list)).to.deep.equal(['search.b@example.com']);
  });

  it('narrows resources with attributes given as a JSON array', async () => {
    const list = expectListResponse(
      await search({
        schemas: [searchRequestUrn],
        filter: 'externalId eq "ext-search.c"',
        attributes: ['userName', `${systamUserUrn}:primaryWorkspace`],
      }),
    );

    expect(list.Resources).to.deep.equal([
      {
        schemas: [coreUserUrn, systamUserUrn],
        id: list.Resources[0]?.id,
        userName: 'search.c@example.com',
        [systamUserUrn]: { primaryWorkspace: 'HEL-01' },
      },
    ]);
  });

  it('removes attributes given in excludedAttributes', async () => {
    const list = expectListResponse(
      await search({
        schemas: [searchRequestUrn],
        filter: 'externalId eq "ext-search.a"',
        excludedAttributes: ['meta', 'emails', 'name', systamUserUrn],
      }),
    );

    expect(list.Resources).to.deep.equal([
      {
        schemas: [coreUserUrn],
        id: list.Resources[0]?.id,
        externalId: 'ext-search.a',
        userName: 'search.a@example.com',
        active: true,
      },
    ]);
  });

  it('answers 400 invalidFilter to a filter that is not a string', async () => {
    const response = await search({ schemas: [searchRequestUrn], filter: { userName: 'x' } });

    expect(response.status).to.equal(400);
    expect(response.body.scimType).to.equal('invalidFilter');
  });

  it('answers 200 with no match and an empty Resources list', async () => {
    const list = expectListResponse(
      await search({ schemas: [searchRequestUrn], filter: 'userName eq "nobody"' }),
    );

    expect(list.totalResults).to.equal(0);
    expect(list.Resources).to.deep.equal([]);
  });

  it('answers a SearchRequest at the service root like one at /Users: User is the only resource type', async () => {
    const body = { schemas: [searchRequestUrn], filter: 'externalId sw "ext-search."', count: 2 };

    const atRoot = expectListResponse(await gateway.post('/.search', body));
    const atUsers = expectListResponse(await search(body));

    expect(atRoot).to.deep.equal(atUsers);
    expect(atRoot.totalResults).to.equal(3);
  });

  const malformed: readonly [string, unknown][] = [
    ['a body without schemas', { filter: 'userName pr' }],
    [
      'a body whose schemas is not the SearchRequest URN',
      { schemas: [coreUserUrn], filter: 'userName pr' },
    ],
    ['a JSON array', [{ schemas: [searchRequestUrn] }]],
    ['a JSON string', 'userName pr'],
  ];

  for (const [label, body] of malformed) {
    it(`answers 400 invalidSyntax for ${label}`, async () => {
      const response = await search(body);

      expectError(response, { status: 400, scimType: 'invalidSyntax', detail: /SearchRequest/ });
    });
  }

  it('answers 400 invalidSyntax for an empty body', async () => {
    const response = await gateway.post('/Users/.search');

    expectError(response, { status: 400, scimType: 'invalidSyntax' });
  });

  it('answers 400 invalidFilter for a filter that does not parse', async () => {
    const response = await search({ schemas: [searchRequestUrn], filter: 'userName eq' });

    expectError(response, { status: 400, scimType: 'invalidFilter' });
  });

  it('answers 400 invalidValue for a count that is not an integer', async () => {
    const response = await search({ schemas: [searchRequestUrn], count: 'many' });

    expectError(response, { status: 400, scimType: 'invalidValue', detail: /count/ });
  });

  it('answers 400 invalidValue for attributes that are not a list of names', async () => {
    const response = await search({ schemas: [searchRequestUrn], attributes: [1, 2] });

    expectError(response, { status: 400, scimType: 'invalidValue', detail: /attributes/ });
  });
});
