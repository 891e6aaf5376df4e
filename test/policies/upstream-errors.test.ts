import { expect } from 'chai';

import { demoSeedWith, linkedSeedUser } from '../support/policy-seeds.js';
import {
  expectScimError,
  filterQuery,
  patchOp,
  upstreamWrites,
} from '../support/scim-expectations.js';
import { demoOrgId, entraUser, TestGateway } from '../support/test-gateway.js';

const member = linkedSeedUser({ id: 'usr_member', email: 'member@example.com', firstName: 'Mel' });
const neighbour = linkedSeedUser({
  id: 'usr_neighbour',
  email: 'neighbour@example.com',
  scimLink: { userName: 'Neighbour@Example.com', externalId: null },
});
const contactSystam = /contact the Systam team/;
const rename = patchOp({ op: 'replace', path: 'name.givenName', value: 'X' });
const workEmailPath = 'emails[type eq "work"].value';
const workPhonePath = 'phoneNumbers[type eq "work"].value';

// Systam policies, "Errors": the upstream translation table, driven by real
// conflicts and by the simulator's fault injection.
describe('Systam errors translated to SCIM', () => {
  let gateway: TestGateway;

  beforeEach(async () => {
    gateway = await TestGateway.start({ seed: demoSeedWith(member, neighbour) });
    gateway.simulator.clearRequests();
  });

  afterEach(async () => {
    await gateway.close();
  });

  const stored = () => gateway.simulator.user(demoOrgId, 'usr_member');
  const failureLines = () =>
    gateway.log.lines.filter((line) => line.level === 'error' && line.message === 'request failed');

  describe('PATCH /Users/{id}', () => {
    it('answers 409 uniqueness naming the email when Systam answers 409 EMAIL_TAKEN', async () => {
      const body = patchOp({ op: 'replace', path: workEmailPath, value: 'ARLO.admin@example.com' });

      const response = await gateway.patch('/Users/usr_member', body);

      expectScimError(response, {
        status: 409,
        scimType: 'uniqueness',
        detail: /"ARLO\.admin@example\.com"/,
      });
      expect(gateway.simulator.requests.at(-1)).to.include({ method: 'PATCH', status: 409 });
      expect(stored()?.email).to.equal('member@example.com');
    });

    it('answers 409 uniqueness naming the userName when Systam answers 409 SCIM_USERNAME_TAKEN', async () => {
      const body = patchOp({ op: 'Replace', path: 'userName', value: 'neighbour@example.COM' });

      const response = await gateway.patch('/Users/usr_member', body);

      expectScimError(response, {
        status: 409,
        scimType: 'uniqueness',
        detail: /userName "neighbour@example\.COM"/,
      });
      expect(stored()?.scimLink?.userName).to.equal('member@example.com');
    });

    it('answers 400 invalidValue naming the phone rule when Systam answers 422 INVALID_PHONE', async () => {
      const body = patchOp({ op: 'Add', path: workPhonePath, value: 'call me maybe' });

      const response = await gateway.patch('/Users/usr_member', body);

      expectScimError(response, { status: 400, scimType: 'invalidValue', detail: /phone numbers/ });
      expect(gateway.simulator.requests.at(-1)).to.include({ method: 'PATCH', status: 422 });
      expect(stored()?.phone).to.equal(null);
    });

    it('answers 400 invalidValue naming preferredLanguage when Systam answers 422 INVALID_LANGUAGE', async () => {
      const body = patchOp({ op: 'replace', path: 'preferredLanguage', value: 'en-a' });

      const response = await gateway.patch('/Users/usr_member', body);

      expectScimError(response, {
        status: 400,
        scimType: 'invalidValue',
        detail: /preferredLanguage.*BCP 47/,
      });
      expect(stored()?.language).to.equal(null);
    });

    it('answers 429 with Retry-After when Systam answers 429 RATE_LIMITED, changing nothing', async () => {
      gateway.simulator.injectFault({
        kind: 'rate-limited',
        method: 'PATCH',
        retryAfterSeconds: 7,
      });

      const response = await gateway.patch('/Users/usr_member', rename);

      expectScimError(response, { status: 429, detail: /throttling/ });
      expect(response.headers['retry-after']).to.equal('7');
      expect(stored()?.firstName).to.equal('Mel');
    });

    it('answers 503 with Retry-After when Systam answers 503 UNAVAILABLE on the read', async () => {
      gateway.simulator.injectFault({ kind: 'unavailable', method: 'GET', retryAfterSeconds: 30 });

      const response = await gateway.patch('/Users/usr_member', rename);

      expectScimError(response, { status: 503, detail: /temporarily unavailable/ });
      expect(response.headers['retry-after']).to.equal('30');
      expect(upstreamWrites(gateway.simulator)).to.deep.equal([]);
    });

    it('answers 502 telling to contact the Systam team when Systam answers 500 INTERNAL, and logs an error', async () => {
      gateway.simulator.injectFault({ kind: 'internal', method: 'PATCH' });

      const response = await gateway.patch('/Users/usr_member', rename);

      expectScimError(response, { status: 502, detail: contactSystam });
      expect(failureLines().map((line) => line.status)).to.deep.equal([502]);
    });
  });

  describe('GET /Users?filter', () => {
    const query = `/Users${filterQuery('userName eq "member@example.com"')}`;

    for (const [kind, status, detail] of [
      ['rate-limited', 429, /throttling/],
      ['unavailable', 503, /temporarily unavailable/],
    ] as const) {
      it(`answers ${status} with Retry-After, never 404, when Systam answers ${kind}`, async () => {
        gateway.simulator.injectFault({ kind, retryAfterSeconds: 12 });

        const response = await gateway.get(query);

        expectScimError(response, { status, detail });
        expect(response.headers['retry-after']).to.equal('12');
      });
    }

    it('answers 502 telling to contact the Systam team, never 404, when Systam answers 500', async () => {
      gateway.simulator.injectFault({ kind: 'internal' });

      const response = await gateway.get(query);

      expectScimError(response, { status: 502, detail: contactSystam });
      expect(failureLines().map((line) => line.status)).to.deep.equal([502]);
    });
  });

  describe('GET /Users/{id}', () => {
    const faults = [
      ['rate-limited', 429],
      ['unavailable', 503],
      ['internal', 502],
    ] as const;
    for (const [kind, status] of faults) {
      it(`answers ${status}, never 404, when Systam answers ${kind} to the read`, async () => {
        gateway.simulator.injectFault({ kind, times: 1 });

        const response = await gateway.get('/Users/usr_member');

        expectScimError(response, { status, detail: /Systam/ });
      });
    }
  });

  describe('POST /Users', () => {
    it('answers 503 with Retry-After and creates nothing when Systam is unavailable for the create', async () => {
      gateway.simulator.injectFault({ kind: 'unavailable', method: 'POST', retryAfterSeconds: 3 });

      const response = await gateway.post('/Users', entraUser());

      expectScimError(response, { status: 503, detail: /unavailable/ });
      expect(response.headers['retry-after']).to.equal('3');
      expect(gateway.simulator.users(demoOrgId)).to.have.lengthOf(4);
    });

    it('answers 400 invalidValue when Systam answers 422 INVALID_PHONE to the create', async () => {
      const body = entraUser({ phoneNumbers: [{ type: 'work', value: 'ext. one' }] });

      const response = await gateway.post('/Users', body);

      expectScimError(response, { status: 400, scimType: 'invalidValue', detail: /phone numbers/ });
      expect(gateway.simulator.users(demoOrgId)).to.have.lengthOf(4);
    });
  });

  describe('DELETE /Users/{id}', () => {
    it('answers 429 with Retry-After and deletes nothing when Systam throttles the delete', async () => {
      gateway.simulator.injectFault({
        kind: 'rate-limited',
        method: 'DELETE',
        retryAfterSeconds: 2,
      });

      const response = await gateway.delete('/Users/usr_member');

      expectScimError(response, { status: 429, detail: /throttling/ });
      expect(response.headers['retry-after']).to.equal('2');
      expect(stored()).not.to.equal(undefined);
    });
  });
});
