import { defaultSeedFile } from '../../src/config/simulator-settings.js';
import {
  readSeedFile,
  type SeedOrganization,
  type SeedUser,
  type SimulatorSeed,
} from '../../src/simulator/seed.js';

export const otherOrgId = 'org_other';
export const otherServiceToken = 'systam-other-service-token';

/** A Systam user of the demo organization already linked to a SCIM userName. */
export function linkedSeedUser(overrides: Partial<SeedUser> & { id: string }): SeedUser {
  const local = overrides.id.replace(/^usr_/, '').toLowerCase();
  return {
    email: `${local}@example.com`,
    firstName: 'Linked',
    lastName: 'Person',
    phone: null,
    secondaryEmail: null,
    secondaryPhone: null,
    language: null,
    primaryWorkspaceId: 'wsp_hel01',
    role: 'member',
    scimLink: { userName: `${local}@example.com`, externalId: null },
    ...overrides,
  };
}

/** The demo organization of schemas/systam/demo-seed.json, with more users. */
export function demoSeedWith(...users: SeedUser[]): SimulatorSeed {
  const demo = readSeedFile(defaultSeedFile);
  const [first, ...others] = demo.organizations;
  if (first === undefined) throw new Error('the demo seed has no organization');
  return { organizations: [{ ...first, users: [...first.users, ...users] }, ...others] };
}

/**
 * A second Systam organization. Its workspace identifier HEL-01 is the same
 * text as the demo organization's, with another id, and its users carry
 * links of their own.
 */
export function otherOrganization(...users: SeedUser[]): SeedOrganization {
  return {
    id: otherOrgId,
    name: 'Other Organization',
    serviceToken: otherServiceToken,
    workspaces: [{ id: 'wsp_otherhel', identifier: 'HEL-01', name: 'Other Helsinki' }],
    users,
  };
}

/** The demo organization (first, served by the harness's tenant) and the other one. */
export function twoOrganizationSeed(demoUsers: SeedUser[], otherUsers: SeedUser[]): SimulatorSeed {
  const demo = demoSeedWith(...demoUsers);
  return { organizations: [...demo.organizations, otherOrganization(...otherUsers)] };
}

/** The demo organization with one of its seeded users given a SCIM link. */
export function demoSeedLinking(
  userId: string,
  scimLink: { userName: string; externalId: string | null },
): SimulatorSeed {
  const demo = readSeedFile(defaultSeedFile);
  const link = (user: SeedUser): SeedUser => (user.id === userId ? { ...user, scimLink } : user);
  return {
    organizations: demo.organizations.map((organization, index) =>
      index === 0 ? { ...organization, users: organization.users.map(link) } : organization,
    ),
  };
}
