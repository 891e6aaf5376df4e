import { loadSystamContract, type SystamContract } from '../upstream/systam-contract.js';
import { CursorCodec } from './cursor-codec.js';
import { OrganizationStore } from './organization-store.js';
import { parseSeed, type SimulatorSeed } from './seed.js';
import { SimulatorClock } from './simulator-clock.js';

/** Everything one simulator instance holds: its own copy of the seed, clock and cursor key. */
export class SimulatorState {
  readonly contract: SystamContract;
  readonly clock = new SimulatorClock();
  readonly cursors = new CursorCodec();

  readonly #organizations = new Map<string, OrganizationStore>();
  readonly #organizationsByToken = new Map<string, OrganizationStore>();

  constructor(seed: SimulatorSeed) {
    this.contract = loadSystamContract();

    // A seed handed over in code gets the same checks as a seed file.
    for (const organizationSeed of parseSeed(seed, 'Simulator seed').organizations) {
      const organization = new OrganizationStore(organizationSeed, this.clock);
      this.#organizations.set(organization.id, organization);
      this.#organizationsByToken.set(organization.serviceToken, organization);
    }
  }

  organizations(): readonly OrganizationStore[] {
    return [...this.#organizations.values()];
  }

  findOrganization(organizationId: string): OrganizationStore | undefined {
    return this.#organizations.get(organizationId);
  }

  findOrganizationByToken(serviceToken: string): OrganizationStore | undefined {
    return this.#organizationsByToken.get(serviceToken);
  }
}
