import { expect } from 'chai';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { defaultSeedFile } from '../../src/config/simulator-settings.js';
import { parseSeed, readSeedFile } from '../../src/simulator/seed.js';
import { readDemoSeed } from './simulator-test-support.js';

type Json = Record<string, unknown>;
type EditableOrganization = Json & { users: Json[]; workspaces: Json[] };

/** The demo seed as plain, editable JSON, after `change`. */
function demoSeedWith(change: (organization: EditableOrganization) => void): unknown {
  const seed = structuredClone(readDemoSeed()) as unknown as {
    organizations: EditableOrganization[];
  };
  const organization = seed.organizations[0];
  if (organization === undefined) throw new Error('the demo seed has no organization');
  change(organization);
  return seed;
}

describe('readSeedFile', () => {
  let directory: string;

  beforeEach(() => {
    directory = mkdtempSync(join(tmpdir(), 'systam-seed-'));
  });

  afterEach(() => {
    rmSync(directory, { recursive: true, force: true });
  });

  it('reads the demo seed: one organization, its token, four workspaces and two users', () => {
    const seed = readSeedFile(defaultSeedFile);

    const [organization] = seed.organizations;
    expect(seed.organizations).to.have.length(1);
    expect(organization?.id).to.equal('org_demo');
    expect(organization?.serviceToken).to.equal('systam-demo-service-token');
    expect(organization?.workspaces.map((workspace) => workspace.identifier)).to.deep.equal([
      'HEL-01',
      'NYC-01',
      'SIN-01',
      'REMOTE',
    ]);
    expect(organization?.users.map((user) => user.role)).to.deep.equal(['owner', 'admin']);
  });

  it('names the file when it cannot be read', () => {
    const missing = join(directory, 'missing.json');
    expect(() => readSeedFile(missing)).to.throw(Error, `Seed file ${missing} cannot be read`);
  });

  it('names the file when it is not JSON', () => {
    const file = join(directory, 'broken.json');
    writeFileSync(file, '{"organizations": [');
    expect(() => readSeedFile(file)).to.throw(Error, `Seed file ${file} is not JSON`);
  });

  it('names the file and the place of a value that breaks the contract', () => {
    const file = join(directory, 'bad-email.json');
    const seed = demoSeedWith((organization) => {
      organization.users[1] = { ...organization.users[1], email: 'arlo-at-example.com' };
    });
    writeFileSync(file, JSON.stringify(seed));

    expect(() => readSeedFile(file)).to.throw(
      Error,
      `Seed file ${file}: organizations[0].users[1]: email must match format "email"`,
    );
  });
});

describe('parseSeed', () => {
  const problems: Array<[string, unknown, string]> = [
    [
      'an empty organization list',
      { organizations: [] },
      'organizations must NOT have fewer than 1 items',
    ],
    [
      'an unknown member of a user',
      demoSeedWith((organization) => {
        organization.users[0] = { ...organization.users[0], nickname: 'Liv' };
      }),
      'organizations[0].users[0]: unknown member "nickname"',
    ],
    [
      'a missing member of an organization',
      demoSeedWith((organization) => {
        delete organization.serviceToken;
      }),
      'organizations[0]: missing member "serviceToken"',
    ],
    [
      'an organization id outside the contract pattern',
      demoSeedWith((organization) => {
        organization.id = 'demo';
      }),
      'organizations[0].id: orgId must match pattern',
    ],
    [
      'a service token with a space',
      demoSeedWith((organization) => {
        organization.serviceToken = 'two words';
      }),
      'organizations[0].serviceToken must match pattern',
    ],
    [
      'a workspace that breaks the Workspace schema',
      demoSeedWith((organization) => {
        organization.workspaces[0] = { id: 'hel', identifier: 'HEL-01', name: 'Helsinki' };
      }),
      'organizations[0].workspaces[0]: id must match pattern',
    ],
    [
      'a repeated workspace identifier',
      demoSeedWith((organization) => {
        organization.workspaces.push({ id: 'wsp_other', identifier: 'HEL-01', name: 'Other' });
      }),
      'organizations[0].workspaces[4]: id or identifier is repeated',
    ],
    [
      'a user whose primary workspace is not in the organization',
      demoSeedWith((organization) => {
        organization.users[1] = { ...organization.users[1], primaryWorkspaceId: 'wsp_nowhere' };
      }),
      'organizations[0].users[1]: primaryWorkspaceId names no workspace of the organization',
    ],
    [
      'a user phone that is not a phone number',
      demoSeedWith((organization) => {
        organization.users[1] = { ...organization.users[1], phone: 'call me' };
      }),
      'organizations[0].users[1]: phone is not a plausible phone number',
    ],
    [
      'two users with one email in different letter case',
      demoSeedWith((organization) => {
        organization.users[1] = { ...organization.users[1], email: 'Olivia.Owner@Example.com' };
      }),
      'organizations[0].users[1]: email Olivia.Owner@Example.com is repeated',
    ],
    [
      'two users linked to one SCIM userName in different letter case',
      demoSeedWith((organization) => {
        organization.users[0] = { ...organization.users[0], scimLink: { userName: 'olivia' } };
        organization.users[1] = { ...organization.users[1], scimLink: { userName: 'OLIVIA' } };
      }),
      'organizations[0].users[1]: scimLink.userName is repeated',
    ],
    [
      'a scimLink with an unknown member',
      demoSeedWith((organization) => {
        organization.users[0] = { ...organization.users[0], scimLink: { userName: 'o', id: 1 } };
      }),
      'organizations[0].users[0]: scimLink: unknown member "id"',
    ],
  ];

  for (const [title, seed, message] of problems) {
    it(`refuses ${title}, naming the place`, () => {
      expect(() => parseSeed(seed, 'Test seed')).to.throw(Error, `Test seed: ${message}`);
    });
  }

  it('refuses two organizations with one service token', () => {
    const first = readDemoSeed().organizations[0];
    const second = { ...first, id: 'org_second' };
    expect(() => parseSeed({ organizations: [first, second] }, 'Test seed')).to.throw(
      Error,
      'Test seed: organizations[1].serviceToken is repeated',
    );
  });

  it('returns a copy that later changes to the given value do not reach', () => {
    const value = structuredClone(readDemoSeed()) as unknown as {
      organizations: Array<{ name: string }>;
    };
    const seed = parseSeed(value, 'Test seed');

    const [organization] = value.organizations;
    if (organization !== undefined) organization.name = 'Changed';
    expect(seed.organizations[0]?.name).to.equal('Demo Organization');
  });
});
