import { expect } from 'chai';
import { gzipSync } from 'node:zlib';

import {
  coreUserUrn,
  entraUser,
  patchOpUrn,
  scimTestToken,
  TestGateway,
} from '../support/test-gateway.js';

// Inputs from an adversarial review, each held to the product promise:
// every bad input gets a clear SCIM error and changes nothing.
describe('hostile input', () => {
  let gateway: TestGateway;
  let n = 0;
  const fresh = async (): Promise<string> => {
    n += 1;
    const email = `hostile${n}@example.com`;
    const created = await gateway
      .post('/Users', entraUser({ userName: email, emails: [{ type: 'work', value: email }] }))
      .expect(201);
    return created.body.id as string;
  };

  before(async () => {
    gateway = await TestGateway.start();
  });
  after(async () => {
    await gateway.close();
  });

  it('PUT with an invalid body and active:false changes nothing', async () => {
    const id = await fresh();
    await gateway
      .put(`/Users/${id}`, { schemas: [coreUserUrn], active: false, userName: 12345, emails: 'x' })
      .expect(400);
    await gateway.get(`/Users/${id}`).expect(200);
  });

  it('PATCH that also sets an invalid value and active:false changes nothing', async () => {
    const id = await fresh();
    await gateway
      .patch(`/Users/${id}`, {
        schemas: [patchOpUrn],
        Operations: [
          { op: 'replace', path: 'userName', value: '' },
          { op: 'replace', path: 'active', value: false },
        ],
      })
      .expect(400);
    await gateway.get(`/Users/${id}`).expect(200);
  });

  it('answers 400 invalidSyntax, not 500, to a malformed percent-escape in the path', async () => {
    const response = await gateway.get('/Users/%ZZ').expect(400);

    expect(response.body.scimType).to.equal('invalidSyntax');
    await gateway.raw().get('/scim/%ZZ/Users').expect(400);
  });

  it('answers 415 to a compressed body, corrupt or not', async () => {
    const body = Buffer.from(JSON.stringify(entraUser({ userName: 'gz@example.com' })));
    const response = await gateway
      .raw()
      .post('/scim/v2/Users')
      .set('Authorization', `Bearer ${scimTestToken}`)
      .set('Content-Type', 'application/scim+json')
      .set('Content-Encoding', 'gzip')
      .send(gzipSync(body).subarray(0, 40));

    expect(response.status).to.equal(415);
    expect(response.body.detail).to.match(/without content encoding/);
  });

  it('answers 400 invalidSyntax, not 500, to values nested 5,000 deep', async () => {
    const text = JSON.stringify(entraUser({ userName: 'deep@example.com' }));
    const body = `${text.slice(0, -1)},"name":${'['.repeat(5000)}${']'.repeat(5000)}}`;

    const response = await gateway.post('/Users').send(body).expect(400);

    expect(response.body.detail).to.match(/nests deeper than 32 levels/);
  });

  it('answers 200, not 502, to a leap second the filter accepts', async () => {
    const filter = encodeURIComponent('meta.lastModified gt "2024-01-01T10:00:60Z"');

    await gateway.get(`/Users?filter=${filter}`).expect(200);

    const query = gateway.simulator.requests.at(-1)?.query;
    expect(query?.updatedSince).to.equal('2024-01-01T10:01:00.000Z');
  });

  it('answers 200 with an empty page, not 502, to a startIndex of 10^20', async () => {
    const response = await gateway
      .post('/Users/.search', {
        schemas: ['urn:ietf:params:scim:api:messages:2.0:SearchRequest'],
        startIndex: 1e20,
      })
      .expect(200);

    expect(response.body.Resources).to.deep.equal([]);
  });

  it('keeps a Host header with a path or query out of Location', async () => {
    const response = await gateway
      .post(
        '/Users',
        entraUser({
          userName: 'host@example.com',
          emails: [{ type: 'work', value: 'host@example.com' }],
        }),
      )
      .set('Host', 'evil.example:1/x?y#')
      .expect(201);

    expect(response.headers.location).to.match(/^http:\/\/localhost\/scim\/v2\/Users\/usr_/);
  });

  it('answers 412 to a weak tag in If-Match, which never matches (RFC 9110 section 13.1.1)', async () => {
    const id = await fresh();

    await gateway
      .patch(`/Users/${id}`, {
        schemas: [patchOpUrn],
        Operations: [{ op: 'replace', path: 'name.givenName', value: 'Weak' }],
      })
      .set('If-Match', 'W/"1"')
      .expect(412);
  });

  it('answers 400 invalidFilter to a malformed filter on /Groups', async () => {
    const response = await gateway.get(`/Groups?filter=${encodeURIComponent('((((')}`).expect(400);

    expect(response.body.scimType).to.equal('invalidFilter');
  });

  it('reads every user once for an or of broad look-ups, not once per term', async () => {
    const filter = Array.from(
      { length: 10 },
      (_, year) => `meta.lastModified gt "20${String(year).padStart(2, '0')}-01-01T00:00:00Z"`,
    ).join(' or ');
    gateway.simulator.clearRequests();

    await gateway.get(`/Users?filter=${encodeURIComponent(filter)}`).expect(200);

    const lists = gateway.simulator.requests.filter((entry) => entry.path.endsWith('/users'));
    expect(lists).to.have.length(1);
    expect(lists[0]?.query.updatedSince).to.equal(undefined);
  });

  it('accepts a body with 40,000 unknown attributes and logs only the first 20 names', async () => {
    const body: Record<string, unknown> = entraUser({ userName: 'keys@example.com' });
    for (let i = 0; i < 40000; i += 1) body[`x${i.toString(36)}`] = 0;
    gateway.log.clear();

    await gateway.post('/Users', body).expect(201);

    const ignored = gateway.log.lines.find(
      (line) => line.message === 'attributes ignored: Systam does not keep them',
    );
    expect(ignored?.count).to.be.at.least(40000);
    expect(ignored?.attributes).to.have.length(20);
  });

  it('refuses 8,000 emails in one PATCH with 400 invalidValue before comparing them', async () => {
    const id = await fresh();
    const value = Array.from({ length: 8000 }, (_, i) => ({ value: `a${i}@x.io`, type: 'other' }));
    gateway.simulator.clearRequests();

    const response = await gateway
      .patch(`/Users/${id}`, {
        schemas: [patchOpUrn],
        Operations: [{ op: 'add', path: 'emails', value }],
      })
      .expect(400);

    expect(response.body.scimType).to.equal('invalidValue');
    expect(response.body.detail).to.match(/emails takes at most 100 values, not 8000/);
    expect(gateway.upstreamCalls().filter((call) => !call.startsWith('GET'))).to.deep.equal([]);
  });

  it('concurrent POSTs that link the owner: exactly one wins', async () => {
    const attempts = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        gateway.post(
          '/Users',
          entraUser({
            userName: `owner-claim-${i}@corp`,
            emails: [{ type: 'work', value: 'olivia.owner@example.com' }],
            name: { givenName: 'Olivia', familyName: 'Owner' },
            preferredLanguage: 'en-US',
          }),
        ),
      ),
    );
    expect(attempts.filter((response) => response.status === 201)).to.have.length(1);
  });
});
