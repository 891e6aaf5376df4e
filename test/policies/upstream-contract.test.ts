import { expect } from 'chai';

import { demoSeedWith, linkedSeedUser } from '../support/policy-seeds.js';
import { expectScimError, filterQuery, patchOp } from '../support/scim-expectations.js';
import { demoOrgId, entraUser, systamUserUrn, TestGateway } from '../support/test-gateway.js';
import { systamError, UpstreamDouble, type ScriptedAnswer } from '../support/upstream-double.js';

const member = linkedSeedUser({ id: 'usr_member', email: 'member@example.com', firstName: 'Mel' });
const contactSystam = /contact the Systam team/;
const memberFilter = filterQuery('userName eq "member@example.com"');
const renameGiven = patchOp({ op: 'replace', path: 'name.givenName', value: 'Melody' });

// Systam policies, "Errors": answers the simulator cannot give, played by a
// loopback double in front of it.
describe('Systam answers translated to SCIM (through a test double)', () => {
  let double: UpstreamDouble;
  let gateway: TestGateway;

  beforeEach(async () => {
    double = await UpstreamDouble.start();
    gateway = await TestGateway.start({
      seed: demoSeedWith(member),
      adjust: double.routeFirstTenant(),
    });
  });

  afterEach(async () => {
    await gateway.close();
    await double.close();
  });

  const stored = () => gateway.simulator.user(demoOrgId, 'usr_member');
  const errorLines = () =>
    gateway.log.lines.filter((line) => line.level === 'error' && line.message === 'request failed');

  describe('the rows that name a client-side cause', () => {
    it('PATCH /Users/{id} answers 403 Organization Owner when Systam answers 403 ORGANIZATION_OWNER_PROTECTED', async () => {
      double.script({ method: 'PATCH', answer: systamError(403, 'ORGANIZATION_OWNER_PROTECTED') });

      const response = await gateway.patch('/Users/usr_member', renameGiven);

      expectScimError(response, { status: 403, detail: /Organization Owner.*protected/ });
    });

    it('PATCH /Users/{id} answers 404 when the user is deleted between read and write (404 USER_NOT_FOUND)', async () => {
      double.script({ method: 'PATCH', answer: systamError(404, 'USER_NOT_FOUND') });

      const response = await gateway.patch('/Users/usr_member', renameGiven);

      expectScimError(response, { status: 404, detail: /does not exist/ });
    });

    it('DELETE /Users/{id} answers 404 when Systam answers 404 USER_NOT_FOUND to the delete', async () => {
      double.script({ method: 'DELETE', answer: systamError(404, 'USER_NOT_FOUND') });

      const response = await gateway.delete('/Users/usr_member');

      expectScimError(response, { status: 404, detail: /does not exist/ });
    });

    it('PATCH /Users/{id} answers 400 invalidValue naming primaryWorkspace for 422 WORKSPACE_NOT_FOUND', async () => {
      double.script({ method: 'PATCH', answer: systamError(422, 'WORKSPACE_NOT_FOUND') });
      const path = `${systamUserUrn}:primaryWorkspace`;
      const body = patchOp({ op: 'replace', path, value: 'NYC-01' });

      const response = await gateway.patch('/Users/usr_member', body);

      expectScimError(response, {
        status: 400,
        scimType: 'invalidValue',
        detail: /primaryWorkspace/,
      });
      expect(stored()?.primaryWorkspaceId).to.equal('wsp_hel01');
    });

    it('POST /Users answers 400 invalidValue naming the email for 422 INVALID_EMAIL', async () => {
      double.script({ method: 'POST', answer: systamError(422, 'INVALID_EMAIL') });

      const response = await gateway.post('/Users', entraUser());

      expectScimError(response, { status: 400, scimType: 'invalidValue', detail: /email/ });
    });

    it('POST /Users answers 413 when Systam answers 413 PAYLOAD_TOO_LARGE', async () => {
      double.script({ method: 'POST', answer: systamError(413, 'PAYLOAD_TOO_LARGE') });

      const response = await gateway.post('/Users', entraUser());

      expectScimError(response, { status: 413, detail: /too large for Systam/ });
    });

    for (const [code, status] of [
      ['RATE_LIMITED', 429],
      ['UNAVAILABLE', 503],
    ] as const) {
      it(`GET /Users answers ${status} with a Retry-After of its own when Systam's ${code} has none`, async () => {
        double.script({ method: 'GET', answer: systamError(status, code) });

        const response = await gateway.get('/Users');

        expectScimError(response, { status, detail: /retry/i });
        expect(response.headers['retry-after']).to.match(/^[1-9]\d*$/);
      });
    }
  });

  describe('codes that mean the gateway or its configuration is wrong → 502', () => {
    for (const [status, code] of [
      [401, 'UNAUTHENTICATED'],
      [403, 'FORBIDDEN'],
      [404, 'ORGANIZATION_NOT_FOUND'],
      [400, 'VALIDATION_FAILED'],
      [500, 'INTERNAL'],
    ] as const) {
      it(`GET /Users/{id} answers 502, never ${status === 404 ? '404' : status}, for ${status} ${code}, logging an error`, async () => {
        double.script({ method: 'GET', answer: systamError(status, code) });

        const response = await gateway.get('/Users/usr_member');

        expectScimError(response, { status: 502, detail: contactSystam });
        expect(errorLines()).to.have.lengthOf(1);
        expect(errorLines()[0]).to.include({ status: 502 });
      });

      it(`GET /Users?filter answers 502, never 404, for ${status} ${code}`, async () => {
        double.script({ method: 'GET', answer: systamError(status, code) });

        const response = await gateway.get(`/Users${memberFilter}`);

        expectScimError(response, { status: 502, detail: contactSystam });
      });
    }

    it('PATCH /Users/{id} answers 502 for 400 VALIDATION_FAILED to the write, changing nothing', async () => {
      double.script({ method: 'PATCH', answer: systamError(400, 'VALIDATION_FAILED') });

      const response = await gateway.patch('/Users/usr_member', renameGiven);

      expectScimError(response, { status: 502, detail: contactSystam });
      expect(stored()?.firstName).to.equal('Mel');
    });
  });

  describe('answers that break the contract → 502', () => {
    for (const [label, scripted] of [
      ['a 200 whose body is not JSON', { status: 200, body: '<html>maintenance</html>' }],
      ['a 200 whose user lacks required fields', { status: 200, body: { id: 'usr_member' } }],
      [
        'a 200 whose user has a field of the wrong type',
        { status: 200, body: { ...member, version: 'one' } },
      ],
      ['a 404 whose body is not a Systam error', { status: 404, body: { message: 'not here' } }],
      ['a 404 whose body is HTML', { status: 404, body: '<h1>Not Found</h1>' }],
      [
        'a 409 carrying USER_NOT_FOUND (code under another status)',
        systamError(409, 'USER_NOT_FOUND'),
      ],
      ['a status the contract does not know (418)', systamError(418, 'TEAPOT')],
      ['an unknown error code', systamError(404, 'SOMETHING_NEW')],
    ] as [string, ScriptedAnswer][]) {
      it(`GET /Users/{id} answers 502, never 404, for ${label}, logging an error`, async () => {
        double.script({ method: 'GET', path: /usr_member$/, answer: scripted });

        const response = await gateway.get('/Users/usr_member');

        expectScimError(response, { status: 502, detail: contactSystam });
        expect(errorLines()).to.have.lengthOf(1);
      });
    }

    it('GET /Users?filter=id eq answers 502, not an empty list, for a 409 carrying USER_NOT_FOUND', async () => {
      const answer = systamError(409, 'USER_NOT_FOUND');
      double.script({ method: 'GET', path: /usr_member$/, answer });

      const response = await gateway.get(`/Users${filterQuery('id eq "usr_member"')}`);

      expectScimError(response, { status: 502, detail: contactSystam });
    });

    it('PATCH /Users/{id} answers 502, without retrying, for a 500 carrying VERSION_MISMATCH', async () => {
      double.script({ method: 'PATCH', answer: systamError(500, 'VERSION_MISMATCH') });

      const response = await gateway.patch('/Users/usr_member', renameGiven);

      expectScimError(response, { status: 502, detail: contactSystam });
      expect(double.describeCalls().filter((call) => call.startsWith('PATCH'))).to.have.lengthOf(1);
    });

    it('GET /Users answers 502 for a page whose items are not a list', async () => {
      const page = { items: 'none', nextCursor: null, totalCount: 0 };
      double.script({ method: 'GET', answer: { status: 200, body: page } });

      const response = await gateway.get('/Users');

      expectScimError(response, { status: 502, detail: contactSystam });
    });

    it('POST /Users answers 502 for a 201 whose body is not JSON', async () => {
      double.script({ method: 'POST', answer: { status: 201, body: 'created!' } });

      const response = await gateway.post('/Users', entraUser());

      expectScimError(response, { status: 502, detail: contactSystam });
    });
  });
});
