import { expect } from 'chai';

import type { TestGateway } from '../support/test-gateway.js';
import {
  coreUserUrn,
  demoOrgId,
  expectError,
  rfcUser,
  scimMediaType,
  startGateway,
  systamUserUrn,
  userUrl,
} from './conformance-support.js';

// RFC 7644 section 3.3: POST to the resource endpoint creates; the answer is
// 201 with the whole resource and a Location header equal to meta.location;
// a value that breaks uniqueness is 409 uniqueness.
describe('RFC 7644 §3.3 Creating Resources', () => {
  let gateway: TestGateway;

  before(async () => {
    gateway = await startGateway();
  });

  after(async () => {
    await gateway.close();
  });

  const linkedCount = () =>
    gateway.simulator.users(demoOrgId).filter((user) => user.scimLink !== null).length;

  it('answers 201 with Location equal to meta.location and an ETag equal to meta.version', async () => {
    const response = await gateway.post('/Users', rfcUser('create.basic'));

    expect(response.status).to.equal(201);
    expect(response.headers['content-type']).to.match(scimMediaType);
    expect(response.headers.location).to.equal(userUrl(response.body.id));
    expect(response.headers.location).to.equal(response.body.meta.location);
    expect(response.headers.etag).to.equal(response.body.meta.version);
  });

  it('answers the whole resource as stored, exactly as GET then answers it', async () => {
    const body = rfcUser('create.full', {
      externalId: 'Ext-Full-01',
      preferredLanguage: 'fi-FI',
      emails: [
        { value: 'create.full@example.com', type: 'work' },
        { value: 'create.full@home.example', type: 'other' },
      ],
      phoneNumbers: [
        { value: '+358 40 000 0001', type: 'work' },
        { value: '+358 40 000 0002', type: 'other' },
      ],
      [systamUserUrn]: { primaryWorkspace: 'SIN-01' },
    });

    const created = await gateway.post('/Users', body);
    const read = await gateway.get(`/Users/${created.body.id}`);

    expect(created.status).to.equal(201);
    const { id, meta, ...rest } = created.body;
    expect(id).to.be.a('string').that.is.not.empty;
    expect(meta.resourceType).to.equal('User');
    expect(rest).to.deep.equal({
      schemas: [coreUserUrn, systamUserUrn],
      externalId: 'Ext-Full-01',
      userName: 'create.full@example.com',
      name: { givenName: 'Create.full', familyName: 'Conformance' },
      active: true,
      emails: body.emails,
      phoneNumbers: body.phoneNumbers,
      preferredLanguage: 'fi-FI',
      [systamUserUrn]: { primaryWorkspace: 'SIN-01' },
    });
    expect(read.body).to.deep.equal(created.body);
  });

  it('assigns the id itself and ignores an id in the request (RFC 7643 §3.1)', async () => {
    const response = await gateway.post(
      '/Users',
      rfcUser('create.id', { id: 'usr_chosenByClient' }),
    );

    expect(response.status).to.equal(201);
    expect(response.body.id).to.not.equal('usr_chosenByClient');
    expect((await gateway.get('/Users/usr_chosenByClient')).status).to.equal(404);
  });

  it('gives two users two different ids', async () => {
    const first = await gateway.post('/Users', rfcUser('create.first'));
    const second = await gateway.post('/Users', rfcUser('create.second'));

    expect(first.status).to.equal(201);
    expect(second.status).to.equal(201);
    expect(first.body.id).to.not.equal(second.body.id);
  });

  it('answers 409 uniqueness for a userName already taken, and creates nothing', async () => {
    await gateway.post('/Users', rfcUser('create.taken')).expect(201);
    const before = linkedCount();

    const response = await gateway.post(
      '/Users',
      rfcUser('create.other', { userName: 'create.taken@example.com' }),
    );

    expectError(response, {
      status: 409,
      scimType: 'uniqueness',
      detail: /create\.taken@example\.com/,
    });
    expect(linkedCount()).to.equal(before);
    expect(gateway.simulator.users(demoOrgId).map((user) => user.email)).to.not.include(
      'create.other@example.com',
    );
  });

  it('answers 409 uniqueness for a taken userName in another letter case (userName is caseExact false)', async () => {
    await gateway.post('/Users', rfcUser('create.cased')).expect(201);
    const before = linkedCount();

    const response = await gateway.post(
      '/Users',
      rfcUser('create.cased2', { userName: 'CREATE.Cased@Example.COM' }),
    );

    expectError(response, { status: 409, scimType: 'uniqueness' });
    expect(linkedCount()).to.equal(before);
  });

  it('answers 400 invalidSyntax when the body is not a JSON object, and creates nothing', async () => {
    const before = linkedCount();

    const response = await gateway.post('/Users', ['not', 'a', 'resource']);

    expectError(response, { status: 400, scimType: 'invalidSyntax' });
    expect(linkedCount()).to.equal(before);
  });

  for (const [label, schemas] of [
    ['without schemas', undefined],
    ['whose schemas is a string, not a list', coreUserUrn],
    ['whose schemas lists only the extension', [systamUserUrn]],
    [
      "whose schemas lists another resource's schema",
      ['urn:ietf:params:scim:schemas:core:2.0:Group'],
    ],
  ] as const) {
    it(`answers 400 invalidSyntax for a body ${label} (RFC 7643 §3: schemas is required), and creates nothing`, async () => {
      const before = linkedCount();

      const response = await gateway.post(
        '/Users',
        rfcUser(`create.schemas${before}`, { schemas }),
      );

      expectError(response, { status: 400, scimType: 'invalidSyntax', detail: /schemas/ });
      expect(linkedCount()).to.equal(before);
    });
  }

  it('accepts schemas that omit the extension URN, and answers with both (policy)', async () => {
    const response = await gateway.post(
      '/Users',
      rfcUser('create.coreonly', { schemas: [coreUserUrn] }),
    );

    expect(response.status, response.text).to.equal(201);
    expect(response.body.schemas).to.deep.equal([coreUserUrn, systamUserUrn]);
    expect(response.body[systamUserUrn]).to.deep.equal({ primaryWorkspace: 'HEL-01' });
  });

  it('answers 400 invalidValue when a required attribute is missing, and creates nothing', async () => {
    const before = linkedCount();

    const response = await gateway.post('/Users', rfcUser('create.noname', { name: undefined }));

    expectError(response, { status: 400, scimType: 'invalidValue', detail: /name/ });
    expect(linkedCount()).to.equal(before);
  });

  it('answers 400 invalidValue for active false, and creates nothing (policy: no inactive users)', async () => {
    const before = linkedCount();

    const response = await gateway.post('/Users', rfcUser('create.inactive', { active: false }));

    expectError(response, { status: 400, scimType: 'invalidValue', detail: /inactive/ });
    expect(linkedCount()).to.equal(before);
  });

  it('accepts attributes Systam does not keep and neither stores nor returns them (policy)', async () => {
    const response = await gateway.post(
      '/Users',
      rfcUser('create.extra', {
        displayName: 'Create Extra',
        title: 'Tester',
        addresses: [{ type: 'work', locality: 'Helsinki' }],
      }),
    );

    expect(response.status).to.equal(201);
    expect(response.body).to.not.have.any.keys('displayName', 'title', 'addresses');
    const read = await gateway.get(`/Users/${response.body.id}`);
    expect(read.body).to.not.have.any.keys('displayName', 'title', 'addresses');
  });
});
