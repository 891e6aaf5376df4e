import { expect } from 'chai';

import { demoSeedWith, linkedSeedUser } from '../support/policy-seeds.js';
import { expectScimError, patchOp } from '../support/scim-expectations.js';
import { demoOrgId, TestGateway } from '../support/test-gateway.js';
import { systamError, UpstreamDouble } from '../support/upstream-double.js';

const member = linkedSeedUser({
  id: 'usr_member',
  email: 'member@example.com',
  firstName: 'Mel',
  lastName: 'Member',
});
const memberUpstream = '/internal/v1/organizations/org_demo/users/usr_member';
const renameGiven = patchOp({ op: 'replace', path: 'name.givenName', value: 'Melody' });

// Systam policies, "Errors": 412 → retry the read-modify-write.
describe('PATCH /Users/{id} when Systam answers 412 VERSION_MISMATCH', () => {
  let double: UpstreamDouble;
  let gateway: TestGateway;

  beforeEach(async () => {
    double = await UpstreamDouble.start();
    gateway = await TestGateway.start({
      seed: demoSeedWith(member),
      adjust: double.routeFirstTenant(),
    });
    gateway.simulator.clearRequests();
  });

  afterEach(async () => {
    await gateway.close();
    await double.close();
  });

  const stored = () => gateway.simulator.user(demoOrgId, 'usr_member');
  const userCalls = () => double.describeCalls().filter((call) => call.includes(memberUpstream));

  /** A change another Systam client makes, straight to the simulator. */
  async function concurrentChange(fields: Record<string, unknown>): Promise<void> {
    const response = await fetch(`${gateway.simulator.url}${memberUpstream}`, {
      method: 'PATCH',
      headers: {
        authorization: 'Bearer systam-demo-service-token',
        'content-type': 'application/json',
      },
      body: JSON.stringify(fields),
    });
    expect(response.status).to.equal(200);
  }

  it('answers 200 after reading again and writing on the fresh version, losing neither change', async () => {
    double.script({
      method: 'PATCH',
      path: /usr_member$/,
      times: 1,
      answer: 'forward',
      before: () => concurrentChange({ lastName: 'Changed-Elsewhere' }),
    });

    const response = await gateway.patch('/Users/usr_member', renameGiven);

    expect(response.status).to.equal(200);
    expect(stored()).to.deep.include({
      firstName: 'Melody',
      lastName: 'Changed-Elsewhere',
      version: 3,
    });
    expect(response.body.name).to.deep.equal({
      givenName: 'Melody',
      familyName: 'Changed-Elsewhere',
    });
    // The concurrent change came without a request id; the gateway's writes carry one.
    const gatewayWrites = gateway.simulator.requests
      .filter((entry) => entry.method === 'PATCH' && entry.requestId !== null)
      .map((entry) => [entry.ifMatch, entry.status]);
    expect(gatewayWrites).to.deep.equal([
      ['"1"', 412],
      ['"2"', 200],
    ]);
    expect(userCalls()).to.deep.equal([
      `GET ${memberUpstream}`,
      `PATCH ${memberUpstream} *`,
      `GET ${memberUpstream}`,
      `PATCH ${memberUpstream}`,
    ]);
  });

  it('answers 200 after one scripted 412: a second read, then a successful write', async () => {
    double.script({ method: 'PATCH', times: 1, answer: systamError(412, 'VERSION_MISMATCH') });

    const response = await gateway.patch('/Users/usr_member', renameGiven);

    expect(response.status).to.equal(200);
    expect(stored()).to.deep.include({ firstName: 'Melody', version: 2 });
    expect(userCalls()).to.deep.equal([
      `GET ${memberUpstream}`,
      `PATCH ${memberUpstream} *`,
      `GET ${memberUpstream}`,
      `PATCH ${memberUpstream}`,
    ]);
  });

  it('answers 204 deleting the user when a DELETE for active false meets one 412', async () => {
    double.script({ method: 'DELETE', times: 1, answer: systamError(412, 'VERSION_MISMATCH') });
    const disable = patchOp({ op: 'Replace', path: 'active', value: 'False' });

    const response = await gateway.patch('/Users/usr_member', disable);

    expect(response.status).to.be.oneOf([200, 204]);
    expect(stored()).to.equal(undefined);
    expect(userCalls().filter((call) => call.startsWith('DELETE'))).to.deep.equal([
      `DELETE ${memberUpstream} *`,
      `DELETE ${memberUpstream}`,
    ]);
  });

  it('answers 503 with Retry-After, not a hang, when every write meets a 412, changing nothing', async () => {
    double.script({ method: 'PATCH', answer: systamError(412, 'VERSION_MISMATCH') });

    const response = await gateway.patch('/Users/usr_member', renameGiven);

    expectScimError(response, {
      status: 503,
      detail: /changed by several requests at once; retry/,
    });
    expect(Number(response.headers['retry-after'])).to.be.at.least(1);
    const attempts = gateway.config.upstream.versionConflictRetries + 1;
    expect(userCalls().filter((call) => call.startsWith('PATCH'))).to.have.lengthOf(attempts);
    expect(stored()?.firstName).to.equal('Mel');
  });
});
