import { expect } from 'chai';

import type { TestGateway } from '../support/test-gateway.js';
import {
  coreUserUrn,
  createUser,
  patchOp,
  startGateway,
  systamUserUrn,
} from './conformance-support.js';

// RFC 7643 section 2.1: attribute names, sub-attribute names and schema
// URNs are case-insensitive; the service provider answers in the schema's
// own spelling. Values are not names: they keep their letter case.
describe('RFC 7643 §2.1 Attribute names are case-insensitive', () => {
  let gateway: TestGateway;

  before(async () => {
    gateway = await startGateway();
  });

  after(async () => {
    await gateway.close();
  });

  const shouted = (handle: string) => ({
    schemas: [coreUserUrn, systamUserUrn],
    USERNAME: `${handle}@Example.COM`,
    ExternalID: `Ext-${handle}`,
    NAME: { GIVENNAME: 'Shouted', FamilyName: 'Names' },
    eMails: [{ VALUE: `${handle}@example.com`, TYPE: 'work' }],
    PreferredLANGUAGE: 'en-GB',
    [systamUserUrn.toUpperCase()]: { PRIMARYWORKSPACE: 'NYC-01' },
  });

  const canonical = (handle: string) => ({
    schemas: [coreUserUrn, systamUserUrn],
    externalId: `Ext-${handle}`,
    userName: `${handle}@Example.COM`,
    name: { givenName: 'Shouted', familyName: 'Names' },
    active: true,
    emails: [{ value: `${handle}@example.com`, type: 'work' }],
    preferredLanguage: 'en-GB',
    [systamUserUrn]: { primaryWorkspace: 'NYC-01' },
  });

  const withoutServerParts = (body: Record<string, unknown>) => {
    const { id, meta, ...rest } = body;
    expect(id).to.be.a('string');
    expect(meta).to.be.an('object');
    return rest;
  };

  it("accepts a POST in any letter case and answers in the schema's spelling, values untouched", async () => {
    const response = await gateway.post('/Users', shouted('names.post'));

    expect(response.status, response.text).to.equal(201);
    expect(withoutServerParts(response.body)).to.deep.equal(canonical('names.post'));
  });

  it('accepts the schemas attribute itself in any letter case', async () => {
    const { schemas, ...rest } = shouted('names.schemas');

    const response = await gateway.post('/Users', { ...rest, SCHEMAS: schemas });

    expect(response.status, response.text).to.equal(201);
    expect(withoutServerParts(response.body)).to.deep.equal(canonical('names.schemas'));
  });

  it('accepts a PUT in any letter case', async () => {
    const user = await createUser(gateway, 'names.put');

    const response = await gateway.put(`/Users/${user.id}`, shouted('names.put'));

    expect(response.status, response.text).to.equal(200);
    expect(withoutServerParts(response.body)).to.deep.equal(canonical('names.put'));
  });

  it('resolves PATCH paths in any letter case: attribute, sub-attribute, filter and URN', async () => {
    const user = await createUser(gateway, 'names.patch');

    const response = await gateway.patch(
      `/Users/${user.id}`,
      patchOp(
        { op: 'replace', path: 'NAME.GIVENNAME', value: 'Upper' },
        { op: 'add', path: 'EMAILS[TYPE eq "work"].VALUE', value: 'names.patch@upper.example' },
        { op: 'replace', path: `${systamUserUrn.toUpperCase()}:PRIMARYWORKSPACE`, value: 'SIN-01' },
        { op: 'add', path: 'externalID', value: 'Mixed-Case-Value' },
      ),
    );

    expect(response.status, response.text).to.equal(200);
    expect(response.body).to.deep.include({
      name: { givenName: 'Upper', familyName: 'Conformance' },
      emails: [{ value: 'names.patch@upper.example', type: 'work' }],
      [systamUserUrn]: { primaryWorkspace: 'SIN-01' },
      externalId: 'Mixed-Case-Value',
    });
    expect(response.body).to.not.have.any.keys('NAME', 'externalID', systamUserUrn.toUpperCase());
  });

  it('resolves the keys of a path-less PATCH value in any letter case', async () => {
    const user = await createUser(gateway, 'names.pathless');

    const response = await gateway.patch(
      `/Users/${user.id}`,
      patchOp({
        op: 'replace',
        value: { PREFERREDLANGUAGE: 'fr-CA', Name: { FAMILYNAME: 'Pathless' } },
      }),
    );

    expect(response.status, response.text).to.equal(200);
    expect(response.body.preferredLanguage).to.equal('fr-CA');
    expect(response.body.name).to.deep.equal({
      givenName: 'Names.pathless',
      familyName: 'Pathless',
    });
  });

  it('reads attributes and excludedAttributes in any letter case', async () => {
    const user = await createUser(gateway, 'names.projection');

    const response = await gateway.get(`/Users/${user.id}?attributes=USERNAME,Name.GivenName`);

    expect(response.body).to.deep.equal({
      schemas: [coreUserUrn],
      id: user.id,
      userName: 'names.projection@example.com',
      name: { givenName: 'Names.projection' },
    });
  });

  it('treats userName values differing only in case as the same name, yet keeps the case sent', async () => {
    const created = await gateway.post('/Users', {
      ...shouted('names.keep'),
      USERNAME: 'Keep.My.CASE@example.com',
    });

    const taken = await gateway.post('/Users', {
      ...shouted('names.keep2'),
      userName: 'keep.my.case@EXAMPLE.com',
    });

    expect(created.status).to.equal(201);
    expect(created.body.userName).to.equal('Keep.My.CASE@example.com');
    expect(taken.status).to.equal(409);
  });
});
