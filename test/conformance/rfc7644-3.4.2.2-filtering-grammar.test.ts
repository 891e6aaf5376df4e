import { expect } from 'chai';

import type { TestGateway } from '../support/test-gateway.js';
import { coreUserUrn, startGateway, systamUserUrn } from './conformance-support.js';
import {
  alice,
  bob,
  carol,
  createFilterPopulation,
  dan,
  everyone,
  filterUserNames,
} from './filter-population.js';

const workspace = `${systamUserUrn}:primaryWorkspace`;

// RFC 7644 section 3.4.2.2: the logical operators and their precedence
// (not, then and, then or), grouping, value paths, URN-qualified names,
// JSON string escapes, and names and operators in any letter case.
describe('RFC 7644 §3.4.2.2 Filtering: grammar', () => {
  let gateway: TestGateway;

  before(async () => {
    gateway = await startGateway();
    await createFilterPopulation(gateway);
  });

  after(async () => {
    await gateway.close();
  });

  const run = (cases: readonly [string, string, readonly string[]][]) => {
    for (const [label, filter, expected] of cases) {
      it(`answers ${label}: ${filter}`, async () => {
        const names = await filterUserNames(gateway, filter);

        expect(names).to.deep.equal(expected);
      });
    }
  };

  describe('logical operators, precedence and grouping', () => {
    run([
      ['and', 'externalId pr and preferredLanguage pr', [alice, bob]],
      ['or', 'userName sw "alice" or userName sw "carol"', [alice, carol]],
      ['not', 'not (externalId pr)', [carol]],
      [
        'and before or',
        'userName sw "alice" or userName sw "bob" and externalId eq "none"',
        [alice],
      ],
      [
        'and before or, written the other way round',
        'externalId eq "none" and userName sw "bob" or userName sw "alice"',
        [alice],
      ],
      [
        'parentheses over precedence',
        '(userName sw "alice" or userName sw "bob") and externalId eq "none"',
        [],
      ],
      ['not binding only its group', 'not (userName sw "a") and externalId pr', [bob, dan]],
      [
        'nested groups',
        '((userName sw "alice") or (userName sw "bob" and (preferredLanguage eq "fi-FI")))',
        [alice, bob],
      ],
      ['not of a group of or', 'not (userName sw "alice" or userName sw "bob")', [carol, dan]],
      ['double negation', 'not (not (phoneNumbers pr))', [bob]],
      [
        'a chain of or',
        'userName sw "a" or userName sw "b" or userName sw "c" or userName sw "d"',
        everyone,
      ],
      [
        'a chain of and',
        'name.familyName eq "Filter" and externalId pr and emails.type eq "other"',
        [bob],
      ],
    ]);
  });

  describe('value paths', () => {
    run([
      ['a bracket filter on one sub-attribute', 'emails[type eq "other"]', [bob]],
      [
        'a bracket filter whose terms hold for the same value',
        'emails[type eq "work" and value co "carol"]',
        [carol],
      ],
      [
        'no match when the terms hold for different values',
        'emails[type eq "work" and value ew "home.example"]',
        [],
      ],
      ['or inside brackets', 'emails[type eq "other" or value sw "carol"]', [bob, carol]],
      ['not inside brackets', 'emails[not (type eq "work")]', [bob]],
      [
        'a value path on phoneNumbers',
        'phoneNumbers[type eq "work" and value eq "+1 555 0100"]',
        [bob],
      ],
      ['not of a value path', 'not (emails[type eq "other"])', [alice, carol, dan]],
      [
        'a value path beside another expression',
        'emails[type eq "work"] and preferredLanguage pr',
        [alice, bob],
      ],
      ['a value path on a single-valued complex attribute', 'name[givenName eq "Carol"]', [carol]],
    ]);
  });

  describe('URN-qualified attribute names', () => {
    run([
      ['a core attribute with the core URN', `${coreUserUrn}:userName eq "${carol}"`, [carol]],
      ['a core sub-attribute with the core URN', `${coreUserUrn}:name.givenName eq "Bob"`, [bob]],
      ['an extension attribute with its URN', `${workspace} eq "REMOTE"`, [dan]],
      [
        'URN-qualified and plain names together',
        `${workspace} eq "NYC-01" and not (externalId pr)`,
        [carol],
      ],
    ]);
  });

  describe('string literals', () => {
    run([
      ['an escaped double quote', 'userName eq "dan\\"quote@example.com"', [dan]],
      ['a \\u escape', 'userName eq "\\u0062ob.filter@example.com"', [bob]],
      ['a \\u escape in a caseExact value', 'externalId eq "Ext\\u002DA"', [alice]],
      [
        'an escaped solidus',
        'userName eq "bob.filter@example.com" or externalId eq "a\\/b"',
        [bob],
      ],
    ]);
  });

  describe('letter case of names and operators (RFC 7643 §2.1)', () => {
    run([
      ['an upper-case attribute name', `USERNAME eq "${alice}"`, [alice]],
      [
        'upper-case operators',
        'userName EQ "carol.filter@example.com" OR externalId PR AND preferredLanguage Pr',
        [alice, bob, carol],
      ],
      ['a mixed-case not', 'NoT (externalId pr)', [carol]],
      ['upper-case names inside brackets', 'EMAILS[TYPE eq "other"]', [bob]],
      ['an upper-case sub-attribute', 'name.GIVENNAME eq "dan"', [dan]],
      [
        'an upper-case extension URN and attribute',
        `${workspace.toUpperCase()} eq "NYC-01"`,
        [bob, carol],
      ],
      ['an upper-case core URN', `${coreUserUrn.toUpperCase()}:userName sw "dan"`, [dan]],
    ]);
  });
});
