import { expect } from 'chai';

import type { RunningSimulator } from '../../src/simulator/start-simulator.js';
import type { UserRecord } from '../../src/simulator/user-record.js';
import {
  callApi,
  createTestUser,
  demoUsersPath,
  linkPath,
  startTestSimulator,
  userPath,
  type UserPage,
} from './simulator-test-support.js';

async function listUsers(simulator: RunningSimulator, query: string) {
  return callApi<UserPage>(simulator, 'GET', `${demoUsersPath}?${query}`);
}

function cursorOf(page: { readonly body: UserPage }): string {
  return encodeURIComponent(page.body.nextCursor ?? '');
}

function idsOf(users: ReadonlyArray<UserRecord | undefined>): Array<string | undefined> {
  return users.map((user) => user?.id);
}

async function listAllIds(simulator: RunningSimulator, query: string): Promise<string[]> {
  const ids: string[] = [];
  let cursor: string | null = null;
  do {
    const suffix: string = cursor === null ? '' : `&cursor=${encodeURIComponent(cursor)}`;
    const answer = await listUsers(simulator, `${query}${suffix}`);
    expect(answer.status).to.equal(200);
    ids.push(...answer.body.items.map((user) => user.id));
    cursor = answer.body.nextCursor;
  } while (cursor !== null);
  return ids;
}

describe('simulator: GET /internal/v1/organizations/{orgId}/users (listUsers)', () => {
  let simulator: RunningSimulator;
  let created: UserRecord[];

  before(async () => {
    simulator = await startTestSimulator();
    created = [];
    for (let i = 1; i <= 5; i += 1) {
      created.push(
        await createTestUser(simulator, `member${i}`, {
          primaryWorkspaceId: i % 2 === 0 ? 'wsp_sin01' : 'wsp_nyc01',
          scimLink: i <= 3 ? { userName: `Member${i}@Example.com`, externalId: `ext-${i}` } : null,
        }),
      );
    }
  });

  after(() => simulator.close());

  const seededIds = ['usr_owner1', 'usr_admin1'];

  it('lists every user in creation order, seeded users first, with totalCount', async () => {
    const answer = await listUsers(simulator, '');

    expect(answer.status).to.equal(200);
    expect(answer.body.items.map((user) => user.id)).to.deep.equal([
      ...seededIds,
      ...created.map((user) => user.id),
    ]);
    expect(answer.body.totalCount).to.equal(7);
    expect(answer.body.nextCursor).to.equal(null);
  });

  it('gives seeded users version 1 and distinct, increasing createdAt values', async () => {
    const { body } = await listUsers(simulator, '');

    const createdAt = body.items.map((user) => Date.parse(user.createdAt));
    expect(createdAt).to.deep.equal([...createdAt].sort((a, b) => a - b));
    expect(new Set(createdAt).size).to.equal(createdAt.length);
    expect(body.items.slice(0, 2).map((user) => user.version)).to.deep.equal([1, 1]);
  });

  it('pages by cursor: full pages, nextCursor null on the last one, totalCount on every page', async () => {
    const first = await listUsers(simulator, 'limit=3');
    expect(first.body.items).to.have.length(3);
    expect(first.body.totalCount).to.equal(7);
    expect(first.body.nextCursor).to.be.a('string');

    const second = await listUsers(simulator, `limit=3&cursor=${cursorOf(first)}`);
    expect(second.body.items).to.have.length(3);
    expect(second.body.totalCount).to.equal(7);

    const third = await listUsers(simulator, `limit=3&cursor=${cursorOf(second)}`);
    expect(third.body.items.map((user) => user.id)).to.deep.equal([created[4]?.id]);
    expect(third.body.nextCursor).to.equal(null);
  });

  it('answers nextCursor null when the last page is exactly full', async () => {
    const answer = await listUsers(simulator, 'limit=7');

    expect(answer.body.items).to.have.length(7);
    expect(answer.body.nextCursor).to.equal(null);
  });

  it('pages by offset, and an offset past the end gives an empty last page', async () => {
    const page = await listUsers(simulator, 'offset=2&limit=2');
    expect(page.body.items.map((user) => user.id)).to.deep.equal([created[0]?.id, created[1]?.id]);
    expect(page.body.totalCount).to.equal(7);
    expect(page.body.nextCursor).to.be.a('string');

    const beyond = await listUsers(simulator, 'offset=50');
    expect(beyond.body.items).to.deep.equal([]);
    expect(beyond.body.nextCursor).to.equal(null);
    expect(beyond.body.totalCount).to.equal(7);
  });

  it('continues an offset page by its nextCursor', async () => {
    const page = await listUsers(simulator, 'offset=4&limit=2');
    const next = await listUsers(simulator, `limit=2&cursor=${cursorOf(page)}`);

    expect(next.body.items.map((user) => user.id)).to.deep.equal([created[4]?.id]);
  });

  it('uses a default limit of 50', async () => {
    const local = await startTestSimulator();
    try {
      for (let i = 0; i < 50; i += 1) await createTestUser(local, `bulk${i}`);

      const answer = await listUsers(local, '');
      expect(answer.body.items).to.have.length(50);
      expect(answer.body.totalCount).to.equal(52);
      expect(answer.body.nextCursor).to.be.a('string');
    } finally {
      await local.close();
    }
  });

  it('neither skips nor repeats a user when one is deleted between two pages', async () => {
    const local = await startTestSimulator();
    try {
      const users = [];
      for (let i = 0; i < 4; i += 1) users.push(await createTestUser(local, `page${i}`));

      const first = await callApi<UserPage>(local, 'GET', `${demoUsersPath}?limit=3`);
      const lastOfFirst = first.body.items.at(-1)?.id ?? '';
      expect((await callApi(local, 'DELETE', userPath(lastOfFirst))).status).to.equal(204);

      const second = await listUsers(local, `limit=3&cursor=${cursorOf(first)}`);
      expect(idsOf(second.body.items)).to.deep.equal(idsOf(users.slice(1)));
    } finally {
      await local.close();
    }
  });

  it('answers 400 VALIDATION_FAILED when both cursor and offset are given', async () => {
    const first = await listUsers(simulator, 'limit=1');
    const query = `offset=1&cursor=${cursorOf(first)}`;
    const answer = await callApi(simulator, 'GET', `${demoUsersPath}?${query}`);

    expect(answer.status).to.equal(400);
    expect(answer.body.error.code).to.equal('VALIDATION_FAILED');
    expect(answer.body.error.details).to.deep.equal({
      in: 'query',
      parameters: ['cursor', 'offset'],
    });
  });

  describe('refusing queries that break the contract with 400 VALIDATION_FAILED', () => {
    const badQueries = [
      'limit=0',
      'limit=201',
      'limit=ten',
      'limit=1&limit=2',
      'offset=-1',
      'linked=yes',
      'updatedSince=2024-01-01',
      'sort=email',
      `email=${'a'.repeat(255)}`,
      `scimUserName=${'a'.repeat(257)}`,
      `cursor=${'a'.repeat(513)}`,
      'cursor=not-a-cursor',
    ];

    for (const query of badQueries) {
      it(`refuses ?${query.length > 40 ? `${query.slice(0, 30)}…` : query}`, async () => {
        const answer = await callApi(simulator, 'GET', `${demoUsersPath}?${query}`);

        expect(answer.status).to.equal(400);
        expect(answer.body.error.code).to.equal('VALIDATION_FAILED');
        expect(answer.body.error.details).to.deep.equal(
          query.startsWith('cursor=not') ? { in: 'query', parameter: 'cursor' } : { in: 'query' },
        );
      });
    }
  });

  it('refuses a cursor whose signature was altered', async () => {
    const first = await listUsers(simulator, 'limit=1');
    const cursor = first.body.nextCursor ?? '';
    const altered = `${cursor.slice(0, -1)}${cursor.endsWith('A') ? 'B' : 'A'}`;

    const query = `limit=1&cursor=${encodeURIComponent(altered)}`;
    const answer = await callApi(simulator, 'GET', `${demoUsersPath}?${query}`);
    expect(answer.status).to.equal(400);
    expect(answer.body.error.code).to.equal('VALIDATION_FAILED');
  });

  it('refuses a cursor issued by another simulator instance', async () => {
    const other = await startTestSimulator();
    try {
      const foreign = await listUsers(other, 'limit=1');
      const cursor = encodeURIComponent(foreign.body.nextCursor ?? '');

      const answer = await callApi(simulator, 'GET', `${demoUsersPath}?limit=1&cursor=${cursor}`);
      expect(answer.status).to.equal(400);
      expect(answer.body.error.message).to.equal('cursor is not a cursor this API issued');
    } finally {
      await other.close();
    }
  });

  it('refuses a cursor used with other filters than the page it came from', async () => {
    const first = await listUsers(simulator, 'limit=1&linked=true');

    const query = `limit=1&linked=false&cursor=${cursorOf(first)}`;
    const answer = await callApi(simulator, 'GET', `${demoUsersPath}?${query}`);
    expect(answer.status).to.equal(400);
    expect(answer.body.error.message).to.equal('cursor belongs to another list or other filters');
  });

  it('refuses a workspace cursor on the user list', async () => {
    const workspaces = await callApi<{ nextCursor: string }>(
      simulator,
      'GET',
      '/internal/v1/organizations/org_demo/workspaces?limit=1',
    );
    const cursor = encodeURIComponent(workspaces.body.nextCursor);

    const answer = await callApi(simulator, 'GET', `${demoUsersPath}?cursor=${cursor}`);
    expect(answer.status).to.equal(400);
  });

  describe('filters', () => {
    it('finds a user by email in another letter case', async () => {
      const answer = await listUsers(simulator, 'email=MEMBER2%40example.COM');

      expect(answer.body.items.map((user) => user.id)).to.deep.equal([created[1]?.id]);
      expect(answer.body.totalCount).to.equal(1);
    });

    it('matches email exactly, not as a prefix or substring', async () => {
      const answer = await listUsers(simulator, 'email=member2%40example.co');

      expect(answer.body.items).to.deep.equal([]);
      expect(answer.body.totalCount).to.equal(0);
      expect(answer.body.nextCursor).to.equal(null);
    });

    it('finds a user by scimUserName in another letter case', async () => {
      const answer = await listUsers(simulator, 'scimUserName=member3%40EXAMPLE.com');

      expect(answer.body.items.map((user) => user.id)).to.deep.equal([created[2]?.id]);
    });

    it('matches externalId exactly, letter case included', async () => {
      const exact = await listUsers(simulator, 'externalId=ext-1');
      const otherCase = await listUsers(simulator, 'externalId=EXT-1');

      expect(exact.body.items.map((user) => user.id)).to.deep.equal([created[0]?.id]);
      expect(otherCase.body.items).to.deep.equal([]);
    });

    it('filters by primary workspace', async () => {
      const answer = await listUsers(simulator, 'workspaceId=wsp_sin01');

      expect(idsOf(answer.body.items)).to.deep.equal(idsOf([created[1], created[3]]));
    });

    it('filters linked=true and linked=false', async () => {
      const linked = await listUsers(simulator, 'linked=true');
      const unlinked = await listUsers(simulator, 'linked=false');

      expect(idsOf(linked.body.items)).to.deep.equal(idsOf(created.slice(0, 3)));
      expect(unlinked.body.items.map((user) => user.id)).to.deep.equal([
        ...seededIds,
        created[3]?.id,
        created[4]?.id,
      ]);
    });

    it('combines filters with AND', async () => {
      const answer = await listUsers(simulator, 'workspaceId=wsp_nyc01&linked=true');

      expect(idsOf(answer.body.items)).to.deep.equal(idsOf([created[0], created[2]]));
      expect(answer.body.totalCount).to.equal(2);
    });

    it('counts totalCount over the filtered users on every page', async () => {
      const answer = await listUsers(simulator, 'linked=false&limit=1');

      expect(answer.body.items).to.have.length(1);
      expect(answer.body.totalCount).to.equal(4);
      expect(await listAllIds(simulator, 'linked=false&limit=1')).to.have.length(4);
    });

    it('returns users updated at or after updatedSince', async () => {
      const local = await startTestSimulator();
      try {
        const early = await createTestUser(local, 'early');
        const late = await createTestUser(local, 'late');
        const relinked = await callApi<UserRecord>(local, 'PUT', linkPath(early.id), {
          body: { userName: 'early' },
        });

        const since = encodeURIComponent(late.updatedAt);
        const answer = await listUsers(local, `updatedSince=${since}`);
        expect(answer.body.items.map((user) => user.id)).to.deep.equal([early.id, late.id]);
        expect(relinked.body.updatedAt > late.updatedAt).to.equal(true);

        const later = new Date(Date.parse(relinked.body.updatedAt) + 1).toISOString();
        const none = await listUsers(local, `updatedSince=${encodeURIComponent(later)}`);
        expect(none.body.totalCount).to.equal(0);
      } finally {
        await local.close();
      }
    });

    it('excludes a user updated within the millisecond before a finer updatedSince', async () => {
      const finer = `${created[4]?.updatedAt.slice(0, -1) ?? ''}0001Z`;
      const answer = await listUsers(simulator, `updatedSince=${encodeURIComponent(finer)}`);

      expect(answer.status).to.equal(200);
      expect(answer.body.totalCount).to.equal(0);
    });

    it('reads a leap second in updatedSince as the second after it', async () => {
      const answer = await listUsers(simulator, 'updatedSince=2016-12-31T23:59:60Z');

      expect(answer.status).to.equal(200);
      expect(answer.body.totalCount).to.equal(7);
    });

    it('accepts updatedSince with a time zone offset', async () => {
      const since = encodeURIComponent('2000-01-01T02:00:00+02:00');
      const answer = await listUsers(simulator, `updatedSince=${since}`);

      expect(answer.status).to.equal(200);
      expect(answer.body.totalCount).to.equal(7);
    });
  });
});
