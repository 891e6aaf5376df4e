import { expect } from 'chai';

import { expectScimError, patchOp, upstreamWrites } from '../support/scim-expectations.js';
import { demoOrgId, entraUser, systamUserUrn, TestGateway } from '../support/test-gateway.js';

const workEmail = { type: 'work', value: 'avery.lin@example.com', primary: true };
const workPhone = { type: 'work', value: '+358 9 123 456' };
const enterpriseUrn = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';
const ignoredMessage = 'attributes ignored: Systam does not keep them';

// Systam policies, "Attribute mapping": the rules JSON Schema alone cannot say.
describe('attribute rules', () => {
  let gateway: TestGateway;

  beforeEach(async () => {
    gateway = await TestGateway.start();
    gateway.simulator.clearRequests();
  });

  afterEach(async () => {
    await gateway.close();
  });

  const ignoredAttributeLines = () =>
    gateway.log.lines.filter((line) => line.message === ignoredMessage);

  /** Asserts that a refused request left Systam as the demo seed has it. */
  function expectNothingWritten(): void {
    expect(upstreamWrites(gateway.simulator)).to.deep.equal([]);
    expect(gateway.simulator.users(demoOrgId).map((user) => user.id)).to.deep.equal([
      'usr_owner1',
      'usr_admin1',
    ]);
  }

  describe('POST /Users', () => {
    for (const type of ['home', 'Home', 'internal']) {
      it(`answers 400 invalidValue naming emails and the type "${type}", writing nothing`, async () => {
        const body = entraUser({ emails: [workEmail, { type, value: 'avery@home.example' }] });

        const response = await gateway.post('/Users', body);

        expectScimError(response, {
          status: 400,
          scimType: 'invalidValue',
          detail: new RegExp(`emails.*"${type}"`),
        });
        expectNothingWritten();
      });
    }

    for (const type of ['mobile', 'fax', 'pager']) {
      it(`answers 400 invalidValue naming phoneNumbers and the type "${type}", writing nothing`, async () => {
        const body = entraUser({ phoneNumbers: [workPhone, { type, value: '+358 40 1' }] });

        const response = await gateway.post('/Users', body);

        expectScimError(response, {
          status: 400,
          scimType: 'invalidValue',
          detail: new RegExp(`phoneNumbers.*"${type}"`),
        });
        expectNothingWritten();
      });
    }

    it('answers 400 invalidValue naming emails and work when there is no work email', async () => {
      const body = entraUser({ emails: [{ type: 'other', value: 'avery.lin@example.com' }] });

      const response = await gateway.post('/Users', body);

      expectScimError(response, { status: 400, scimType: 'invalidValue', detail: /emails.*work/ });
      expectNothingWritten();
    });

    it('answers 400 invalidValue naming emails when emails is left out', async () => {
      const { emails: _left, ...body } = entraUser();

      const response = await gateway.post('/Users', body);

      expectScimError(response, { status: 400, scimType: 'invalidValue', detail: /emails/ });
      expectNothingWritten();
    });

    it('answers 400 invalidValue naming phoneNumbers and work for phones without a work phone', async () => {
      const body = entraUser({ phoneNumbers: [{ type: 'other', value: '+358 40 1234567' }] });

      const response = await gateway.post('/Users', body);

      expectScimError(response, {
        status: 400,
        scimType: 'invalidValue',
        detail: /phoneNumbers.*work/,
      });
      expectNothingWritten();
    });

    it('answers 400 invalidValue naming primaryWorkspace when the extension is left out', async () => {
      const { [systamUserUrn]: _left, ...body } = entraUser();

      const response = await gateway.post('/Users', body);

      expectScimError(response, {
        status: 400,
        scimType: 'invalidValue',
        detail: /primaryWorkspace/,
      });
      expectNothingWritten();
    });

    it('answers 400 invalidValue naming primaryWorkspace when the extension is empty', async () => {
      const response = await gateway.post('/Users', entraUser({ [systamUserUrn]: {} }));

      expectScimError(response, {
        status: 400,
        scimType: 'invalidValue',
        detail: /primaryWorkspace/,
      });
      expectNothingWritten();
    });

    for (const identifier of ['XYZ-99', 'hel-01', 'HEL-01 ', 'wsp_hel01']) {
      it(`answers 400 invalidValue naming primaryWorkspace and "${identifier}", which matches no identifier`, async () => {
        const body = entraUser({ [systamUserUrn]: { primaryWorkspace: identifier } });

        const response = await gateway.post('/Users', body);

        expectScimError(response, {
          status: 400,
          scimType: 'invalidValue',
          detail: new RegExp(`primaryWorkspace "${identifier}"`),
        });
        expectNothingWritten();
      });
    }

    it('answers 201 and ignores attributes Systam does not keep, logging each at debug level', async () => {
      const body = entraUser({
        displayName: 'Avery Lin',
        title: 'Engineer',
        nickName: 'Ave',
        addresses: [{ type: 'work', streetAddress: '1 Main St', locality: 'Helsinki' }],
        roles: [],
        'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User': {
          department: 'R&D',
          manager: { value: 'usr_owner1' },
        },
      });

      const response = await gateway.post('/Users', body);

      expect(response.status).to.equal(201);
      expect(response.body).not.to.have.any.keys('displayName', 'title', 'nickName', 'addresses');
      const ignored = ignoredAttributeLines();
      expect(ignored.map((line) => line.level)).to.deep.equal(['debug']);
      expect(ignored[0]?.attributes).to.include.members([
        'displayName',
        'title',
        'nickName',
        'addresses',
        'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department',
        'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager',
      ]);
    });

    it('answers 201 and stores nothing for optional attributes sent as null or ""', async () => {
      const body = entraUser({
        externalId: null,
        phoneNumbers: null,
        preferredLanguage: '',
        addresses: null,
      });

      const response = await gateway.post('/Users', body);

      expect(response.status).to.equal(201);
      expect(gateway.simulator.user(demoOrgId, response.body.id)).to.deep.include({
        phone: null,
        secondaryPhone: null,
        language: null,
        scimLink: { userName: 'avery.lin@example.com', externalId: null },
      });
      expect(response.body).not.to.have.any.keys('externalId', 'phoneNumbers', 'preferredLanguage');
    });
  });

  describe('PATCH /Users/{id}', () => {
    let id: string;

    beforeEach(async () => {
      const created = await gateway.post('/Users', entraUser({ phoneNumbers: [workPhone] }));
      id = created.body.id;
      gateway.simulator.clearRequests();
    });

    it('answers 400 invalidValue naming phoneNumbers and "mobile" for a filtered mobile path', async () => {
      const body = patchOp({
        op: 'Add',
        path: 'phoneNumbers[type eq "mobile"].value',
        value: '+1 555',
      });

      const response = await gateway.patch(`/Users/${id}`, body);

      expectScimError(response, {
        status: 400,
        scimType: 'invalidValue',
        detail: /phoneNumbers.*"mobile"/,
      });
      expect(upstreamWrites(gateway.simulator)).to.deep.equal([]);
    });

    it('answers 400 invalidValue naming phoneNumbers and work when the work phone is removed but another stays', async () => {
      const path = 'phoneNumbers[type eq "other"].value';
      const addOther = { op: 'add', path, value: '+1 555 1' };
      await gateway.patch(`/Users/${id}`, patchOp(addOther)).expect(200);
      gateway.simulator.clearRequests();

      const response = await gateway.patch(
        `/Users/${id}`,
        patchOp({ op: 'remove', path: 'phoneNumbers[type eq "work"]' }),
      );

      expectScimError(response, {
        status: 400,
        scimType: 'invalidValue',
        detail: /phoneNumbers.*work/,
      });
      expect(upstreamWrites(gateway.simulator)).to.deep.equal([]);
    });

    it('answers 400 invalidValue naming primaryWorkspace and the value for an unknown workspace', async () => {
      const path = `${systamUserUrn}:primaryWorkspace`;
      const body = patchOp({ op: 'replace', path, value: 'nyc-01' });

      const response = await gateway.patch(`/Users/${id}`, body);

      expectScimError(response, {
        status: 400,
        scimType: 'invalidValue',
        detail: /primaryWorkspace "nyc-01"/,
      });
      expect(gateway.simulator.user(demoOrgId, id)?.primaryWorkspaceId).to.equal('wsp_hel01');
    });

    it('answers 200 to a PATCH that only touches attributes Systam does not keep, writing nothing', async () => {
      const body = patchOp(
        { op: 'Replace', path: 'title', value: 'Lead' },
        { op: 'Add', path: `${enterpriseUrn}:department`, value: 'Ops' },
      );

      const response = await gateway.patch(`/Users/${id}`, body);

      expect(response.status).to.equal(200);
      expect(upstreamWrites(gateway.simulator)).to.deep.equal([]);
      const ignored = ignoredAttributeLines();
      expect(ignored.at(-1)).to.include({ level: 'debug' });
      expect(ignored.at(-1)?.attributes).to.include.members([
        'title',
        `${enterpriseUrn}:department`,
      ]);
    });
  });
});
