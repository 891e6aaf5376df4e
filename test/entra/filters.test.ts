import { randomUUID } from 'node:crypto';

import { expect } from 'chai';

import { scimTestToken, systamUserUrn, TestGateway } from '../support/test-gateway.js';
import {
  createEntraUser,
  listResponseUrn,
  upstreamCalls,
  usersPath,
  withoutMeta,
  workspacePath,
  workspacesPath,
  type ScimUser,
} from './entra-test-support.js';
import { rawGet } from './raw-http.js';

interface ListBody {
  schemas: string[];
  totalResults: number;
  startIndex: number;
  itemsPerPage: number;
  Resources: ScimUser[];
}

function expectList(body: unknown, ids: readonly string[]): ListBody {
  const list = body as ListBody;
  expect(list.schemas, JSON.stringify(body)).to.deep.equal([listResponseUrn]);
  expect(list.Resources.map((resource) => resource.id)).to.deep.equal(ids);
  expect(list.totalResults).to.equal(ids.length);
  expect(list.itemsPerPage).to.equal(ids.length);
  expect(list.startIndex).to.equal(1);
  return list;
}

describe('GET /Users?filter=…: the filters Entra sends (entra-protocol.md §2.1, §2.3)', () => {
  let gateway: TestGateway;
  let target: ScimUser;
  let colleague: ScimUser;

  // One look-up: the only upstream call is GET …/users with exactly these parameters.
  function expectOneUserQuery(parameters: Record<string, string>): void {
    expect(
      upstreamCalls(gateway).map(({ method, path, query }) => ({ method, path, query })),
    ).to.deep.equal([
      { method: 'GET', path: usersPath, query: { ...parameters, linked: 'true', limit: '200' } },
    ]);
  }

  before(async () => {
    gateway = await TestGateway.start();
    target = await createEntraUser(gateway, {
      userName: 'Filter.Target@Example.com',
      externalId: 'ftarget',
      emails: [
        { type: 'work', value: 'filter.target@example.com', primary: true },
        { type: 'other', value: 'colleague.work@example.com' },
      ],
      [systamUserUrn]: { primaryWorkspace: 'NYC-01' },
    });
    colleague = await createEntraUser(gateway, {
      userName: 'colleague@example.com',
      externalId: 'fcolleague',
      emails: [{ type: 'work', value: 'colleague.work@example.com', primary: true }],
    });
  });

  beforeEach(() => {
    gateway.simulator.clearRequests();
  });

  after(async () => {
    await gateway.close();
  });

  it('answers the Test Connection probe (+ spaces, %22 quotes) with 200 and an empty ListResponse', async () => {
    const guid = randomUUID();

    const response = await gateway.get(`/Users?filter=userName+eq+%22${guid}%22`).expect(200);

    expect(response.body).to.deep.equal({
      schemas: [listResponseUrn],
      totalResults: 0,
      startIndex: 1,
      itemsPerPage: 0,
      Resources: [],
    });
    expect(response.headers['content-type']).to.match(/^application\/scim\+json/);
    expectOneUserQuery({ scimUserName: guid });
  });

  it('answers the probe with literal quotes on the wire with 200 and an empty ListResponse', async () => {
    const guid = randomUUID();

    const response = await rawGet(
      gateway.gateway.app,
      `/scim/v2/Users?filter=userName+eq+"${guid}"`,
      scimTestToken,
    );

    expect(response.status).to.equal(200);
    expectList(response.body, []);
    expectOneUserQuery({ scimUserName: guid });
  });

  it('finds the user by userName in another letter case: 200, the user as GET returns it', async () => {
    const response = await gateway
      .get('/Users?filter=userName+eq+%22FILTER.TARGET%40EXAMPLE.COM%22')
      .expect(200);

    const list = expectList(response.body, [target.id]);
    const read = await gateway.get(`/Users/${target.id}`).expect(200);
    expect(withoutMeta(list.Resources[0] ?? {})).to.deep.equal(withoutMeta(read.body));
    expect(list.Resources[0]?.userName).to.equal('Filter.Target@Example.com');
  });

  it('sends one scimUserName look-up for a userName filter, never a scan', async () => {
    await gateway
      .get('/Users?filter=userName%20eq%20%22filter.target%40example.com%22')
      .expect(200);

    expectOneUserQuery({ scimUserName: 'filter.target@example.com' });
  });

  for (const [form, filter] of [
    ['quoted', 'externalId+eq+%22ftarget%22'],
    ['unquoted', 'externalId+eq+ftarget'],
  ] as const) {
    it(`finds the user by ${form} externalId with one externalId look-up: 200`, async () => {
      const response = await gateway.get(`/Users?filter=${filter}`).expect(200);

      expectList(response.body, [target.id]);
      expectOneUserQuery({ externalId: 'ftarget' });
    });
  }

  it('finds the user by id eq with one GET …/users/{id}: 200', async () => {
    const response = await gateway.get(`/Users?filter=id+eq+%22${target.id}%22`).expect(200);

    expectList(response.body, [target.id]);
    expect(gateway.upstreamCalls()).to.deep.equal([`GET ${usersPath}/${target.id}`]);
  });

  it('answers id eq of an unknown id with 200 and an empty list, not 404', async () => {
    const response = await gateway.get('/Users?filter=id+eq+%22usr_unknown000000%22').expect(200);

    expectList(response.body, []);
    expect(gateway.upstreamCalls()).to.deep.equal([`GET ${usersPath}/usr_unknown000000`]);
  });

  it('finds emails[type eq "work"].value eq … with one email look-up, ignoring other emails: 200', async () => {
    const response = await gateway
      .get(
        '/Users?filter=emails%5Btype+eq+%22work%22%5D.value+eq+%22colleague.work%40example.com%22',
      )
      .expect(200);

    expectList(response.body, [colleague.id]);
    expectOneUserQuery({ email: 'colleague.work@example.com' });
  });

  it('answers the URN-qualified extension filter with a 200 list, not 404, in one look-up', async () => {
    const encoded = encodeURIComponent(`${workspacePath} eq "NYC-01"`);

    const response = await gateway.get(`/Users?filter=${encoded}`).expect(200);

    expectList(response.body, [target.id]);
    expectOneUserQuery({ workspaceId: 'wsp_nyc01' });
  });

  it('looks a workspace identifier up once and then from the cache', async () => {
    const filter = encodeURIComponent(`${workspacePath} eq "SIN-01"`);

    await gateway.get(`/Users?filter=${filter}`).expect(200);
    const first = upstreamCalls(gateway).map(({ path, query }) => ({ path, query }));
    gateway.simulator.clearRequests();
    const response = await gateway.get(`/Users?filter=${filter}`).expect(200);

    expect(first).to.deep.equal([
      { path: workspacesPath, query: { identifier: 'SIN-01', limit: '1' } },
      { path: usersPath, query: { workspaceId: 'wsp_sin01', linked: 'true', limit: '200' } },
    ]);
    expectList(response.body, []);
    expectOneUserQuery({ workspaceId: 'wsp_sin01' });
  });

  it('combines userName and externalId with "and" into one look-up: 200', async () => {
    const response = await gateway
      .get(
        '/Users?filter=userName+eq+%22filter.target%40example.com%22' +
          '+and+externalId+eq+%22ftarget%22',
      )
      .expect(200);

    expectList(response.body, [target.id]);
    expectOneUserQuery({ scimUserName: 'filter.target@example.com', externalId: 'ftarget' });
  });

  it('answers an "and" whose sides name different users with an empty list: 200', async () => {
    const response = await gateway
      .get(
        '/Users?filter=userName+eq+%22colleague%40example.com%22+and+externalId+eq+%22ftarget%22',
      )
      .expect(200);

    expectList(response.body, []);
    expectOneUserQuery({ scimUserName: 'colleague@example.com', externalId: 'ftarget' });
  });

  it('combines the work email filter with userName into one look-up: 200', async () => {
    const response = await gateway
      .get(
        '/Users?filter=emails%5Btype+eq+%22work%22%5D.value+eq+%22filter.target%40example.com%22' +
          '+and+userName+eq+%22Filter.Target%40Example.com%22',
      )
      .expect(200);

    expectList(response.body, [target.id]);
    expectOneUserQuery({
      email: 'filter.target@example.com',
      scimUserName: 'Filter.Target@Example.com',
    });
  });

  it('reads attribute names and operators in any letter case, still one look-up: 200', async () => {
    const response = await gateway
      .get(
        '/Users?filter=Emails%5BType+EQ+%22Work%22%5D.Value+Eq+%22filter.target%40example.com%22' +
          '+AND+EXTERNALID+eq+%22ftarget%22',
      )
      .expect(200);

    expectList(response.body, [target.id]);
    expectOneUserQuery({ email: 'filter.target@example.com', externalId: 'ftarget' });
  });

  it('ignores the aadOptscim062020 flag in the query string: 200, same single look-up', async () => {
    const response = await gateway
      .get('/Users?aadOptscim062020&filter=userName+eq+%22colleague%40example.com%22')
      .expect(200);

    expectList(response.body, [colleague.id]);
    expectOneUserQuery({ scimUserName: 'colleague@example.com' });
  });
});
