import { expect } from 'chai';

import { demoSeedWith, linkedSeedUser } from '../support/policy-seeds.js';
import { filterQuery, patchOp } from '../support/scim-expectations.js';
import { entraUser, scimPath, scimTestToken, TestGateway } from '../support/test-gateway.js';

const member = linkedSeedUser({ id: 'usr_member', email: 'member@example.com' });
const demoServiceToken = 'systam-demo-service-token';
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const formatted = Symbol.for('message');

type LogLine = Record<string, unknown> & { [formatted]?: string };

// Systam policies and project rules on logging (style anchors 11 to 13).
describe('request logging', () => {
  let gateway: TestGateway;

  beforeEach(async () => {
    gateway = await TestGateway.start({ seed: demoSeedWith(member) });
    gateway.simulator.clearRequests();
    gateway.log.clear();
  });

  afterEach(async () => {
    await gateway.close();
  });

  const forwardedIds = () => new Set(gateway.simulator.requests.map((entry) => entry.requestId));
  const requestLines = (): LogLine[] =>
    gateway.log.lines.filter((line) => line.message === 'request completed') as LogLine[];

  describe('POST /Users', () => {
    it('writes one JSON line with method, route, status, duration, tenant, request id and upstream calls', async () => {
      const response = await gateway.post('/Users', entraUser());

      expect(response.status).to.equal(201);
      const lines = requestLines();
      expect(lines).to.have.lengthOf(1);
      const line = lines[0]!;
      expect(line).to.include({
        level: 'info',
        method: 'POST',
        route: '/scim/v2/Users',
        status: 201,
        tenant: 'default',
        requestId: response.headers['x-request-id'],
      });
      expect(line.durationMs).to.be.a('number').and.at.least(0);
      const calls = line.upstreamCalls as { operation: string; status: number }[];
      const upstreamStatuses = gateway.simulator.requests.map((entry) => entry.status);
      expect(calls.map((call) => call.status)).to.deep.equal(upstreamStatuses);
      expect(calls.map((call) => call.operation)).to.include('createUser');
      const text = line[formatted]!;
      expect(text).not.to.include('\n');
      expect(JSON.parse(text)).to.include({
        message: 'request completed',
        route: '/scim/v2/Users',
      });
    });
  });

  describe('GET /Users/{id} and GET /Users?filter', () => {
    it('logs the route pattern, never the id or the filter value', async () => {
      await gateway.get('/Users/usr_member').expect(200);
      await gateway.get(`/Users${filterQuery('userName eq "member@example.com"')}`).expect(200);

      expect(requestLines().map((line) => line.route)).to.deep.equal([
        '/scim/v2/Users/:id',
        '/scim/v2/Users',
      ]);
      expect(JSON.stringify(requestLines())).not.to.match(/usr_member|member@example\.com/);
    });

    it('logs the route pattern of POST /Users also when the body is refused before routing', async () => {
      await gateway.post('/Users').send('{"userName": ').expect(400);
      const tooLarge = JSON.stringify(entraUser({ title: 'x'.repeat(1024 * 1024) }));
      await gateway.post('/Users').send(tooLarge).expect(413);

      expect(requestLines().map((line) => [line.status, line.route])).to.deep.equal([
        [400, '/scim/v2/Users'],
        [413, '/scim/v2/Users'],
      ]);
    });

    it('writes exactly one line per request, each with its own request id', async () => {
      await gateway.get('/Users/usr_member');
      await gateway.get('/Users/usr_unknown');
      await gateway.get('/Users');

      const ids = requestLines().map((line) => line.requestId);
      expect(requestLines().map((line) => line.status)).to.deep.equal([200, 404, 200]);
      expect(new Set(ids).size).to.equal(3);
    });

    it('logs a 5xx answer at error level and a 4xx answer at info level', async () => {
      gateway.simulator.injectFault({ kind: 'internal', times: 1 });

      await gateway.get('/Users/usr_member').expect(502);
      await gateway.get('/Users/usr_unknown').expect(404);

      expect(requestLines().map((line) => [line.status, line.level])).to.deep.equal([
        [502, 'error'],
        [404, 'info'],
      ]);
    });
  });

  describe('X-Request-Id', () => {
    it('echoes a safe inbound id, forwards it on every upstream call and logs it', async () => {
      const response = await gateway
        .patch('/Users/usr_member', patchOp({ op: 'replace', path: 'name.givenName', value: 'M' }))
        .set('X-Request-Id', 'entra-7f3a.42:retry_1');

      expect(response.headers['x-request-id']).to.equal('entra-7f3a.42:retry_1');
      expect(gateway.simulator.requests.length).to.be.at.least(2);
      expect(forwardedIds()).to.deep.equal(new Set(['entra-7f3a.42:retry_1']));
      expect(requestLines()[0]?.requestId).to.equal('entra-7f3a.42:retry_1');
    });

    it('creates an id when there is none, and forwards that one', async () => {
      const response = await gateway.get('/Users/usr_member');

      const id = response.headers['x-request-id'];
      expect(id).to.match(uuid);
      expect(forwardedIds()).to.deep.equal(new Set([id]));
    });

    for (const [label, unsafe] of [
      ['spaces and quotes', 'id with "quotes" and spaces'],
      ['log-forging characters', 'abc{"level":"error"}'],
      ['an id over 128 characters', 'a'.repeat(129)],
    ]) {
      it(`replaces an unsafe inbound id (${label}) with a new one, echoed and forwarded`, async () => {
        const response = await gateway.get('/Users/usr_member').set('X-Request-Id', unsafe!);

        const id = response.headers['x-request-id'];
        expect(id).to.match(uuid);
        expect(forwardedIds()).to.deep.equal(new Set([id]));
        expect(gateway.log.text()).not.to.include(unsafe);
      });
    }
  });

  describe('secrets and bodies', () => {
    it('never logs a bearer token, the Systam service token, a password or a request body', async () => {
      const password = 'S3cret!Pa55-word#91';
      const wrongToken = 'wrong-token-abcdefghij';
      const body = entraUser({
        password,
        userName: 'logged.user@example.com',
        name: { givenName: 'Quilliam', familyName: 'Unlogged' },
        emails: [{ type: 'work', value: 'logged.user@example.com' }],
        title: 'Title-Marker-5531',
      });

      await gateway.post('/Users', body).expect(201);
      const setPassword = patchOp({ op: 'replace', path: 'password', value: password });
      await gateway.patch('/Users/usr_member', setPassword).expect(200);
      await gateway
        .raw()
        .get(scimPath('/Users'))
        .set('Authorization', `Bearer ${wrongToken}`)
        .expect(401);
      gateway.simulator.injectFault({ kind: 'internal', times: 1 });
      await gateway.post('/Users', { ...body, userName: 'second@example.com' }).expect(502);

      const text = gateway.log.text();
      expect(gateway.log.lines.length).to.be.at.least(5);
      for (const secret of [scimTestToken, wrongToken, demoServiceToken, password, 'S3cret!']) {
        expect(text).not.to.include(secret);
      }
      const bodyValues = ['Quilliam', 'Unlogged', 'Title-Marker-5531', 'logged.user@example.com'];
      for (const value of [...bodyValues, '"password":']) {
        expect(text).not.to.include(value);
      }
    });
  });
});
