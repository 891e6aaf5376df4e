import { expect } from 'chai';
import type { Response } from 'supertest';

import type { FaultKind } from '../../src/simulator/fault-injector.js';
import { demoSeedWith, linkedSeedUser } from '../support/policy-seeds.js';
import { errorUrn, filterQuery, patchOp } from '../support/scim-expectations.js';
import { entraUser, scimPath, scimTestToken, TestGateway } from '../support/test-gateway.js';

const taken = linkedSeedUser({
  id: 'usr_taken',
  email: 'taken@example.com',
  firstName: 'Tamsin',
  phone: '+1 555 0123',
  scimLink: { userName: 'Taken.Name@Example.com', externalId: 'taken-ext' },
});
const member = linkedSeedUser({ id: 'usr_member', email: 'member@example.com' });
const demoServiceToken = 'systam-demo-service-token';

// RFC 7644 section 3.12, Table 9: the scimType keywords, all for 400 except uniqueness (409).
const scimTypesOf400 = [
  'invalidFilter',
  'tooMany',
  'mutability',
  'invalidSyntax',
  'invalidPath',
  'noTarget',
  'invalidValue',
  'invalidVers',
  'sensitive',
];
const workEmailPath = 'emails[type eq "work"].value';
const workPhonePath = 'phoneNumbers[type eq "work"].value';
const takenEmail = 'taken@example.com';
// Data of users other than the one a request is about.
const otherUsersData = /usr_taken|Taken\.Name|taken-ext|Tamsin|555 0123|Olivia|usr_owner1/;

type Send = (gateway: TestGateway) => PromiseLike<Response>;

// Systam policies, "Errors": every error is a SCIM Error body, and its detail
// never carries a stack trace, an upstream URL, a token or another user's data.
describe('SCIM Error bodies', () => {
  let gateway: TestGateway;

  before(async () => {
    gateway = await TestGateway.start({
      seed: demoSeedWith(taken, member),
      adjust: (config) => ({ ...config, upstream: { ...config.upstream, requestTimeoutMs: 300 } }),
    });
  });

  after(async () => {
    await gateway.close();
  });

  afterEach(() => {
    gateway.simulator.clearFaults();
  });

  const rename = patchOp({ op: 'replace', path: 'name.givenName', value: 'Changed' });
  const workEmail = (value: string) => ({ emails: [{ type: 'work', value }] });
  const withFault = (g: TestGateway, kind: FaultKind, send: Send): ReturnType<Send> => {
    g.simulator.injectFault({ kind });
    return send(g);
  };
  const cases: [number, string, Send][] = [
    [401, 'no bearer token', (g) => g.raw().get(scimPath('/Users'))],
    [
      401,
      'a wrong bearer token',
      (g) => g.raw().get(scimPath('/Users')).set('Authorization', 'Bearer wrong-token-0000000000'),
    ],
    [404, 'an unknown SCIM endpoint', (g) => g.get('/Accounts')],
    [
      404,
      'a path outside the SCIM base',
      (g) => g.raw().get('/internal/v1/organizations/org_demo/users'),
    ],
    [404, 'an unknown user id', (g) => g.get('/Users/usr_unknown')],
    [404, 'an id of the wrong form', (g) => g.get('/Users/..%2F..%2Fetc')],
    [405, 'PUT on the collection', (g) => g.put('/Users', entraUser())],
    [400, 'an invalid email', (g) => g.post('/Users', entraUser(workEmail('no-at-sign')))],
    [400, 'a body that is not JSON', (g) => g.post('/Users').send('{')],
    [400, 'a malformed filter', (g) => g.get(`/Users${filterQuery('userName eq')}`)],
    [
      400,
      'a malformed PATCH path',
      (g) => g.patch('/Users/usr_member', patchOp({ op: 'replace', path: 'emails[', value: 'x' })),
    ],
    [400, 'startIndex that is not a number', (g) => g.get('/Users?startIndex=first')],
    [
      400,
      "Systam's 422 INVALID_PHONE",
      (g) =>
        g.patch('/Users/usr_member', patchOp({ op: 'add', path: workPhonePath, value: 'abc' })),
    ],
    [
      409,
      'a taken userName',
      (g) => g.post('/Users', entraUser({ userName: 'taken.name@example.com' })),
    ],
    [
      409,
      'an email linked to another userName',
      (g) => g.post('/Users', entraUser(workEmail('taken@example.com'))),
    ],
    [
      409,
      "Systam's 409 EMAIL_TAKEN",
      (g) =>
        g.patch(
          '/Users/usr_member',
          patchOp({ op: 'add', path: workEmailPath, value: takenEmail }),
        ),
    ],
    [
      403,
      'a POST that would change an owner',
      (g) => g.post('/Users', entraUser(workEmail('olivia.owner@example.com'))),
    ],
    [
      413,
      'a body over the limit',
      (g) => g.post('/Users').send(JSON.stringify(entraUser({ title: 'x'.repeat(1024 * 1024) }))),
    ],
    [
      415,
      'a body that is not JSON media',
      (g) =>
        g
          .raw()
          .post(scimPath('/Users'))
          .set('Authorization', `Bearer ${scimTestToken}`)
          .set('Content-Type', 'text/xml')
          .send('<User/>'),
    ],
    [501, 'a group write', (g) => g.post('/Groups', { displayName: 'G' })],
    [
      502,
      "Systam's 500 INTERNAL",
      (g) => withFault(g, 'internal', () => g.get('/Users/usr_member')),
    ],
    [503, "Systam's 503 UNAVAILABLE", (g) => withFault(g, 'unavailable', () => g.get('/Users'))],
    [
      429,
      "Systam's 429 RATE_LIMITED",
      (g) => withFault(g, 'rate-limited', () => g.patch('/Users/usr_member', rename)),
    ],
    [
      503,
      'a dropped connection',
      (g) => withFault(g, 'disconnect', () => g.delete('/Users/usr_member')),
    ],
    [
      504,
      'a Systam that does not answer',
      (g) => withFault(g, 'hang', () => g.get(`/Users${filterQuery('externalId eq "x"')}`)),
    ],
  ];

  for (const [status, label, send] of cases) {
    it(`answers ${status} with a SCIM Error body and a clean detail for ${label}`, async () => {
      const response = await send(gateway);

      expect(response.status, JSON.stringify(response.body)).to.equal(status);
      expect(response.headers['content-type']).to.match(/^application\/scim\+json/);
      const keys = ['detail', 'schemas', 'status'];
      if (response.body.scimType !== undefined) keys.push('scimType');
      expect(Object.keys(response.body)).to.have.members(keys);
      expect(response.body.schemas).to.deep.equal([errorUrn]);
      expect(response.body.status).to.equal(String(status));
      if (status === 400) expect(response.body.scimType).to.be.oneOf(scimTypesOf400);
      else if (status === 409) expect(response.body.scimType).to.equal('uniqueness');
      else expect(response.body).not.to.have.property('scimType');

      const detail = response.body.detail as string;
      expect(detail).to.be.a('string').and.have.length.within(10, 400);
      expect(detail).not.to.match(/\n|\bat \S+ \(|\.ts:\d+|node:internal|Error:/);
      expect(detail).not.to.include(gateway.simulator.url.replace('http://', ''));
      expect(detail).not.to.match(/\/internal\/v1|127\.0\.0\.1|localhost/);
      expect(detail).not.to.include(scimTestToken);
      expect(detail).not.to.include(demoServiceToken);
      expect(detail).not.to.match(otherUsersData);
    });
  }
});
