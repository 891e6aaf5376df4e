import { expect } from 'chai';

import {
  startSimulator,
  type RunningSimulator,
  type SimulatorOptions,
} from '../../src/simulator/start-simulator.js';
import {
  callApi,
  createTestUser,
  demoUsersPath,
  readDemoSeed,
  startTestSimulator,
  type UserPage,
} from './simulator-test-support.js';

describe('startSimulator', () => {
  const running: RunningSimulator[] = [];

  afterEach(async () => {
    await Promise.all(running.splice(0).map((simulator) => simulator.close()));
  });

  async function start(options: Partial<SimulatorOptions> = {}): Promise<RunningSimulator> {
    const simulator = await startTestSimulator(options);
    running.push(simulator);
    return simulator;
  }

  it('listens on 127.0.0.1 at a free port and says so in url', async () => {
    const simulator = await start();

    expect(simulator.url).to.match(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect((await callApi(simulator, 'GET', demoUsersPath)).status).to.equal(200);
  });

  it('gives every instance its own copy of the seed', async () => {
    const seed = readDemoSeed();
    const first = await start({ seed });
    const second = await start({ seed });

    await createTestUser(first, 'only-in-first');
    await callApi(first, 'DELETE', '/internal/v1/organizations/org_demo/users/usr_admin1');

    const listed = await callApi<UserPage>(second, 'GET', demoUsersPath);
    expect(listed.body.items.map((user) => user.id)).to.deep.equal(['usr_owner1', 'usr_admin1']);
    expect(seed.organizations[0]?.users).to.have.length(2);
  });

  it('refuses a seed given in code that breaks the rules, naming the problem', async () => {
    const seed = readDemoSeed();
    const [organization] = seed.organizations;
    if (organization === undefined) throw new Error('the demo seed has no organization');
    const users = [{ ...organization.users[0], language: 'en US' }];
    const broken = { organizations: [{ ...organization, users }] };

    let failure: unknown;
    await startSimulator({ seed: broken as typeof seed, port: 0 }).catch((error: unknown) => {
      failure = error;
    });
    expect(failure).to.be.instanceOf(Error);
    expect((failure as Error).message).to.equal(
      'Simulator seed: organizations[0].users[0]: language is not a BCP 47 language tag',
    );
  });

  it('rejects when the port is taken', async () => {
    const first = await start();
    const port = Number(new URL(first.url).port);

    let failure: unknown;
    const options = { seed: readDemoSeed(), port, host: '127.0.0.1' };
    await startSimulator(options).catch((error: unknown) => {
      failure = error;
    });
    expect((failure as NodeJS.ErrnoException).code).to.equal('EADDRINUSE');
  });

  it('hands out copies of users that callers cannot use to change the store', async () => {
    const simulator = await start();

    const [owner] = simulator.users('org_demo');
    if (owner === undefined) throw new Error('no users');
    (owner as { firstName: string }).firstName = 'Mallory';

    expect(simulator.user('org_demo', 'usr_owner1')?.firstName).to.equal('Olivia');
    expect(simulator.user('org_demo', 'usr_nobody')).to.equal(undefined);
    expect(() => simulator.users('org_nobody')).to.throw(
      Error,
      'The simulator has no organization org_nobody',
    );
  });

  it('stops answering once closed', async () => {
    const simulator = await startTestSimulator();
    await simulator.close();

    let failure: unknown;
    await callApi(simulator, 'GET', demoUsersPath).catch((error: unknown) => {
      failure = error;
    });
    expect(failure).to.be.instanceOf(Error);
  });
});
