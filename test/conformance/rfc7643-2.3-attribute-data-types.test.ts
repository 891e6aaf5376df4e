import { expect } from 'chai';

import type { TestGateway } from '../support/test-gateway.js';
import {
  createUser,
  demoOrgId,
  expectError,
  patchOp,
  rfcUser,
  startGateway,
  systamVersionOf,
} from './conformance-support.js';

// RFC 7643 sections 2.2 and 2.3: each attribute has one data type, and a
// value of another JSON type is 400 invalidValue (RFC 7644 section 3.12).
// Systam decided: "True"/"False" strings of a boolean, in any letter case,
// are read as booleans, because Entra ID sends them.
describe('RFC 7643 §2.2 and §2.3 Attribute characteristics and data types', () => {
  let gateway: TestGateway;

  before(async () => {
    gateway = await startGateway();
  });

  after(async () => {
    await gateway.close();
  });

  const emails = () => gateway.simulator.users(demoOrgId).map((user) => user.email);

  describe('wrong JSON types on POST', () => {
    const cases: readonly [string, Record<string, unknown>, RegExp][] = [
      ['userName a number', { userName: 42 }, /userName/],
      ['userName an object', { userName: { value: 'x' } }, /userName/],
      ['externalId a boolean', { externalId: true }, /externalId/],
      ['active a number', { active: 1 }, /active/],
      ['active a word', { active: 'yes' }, /active/],
      ['name a string (complex expected)', { name: 'Full Name' }, /name/],
      ['name.givenName a list', { name: { givenName: ['A'], familyName: 'B' } }, /givenName/],
      [
        'emails an object (multi-valued expected)',
        { emails: { value: 'x@example.com', type: 'work' } },
        /emails/,
      ],
      ['an email value a number', { emails: [{ value: 7, type: 'work' }] }, /emails/],
      [
        'an email value not an address',
        { emails: [{ value: 'not-an-address', type: 'work' }] },
        /emails/,
      ],
      [
        'preferredLanguage not a language tag',
        { preferredLanguage: 'English please' },
        /preferredLanguage/,
      ],
    ];

    for (const [label, overrides, named] of cases) {
      it(`answers 400 invalidValue for ${label}, and creates nothing`, async () => {
        const before = emails().length;

        const response = await gateway.post('/Users', rfcUser('types.bad', overrides));

        expectError(response, { status: 400, scimType: 'invalidValue', detail: named });
        expect(emails()).to.have.lengthOf(before);
      });
    }
  });

  describe('booleans', () => {
    [true, 'true', 'True', 'TRUE'].forEach((value, index) => {
      it(`accepts active ${JSON.stringify(value)} on POST and answers the boolean true`, async () => {
        const handle = `types.active${index}`;

        const response = await gateway.post('/Users', rfcUser(handle, { active: value }));

        expect(response.status, response.text).to.equal(201);
        expect(response.body.active).to.equal(true);
      });
    });

    it('reads active "False" in a PATCH as false, which deletes the user (policy)', async () => {
      const user = await createUser(gateway, 'types.false');

      const response = await gateway.patch(
        `/Users/${user.id}`,
        patchOp({ op: 'replace', path: 'active', value: 'False' }),
      );

      expect(response.status).to.equal(204);
      expect(systamVersionOf(gateway, user.id)).to.equal(undefined);
    });

    it('answers 400 invalidValue for active "0" in a PATCH, and keeps the user', async () => {
      const user = await createUser(gateway, 'types.zero');

      const response = await gateway.patch(
        `/Users/${user.id}`,
        patchOp({ op: 'replace', path: 'active', value: '0' }),
      );

      expectError(response, { status: 400, scimType: 'invalidValue', detail: /active/ });
      expect(systamVersionOf(gateway, user.id)).to.equal(1);
    });
  });

  describe('wrong JSON types on PUT and PATCH', () => {
    it('answers 400 invalidValue for a PUT with a non-string userName, and writes nothing', async () => {
      const user = await createUser(gateway, 'types.put');

      const response = await gateway.put(
        `/Users/${user.id}`,
        rfcUser('types.put', { userName: 12345 }),
      );

      expectError(response, { status: 400, scimType: 'invalidValue', detail: /userName/ });
      expect(systamVersionOf(gateway, user.id)).to.equal(1);
    });

    for (const [path, value] of [
      ['externalId', 7],
      ['name.familyName', false],
      ['name', ['a']],
      ['phoneNumbers', 'one number'],
    ] as const) {
      it(`answers 400 invalidValue for a PATCH giving ${path} ${JSON.stringify(value)}`, async () => {
        const user = await createUser(gateway, `types.patch.${path.replace(/\W/g, '')}`);

        const response = await gateway.patch(
          `/Users/${user.id}`,
          patchOp({ op: 'replace', path, value }),
        );

        expectError(response, { status: 400, scimType: 'invalidValue' });
        expect(systamVersionOf(gateway, user.id)).to.equal(1);
      });
    }
  });

  describe('string values', () => {
    it('returns strings exactly as sent: no trimming, no case folding, no re-formatting', async () => {
      const response = await gateway.post(
        '/Users',
        rfcUser('types.exact', {
          userName: 'Types.EXACT@Example.com',
          externalId: '00Ab-cD_42',
          name: { givenName: 'Émilie  Ann', familyName: "O'Brien-Łukasz" },
          phoneNumbers: [{ value: '+1 (555) 010-0199', type: 'work' }],
          preferredLanguage: 'en-us',
        }),
      );

      expect(response.status, response.text).to.equal(201);
      expect(response.body).to.deep.include({
        userName: 'Types.EXACT@Example.com',
        externalId: '00Ab-cD_42',
        name: { givenName: 'Émilie  Ann', familyName: "O'Brien-Łukasz" },
        phoneNumbers: [{ value: '+1 (555) 010-0199', type: 'work' }],
        preferredLanguage: 'en-us',
      });
    });
  });
});
