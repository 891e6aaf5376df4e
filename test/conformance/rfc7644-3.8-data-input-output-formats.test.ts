import { expect } from 'chai';

import { scimTestToken, type TestGateway } from '../support/test-gateway.js';
import {
  createUser,
  demoOrgId,
  expectError,
  patchOp,
  rfcUser,
  scimMediaType,
  searchRequestUrn,
  startGateway,
} from './conformance-support.js';

// RFC 7644 section 3.8: SCIM speaks JSON; clients send
// application/scim+json (section 8.1), and plain application/json is
// accepted too. Anything else in a body is 415. Every answer with a body is
// application/scim+json.
describe('RFC 7644 §3.8 Data Input/Output Formats', () => {
  let gateway: TestGateway;

  before(async () => {
    gateway = await startGateway();
  });

  after(async () => {
    await gateway.close();
  });

  const postRaw = (path: string, contentType: string, body: string) =>
    gateway
      .raw()
      .post(`/scim/v2${path}`)
      .set('Authorization', `Bearer ${scimTestToken}`)
      .set('Content-Type', contentType)
      .send(body);

  const emails = () => gateway.simulator.users(demoOrgId).map((user) => user.email);

  const accepted = [
    'application/scim+json',
    'application/scim+json; charset=utf-8',
    'application/json',
    'application/json; charset=UTF-8',
    'Application/SCIM+JSON',
  ];

  accepted.forEach((contentType, index) => {
    it(`accepts a POST body sent as ${contentType}, and answers application/scim+json`, async () => {
      const handle = `media.accepted${index}`;

      const response = await postRaw('/Users', contentType, JSON.stringify(rfcUser(handle)));

      expect(response.status, response.text).to.equal(201);
      expect(response.headers['content-type']).to.match(scimMediaType);
      expect(emails()).to.include(`${handle}@example.com`);
    });
  });

  for (const contentType of [
    'text/plain',
    'application/xml',
    'application/x-www-form-urlencoded',
    'application/octet-stream',
  ]) {
    it(`answers 415 without scimType to a body sent as ${contentType}, and creates nothing`, async () => {
      const before = emails().length;

      const response = await postRaw(
        '/Users',
        contentType,
        JSON.stringify(rfcUser('media.refused')),
      );

      expectError(response, { status: 415 });
      expect(emails()).to.have.lengthOf(before);
    });
  }

  it('answers 415 to a JSON body in another charset', async () => {
    const response = await postRaw(
      '/Users/.search',
      'application/scim+json; charset=iso-8859-1',
      '{}',
    );

    expectError(response, { status: 415 });
  });

  it('answers 415 to a body sent without Content-Type', async () => {
    const response = await gateway
      .raw()
      .post('/scim/v2/Users')
      .set('Authorization', `Bearer ${scimTestToken}`)
      .send(Buffer.from(JSON.stringify(rfcUser('media.untyped'))));

    expectError(response, { status: 415 });
  });

  it('answers 415 to a PATCH body that is not JSON', async () => {
    const user = await createUser(gateway, 'media.patch');

    const response = await gateway
      .raw()
      .patch(`/scim/v2/Users/${user.id}`)
      .set('Authorization', `Bearer ${scimTestToken}`)
      .set('Content-Type', 'text/plain')
      .send(JSON.stringify(patchOp({ op: 'replace', path: 'externalId', value: 'x' })));

    expectError(response, { status: 415 });
  });

  it('answers 400 invalidSyntax to a JSON media type whose body is not JSON', async () => {
    const response = await postRaw('/Users', 'application/scim+json', '{"userName": ');

    expectError(response, { status: 400, scimType: 'invalidSyntax' });
  });

  it('answers application/scim+json whatever Accept asks for', async () => {
    const response = await gateway.get('/ServiceProviderConfig').set('Accept', 'application/json');

    expect(response.status).to.equal(200);
    expect(response.headers['content-type']).to.match(scimMediaType);
  });

  it('answers application/scim+json on every kind of answer with a body', async () => {
    const user = await createUser(gateway, 'media.kinds');
    const answers = await Promise.all([
      gateway.get(`/Users/${user.id}`),
      gateway.get('/Users'),
      gateway.post('/Users/.search', { schemas: [searchRequestUrn] }),
      gateway.patch(
        `/Users/${user.id}`,
        patchOp({ op: 'replace', path: 'externalId', value: 'k' }),
      ),
      gateway.get('/Schemas'),
      gateway.get('/ResourceTypes'),
      gateway.get('/Users/usr_none'),
      gateway.delete('/Users'),
      gateway.get('/Bulk'),
      gateway.raw().get('/scim/v2/Users'),
    ]);

    expect(answers.map((answer) => answer.status)).to.deep.equal([
      200, 200, 200, 200, 200, 200, 404, 405, 501, 401,
    ]);
    for (const answer of answers) expect(answer.headers['content-type']).to.match(scimMediaType);
  });
});
