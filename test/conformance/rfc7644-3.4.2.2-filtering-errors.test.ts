import { expect } from 'chai';

import type { TestGateway } from '../support/test-gateway.js';
import {
  createUser,
  enterpriseUserUrn,
  expectError,
  expectListResponse,
  filterQuery,
  startGateway,
  systamUserUrn,
  userNamesOf,
} from './conformance-support.js';

// RFC 7644 section 3.4.2.2 and Table 9: a filter that cannot be parsed or
// evaluated is 400 invalidFilter; one that would make the service provider
// read too much is 400 tooMany. Filtering on an attribute Systam does not
// keep is invalidFilter too (policy), never an empty list.
describe('RFC 7644 §3.4.2.2 Filtering: errors', () => {
  describe('invalid filters', () => {
    let gateway: TestGateway;

    before(async () => {
      gateway = await startGateway();
      await createUser(gateway, 'errors.someone');
    });

    after(async () => {
      await gateway.close();
    });

    const invalid: readonly [string, string][] = [
      ['an empty filter', ''],
      ['a filter of blanks', '   '],
      ['an attribute without operator', 'userName'],
      ['an operator without value', 'userName eq'],
      ['an unknown operator', 'userName xx "a"'],
      ['an unclosed parenthesis', '(userName eq "a"'],
      ['an unopened parenthesis', 'userName eq "a")'],
      ['a dangling and', 'userName eq "a" and'],
      ['a leading or', 'or userName eq "a"'],
      ['not without parentheses', 'not userName eq "a"'],
      ['single quotes', "userName eq 'a'"],
      ['an unterminated string', 'userName eq "a'],
      ['an invalid escape', 'userName eq "a\\qb"'],
      ['an unclosed bracket', 'emails[type eq "work"'],
      ['two bracket filters in a row', 'emails[type eq "work"][value pr]'],
      ['nested brackets', 'emails[type eq "work" and emails[value pr]]'],
      ['brackets after a simple attribute', 'userName[value eq "a"]'],
      ['gt on a boolean', 'active gt true'],
      ['co on a boolean', 'active co "t"'],
      ['a boolean compared with a word', 'active eq "maybe"'],
      ['a dateTime compared with a word', 'meta.created gt "yesterday"'],
      ['a whole extension as attribute', `${systamUserUrn} pr`],
      ['a complex attribute without value compared as a whole', 'name eq "x"'],
      ['an unknown schema URN', 'urn:example:params:unknown:2.0:Thing:attr eq "x"'],
      ['a sub-attribute path with three parts', 'name.givenName.first eq "a"'],
    ];

    for (const [label, filter] of invalid) {
      it(`answers 400 invalidFilter for ${label}: ${JSON.stringify(filter)}`, async () => {
        const response = await gateway.get(`/Users${filterQuery(filter)}`);

        expectError(response, { status: 400, scimType: 'invalidFilter' });
      });
    }

    const notKept: readonly [string, RegExp][] = [
      ['displayName eq "x"', /displayName/],
      ['title pr', /title/],
      ['name.middleName eq "x"', /middleName/],
      ['addresses[type eq "work"]', /addresses/],
      ['emails[display eq "x"]', /display/],
      ['emails.primary eq true', /primary/],
      [`${enterpriseUserUrn}:department eq "x"`, /department/],
    ];

    for (const [filter, named] of notKept) {
      it(`answers 400 invalidFilter naming the attribute Systam does not keep: ${filter}`, async () => {
        const response = await gateway.get(`/Users${filterQuery(filter)}`);

        expectError(response, { status: 400, scimType: 'invalidFilter', detail: named });
      });
    }
  });

  // Systam looks users up by userName, externalId, id, work email and
  // workspace; other filters make the gateway read every linked user and
  // evaluate the filter itself, up to query.scanLimit.
  describe('filters the gateway evaluates itself, past the scan limit', () => {
    let gateway: TestGateway;

    before(async () => {
      gateway = await startGateway({
        adjust: (c) => ({ ...c, query: { ...c.query, scanLimit: 3 } }),
      });
      for (const handle of ['scan.one', 'scan.two', 'scan.three', 'scan.four']) {
        await createUser(gateway, handle, { externalId: `x-${handle}` });
      }
    });

    after(async () => {
      await gateway.close();
    });

    for (const filter of [
      'name.givenName sw "Scan"',
      'userName co "scan"',
      'not (externalId eq "x")',
      'externalId pr',
    ]) {
      it(`answers 400 tooMany when ${filter} would scan 4 users past a limit of 3`, async () => {
        const response = await gateway.get(`/Users${filterQuery(filter)}`);

        expectError(response, { status: 400, scimType: 'tooMany', detail: /limit of 3/ });
      });
    }

    const lookedUp: readonly [string, string[]][] = [
      ['userName eq "SCAN.TWO@example.com"', ['scan.two@example.com']],
      ['externalId eq "x-scan.three"', ['scan.three@example.com']],
      ['emails[type eq "work" and value eq "scan.four@example.com"]', ['scan.four@example.com']],
      [
        'userName eq "scan.one@example.com" or externalId eq "x-scan.four"',
        ['scan.one@example.com', 'scan.four@example.com'],
      ],
      ['userName eq "scan.one@example.com" and name.givenName sw "Nobody"', []],
    ];

    for (const [filter, expected] of lookedUp) {
      it(`answers a filter Systam can look up within the limit: ${filter}`, async () => {
        const list = expectListResponse(await gateway.get(`/Users${filterQuery(filter)}`));

        expect(userNamesOf(list)).to.deep.equal(expected);
        expect(list.totalResults).to.equal(expected.length);
      });
    }
  });
});
