import { expect } from 'chai';

import { TestGateway } from '../support/test-gateway.js';
import {
  createEntraUser,
  enterpriseUserUrn,
  expectScimError,
  listResponseUrn,
  upstreamCalls,
  usersPath,
  type ScimUser,
} from './entra-test-support.js';

interface ListBody {
  schemas: string[];
  totalResults: number;
  startIndex: number;
  itemsPerPage: number;
  Resources: ScimUser[];
}

const userCount = 12;

describe('GET /Users: rejected filters and paging (entra-protocol.md §2.2, §9.2)', () => {
  let gateway: TestGateway;
  let createdIds: string[];

  before(async () => {
    gateway = await TestGateway.start();
    createdIds = [];
    for (let index = 0; index < userCount; index += 1) {
      createdIds.push((await createEntraUser(gateway)).id);
    }
  });

  beforeEach(() => {
    gateway.simulator.clearRequests();
  });

  after(async () => {
    await gateway.close();
  });

  describe('unsupported or malformed filters: 400 invalidFilter, never an empty list or 404', () => {
    const malformed = [
      ['a comparison without a value', 'userName eq'],
      ['an operator SCIM does not define', 'userName is "a@example.com"'],
      ['an unterminated string', 'userName eq "a@example.com'],
      ['an unclosed bracket', 'emails[type eq "work".value eq "a@example.com"'],
      ['an unbalanced parenthesis', '(userName eq "a@example.com"'],
      ['a dangling "and"', 'userName eq "a@example.com" and'],
      ['only spaces', '   '],
    ];

    for (const [name, filter] of malformed) {
      it(`answers ${name} (${JSON.stringify(filter)}) with 400 invalidFilter, no upstream call`, async () => {
        const response = await gateway.get(`/Users?filter=${encodeURIComponent(filter ?? '')}`);

        expectScimError(response, 400, 'invalidFilter');
        expect(upstreamCalls(gateway)).to.deep.equal([]);
      });
    }

    const notKept = [
      ['displayName', 'displayName eq "Avery Lin"'],
      [`${enterpriseUserUrn}:employeeNumber`, `${enterpriseUserUrn}:employeeNumber eq "E-7001"`],
      ['title', 'title eq "Engineer"'],
      ['manager', 'id eq "usr_abc" and manager eq "usr_def"'],
      ['name.middleName', 'name.middleName eq "Q"'],
    ];

    for (const [attribute, filter] of notKept) {
      it(`answers a filter on ${attribute}, which Systam does not keep, with 400 invalidFilter naming it`, async () => {
        const response = await gateway.get(`/Users?filter=${encodeURIComponent(filter ?? '')}`);

        expectScimError(response, 400, 'invalidFilter', [`"${attribute}"`, 'does not keep']);
        expect(upstreamCalls(gateway)).to.deep.equal([]);
      });
    }
  });

  describe('paging (startIndex, count)', () => {
    async function readPage(startIndex: number, count: number): Promise<ListBody> {
      const response = await gateway
        .get(`/Users?startIndex=${startIndex}&count=${count}`)
        .expect(200);
      return response.body as ListBody;
    }

    it('pages through every user with count=5 across 3 pages, no duplicates, none missing', async () => {
      const pages = [await readPage(1, 5), await readPage(6, 5), await readPage(11, 5)];

      expect(pages.map((page) => page.totalResults)).to.deep.equal([
        userCount,
        userCount,
        userCount,
      ]);
      expect(pages.map((page) => page.startIndex)).to.deep.equal([1, 6, 11]);
      expect(pages.map((page) => page.itemsPerPage)).to.deep.equal([5, 5, 2]);
      expect(pages.map((page) => page.Resources.length)).to.deep.equal([5, 5, 2]);
      const seen = pages.flatMap((page) => page.Resources.map((resource) => resource.id));
      expect(seen).to.deep.equal(createdIds);
    });

    it('asks Systam for each page with one offset/limit query (Account Discovery)', async () => {
      await readPage(6, 5);

      expect(
        upstreamCalls(gateway).map(({ method, path, query }) => ({ method, path, query })),
      ).to.deep.equal([
        { method: 'GET', path: usersPath, query: { linked: 'true', offset: '5', limit: '5' } },
      ]);
    });

    it('answers count=0 with totalResults only: 200, empty Resources', async () => {
      const page = await readPage(1, 0);

      expect(page).to.deep.equal({
        schemas: [listResponseUrn],
        totalResults: userCount,
        startIndex: 1,
        itemsPerPage: 0,
        Resources: [],
      });
    });

    it('answers a startIndex past the end with 200 and an empty page', async () => {
      const page = await readPage(userCount + 5, 5);

      expect(page.totalResults).to.equal(userCount);
      expect(page.startIndex).to.equal(userCount + 5);
      expect(page.Resources).to.deep.equal([]);
    });

    it('pages a filtered result the same way (count=5 over a workspace filter)', async () => {
      const filter = encodeURIComponent(
        'urn:ietf:params:scim:schemas:extension:systam:2.0:User:primaryWorkspace eq "HEL-01"',
      );

      const first = await gateway.get(`/Users?filter=${filter}&startIndex=1&count=5`).expect(200);
      const third = await gateway.get(`/Users?filter=${filter}&startIndex=11&count=5`).expect(200);

      expect(first.body.totalResults).to.equal(userCount);
      expect(first.body.Resources.map((resource: ScimUser) => resource.id)).to.deep.equal(
        createdIds.slice(0, 5),
      );
      expect(third.body.Resources.map((resource: ScimUser) => resource.id)).to.deep.equal(
        createdIds.slice(10),
      );
    });

    it('reads every user with no startIndex and no count: 200, startIndex 1', async () => {
      const response = await gateway.get('/Users').expect(200);

      expect(response.body.totalResults).to.equal(userCount);
      expect(response.body.startIndex).to.equal(1);
      expect(response.body.Resources.map((resource: ScimUser) => resource.id)).to.deep.equal(
        createdIds,
      );
    });

    it('ignores the aadOptscim062020 flag on an unfiltered list', async () => {
      const response = await gateway
        .get('/Users?aadOptscim062020&startIndex=1&count=5')
        .expect(200);

      expect(response.body.totalResults).to.equal(userCount);
      expect(response.body.Resources.map((resource: ScimUser) => resource.id)).to.deep.equal(
        createdIds.slice(0, 5),
      );
    });
  });
});
