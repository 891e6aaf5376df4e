import { expect } from 'chai';

import type { TestGateway } from '../support/test-gateway.js';
import { startGateway, systamUserUrn } from './conformance-support.js';
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

// RFC 7644 section 3.4.2.2: the attribute operators, applied to strings
// (honouring each attribute's caseExact), booleans, dateTimes, complex and
// multi-valued attributes. Filters Systam cannot look up are evaluated by
// the gateway, with the same results.
describe('RFC 7644 §3.4.2.2 Filtering: attribute operators', () => {
  let gateway: TestGateway;
  let created: Awaited<ReturnType<typeof createFilterPopulation>>;

  before(async () => {
    gateway = await startGateway();
    created = await createFilterPopulation(gateway);
  });

  after(async () => {
    await gateway.close();
  });

  const cases: readonly [string, string, readonly string[]][] = [
    ['eq on userName, as stored', `userName eq "${alice}"`, [alice]],
    [
      'eq on userName in another case (caseExact false)',
      'userName eq "ALICE.FILTER@EXAMPLE.COM"',
      [alice],
    ],
    ['eq on externalId, as stored', 'externalId eq "Ext-A"', [alice]],
    ['eq on externalId in another case (caseExact true)', 'externalId eq "ext-a"', []],
    ['ne on userName', `userName ne "${alice}"`, [bob, carol, dan]],
    ['co on userName', 'userName co "OB.F"', [bob]],
    ['sw on userName', 'userName sw "car"', [carol]],
    ['ew on userName', 'userName ew "FILTER@EXAMPLE.COM"', [alice, bob, carol]],
    ['gt on userName (lexical, case-insensitive)', `userName gt "${bob}"`, [carol, dan]],
    ['ge on userName', 'userName ge "BOB.FILTER@EXAMPLE.COM"', [bob, carol, dan]],
    ['lt on userName', `userName lt "${bob}"`, [alice]],
    ['le on userName', `userName le "${bob}"`, [alice, bob]],
    ['sw on externalId honours caseExact', 'externalId sw "Ext"', [alice]],
    ['co on externalId honours caseExact', 'externalId co "xt"', [alice, bob]],
    ['ew on externalId honours caseExact', 'externalId ew "D"', [dan]],
    ['gt on externalId orders case-sensitively', 'externalId gt "Ext-A"', [bob]],
    ['pr on externalId', 'externalId pr', [alice, bob, dan]],
    ['pr on preferredLanguage', 'preferredLanguage pr', [alice, bob]],
    ['pr on a multi-valued attribute', 'phoneNumbers pr', [bob]],
    ['pr on a complex attribute', 'name pr', everyone],
    ['eq on a sub-attribute (caseExact false)', 'name.givenName eq "CAROL"', [carol]],
    ['sw on a sub-attribute', 'name.familyName sw "qu"', [dan]],
    ['eq on an extension attribute', `${workspace} eq "NYC-01"`, [bob, carol]],
    [
      'eq on an extension attribute in another case (caseExact true)',
      `${workspace} eq "nyc-01"`,
      [],
    ],
    ['ne on an extension attribute', `${workspace} ne "NYC-01"`, [alice, dan]],
    ['eq true on active (every readable user is active)', 'active eq true', everyone],
    ['eq false on active', 'active eq false', []],
    ['ne false on active', 'active ne false', everyone],
    ['eq on meta.resourceType', 'meta.resourceType eq "User"', everyone],
    ['gt on meta.created', 'meta.created gt "2000-01-01T00:00:00Z"', everyone],
    ['lt on meta.created', 'meta.created lt "2000-01-01T00:00:00Z"', []],
    [
      'eq on a sub-attribute of a multi-valued attribute (any value)',
      'emails.type eq "other"',
      [bob],
    ],
    [
      'ne on a sub-attribute of a multi-valued attribute (any value)',
      'emails.type ne "work"',
      [bob],
    ],
    ['ew on emails.value', 'emails.value ew "HOME.EXAMPLE"', [bob]],
    ['co on a multi-valued attribute itself, meaning its value', 'emails co "home"', [bob]],
    ['eq on phoneNumbers.value', 'phoneNumbers.value eq "+1 555 0100"', [bob]],
  ];

  for (const [label, filter, expected] of cases) {
    it(`answers ${label}: ${filter}`, async () => {
      const names = await filterUserNames(gateway, filter);

      expect(names).to.deep.equal(expected);
    });
  }

  it('answers eq on id with exactly that user', async () => {
    const id = created.get(bob)?.id;

    const names = await filterUserNames(gateway, `id eq "${String(id)}"`);

    expect(names).to.deep.equal([bob]);
  });

  it('answers eq on id in another letter case with nothing (id is caseExact)', async () => {
    const id = String(created.get(bob)?.id);

    const names = await filterUserNames(gateway, `id eq "${id.toUpperCase()}"`);

    expect(names).to.deep.equal([]);
  });

  it('compares dateTimes as instants, whatever their offset notation', async () => {
    const createdAt = String(created.get(alice)?.meta.created);
    const withOffset = createdAt.replace(/Z$/, '+00:00');

    const names = await filterUserNames(gateway, `meta.created eq "${withOffset}"`);

    expect(withOffset).to.not.equal(createdAt);
    expect(names).to.deep.equal([alice]);
  });

  it('answers ge and gt on meta.lastModified at the boundary exactly', async () => {
    const boundary = String(created.get(bob)?.meta.lastModified);

    const ge = await filterUserNames(gateway, `meta.lastModified ge "${boundary}"`);
    const gt = await filterUserNames(gateway, `meta.lastModified gt "${boundary}"`);
    const le = await filterUserNames(gateway, `meta.lastModified le "${boundary}"`);

    expect(ge).to.deep.equal([bob, carol, dan]);
    expect(gt).to.deep.equal([carol, dan]);
    expect(le).to.deep.equal([alice, bob]);
  });

  it('answers eq on the work email in any letter case (emails.value is caseExact false)', async () => {
    const names = await filterUserNames(
      gateway,
      'emails[type eq "work" and value eq "CAROL.FILTER@EXAMPLE.COM"]',
    );

    expect(names).to.deep.equal([carol]);
  });
});
