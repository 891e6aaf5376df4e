import { expect } from 'chai';

import type { TestGateway } from '../support/test-gateway.js';
import {
  createUser,
  expectError,
  expectListResponse,
  findNullPaths,
  patchOp,
  rfcUser,
  searchRequestUrn,
  startGateway,
  systamUserUrn,
} from './conformance-support.js';

// RFC 7643 section 2.5: an unassigned attribute, null, and an empty
// multi-valued list mean the same thing; a service provider does not
// return unassigned attributes, and never returns null. Systam adds: ""
// clears an optional attribute too.
describe('RFC 7643 §2.5 Unassigned and Null Values', () => {
  let gateway: TestGateway;

  before(async () => {
    gateway = await startGateway();
  });

  after(async () => {
    await gateway.close();
  });

  it('accepts null for optional attributes on POST as unassigned, and returns none of them', async () => {
    const response = await gateway.post(
      '/Users',
      rfcUser('null.post', {
        externalId: null,
        preferredLanguage: null,
        phoneNumbers: null,
        displayName: null,
        name: { givenName: 'Null', familyName: 'Post', middleName: null },
        [systamUserUrn]: { primaryWorkspace: 'HEL-01' },
      }),
    );

    expect(response.status, response.text).to.equal(201);
    expect(response.body).to.not.have.any.keys(
      'externalId',
      'preferredLanguage',
      'phoneNumbers',
      'displayName',
    );
    expect(response.body.name).to.deep.equal({ givenName: 'Null', familyName: 'Post' });
    expect(findNullPaths(response.body)).to.deep.equal([]);
  });

  it('answers 400 invalidValue for null in a required attribute', async () => {
    const response = await gateway.post('/Users', rfcUser('null.required', { userName: null }));

    expectError(response, { status: 400, scimType: 'invalidValue', detail: /userName/ });
  });

  it('answers 400 invalidValue for "" in a required attribute', async () => {
    const response = await gateway.post(
      '/Users',
      rfcUser('null.empty', { name: { givenName: '', familyName: 'Empty' } }),
    );

    expectError(response, { status: 400, scimType: 'invalidValue', detail: /givenName/ });
  });

  it('clears an attribute a PUT sets to null', async () => {
    const user = await createUser(gateway, 'null.put', {
      externalId: 'to-clear',
      preferredLanguage: 'en-IE',
    });

    const response = await gateway.put(
      `/Users/${user.id}`,
      rfcUser('null.put', { externalId: null, preferredLanguage: null }),
    );

    expect(response.status).to.equal(200);
    expect(response.body).to.not.have.any.keys('externalId', 'preferredLanguage');
  });

  for (const [label, value] of [
    ['null', null],
    ['""', ''],
  ] as const) {
    it(`clears an attribute a PATCH replaces with ${label}`, async () => {
      const user = await createUser(gateway, `null.patch${label.length}`, {
        externalId: 'to-clear',
        preferredLanguage: 'en-IE',
      });

      const response = await gateway.patch(
        `/Users/${user.id}`,
        patchOp(
          { op: 'replace', path: 'externalId', value },
          { op: 'replace', path: 'preferredLanguage', value },
        ),
      );

      expect(response.status).to.equal(200);
      expect(response.body).to.not.have.any.keys('externalId', 'preferredLanguage');
    });
  }

  it('clears a multi-valued attribute a PATCH replaces with []', async () => {
    const user = await createUser(gateway, 'null.list', {
      phoneNumbers: [{ value: '+1 555 0150', type: 'work' }],
    });

    const response = await gateway.patch(
      `/Users/${user.id}`,
      patchOp({ op: 'replace', path: 'phoneNumbers', value: [] }),
    );

    expect(response.status).to.equal(200);
    expect(response.body).to.not.have.property('phoneNumbers');
  });

  it('never returns null in any answer that carries resources', async () => {
    const user = await createUser(gateway, 'null.sparse');
    const list = await gateway.get('/Users');
    const answers = [
      await gateway.get(`/Users/${user.id}`),
      list,
      await gateway.post('/Users/.search', { schemas: [searchRequestUrn] }),
      await gateway.patch(`/Users/${user.id}`, patchOp({ op: 'remove', path: 'externalId' })),
      await gateway.put(`/Users/${user.id}`, rfcUser('null.sparse')),
      await gateway.get('/Schemas'),
      await gateway.get('/ResourceTypes'),
      await gateway.get('/ServiceProviderConfig'),
    ];

    expect(expectListResponse(list).totalResults).to.be.greaterThan(0);
    answers.forEach((answer, index) => {
      expect(answer.status, `answer ${index}`).to.equal(200);
      expect(findNullPaths(answer.body), `answer ${index}`).to.deep.equal([]);
    });
  });
});
