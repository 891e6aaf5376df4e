import { expect } from 'chai';

import {
  expectScimError,
  filterQuery,
  listResponseUrn,
  patchOp,
  upstreamWrites,
} from '../support/scim-expectations.js';
import { demoOrgId, entraUser, scimTestToken, TestGateway } from '../support/test-gateway.js';

const oneMebibyte = 1024 * 1024;

/** An Entra POST body padded, with an attribute Systam ignores, to exactly `bytes` bytes. */
function bodyOfSize(bytes: number): string {
  const base = JSON.stringify(entraUser({ displayName: '' }));
  const padded = JSON.stringify(entraUser({ displayName: 'x'.repeat(bytes - base.length) }));
  expect(Buffer.byteLength(padded)).to.equal(bytes);
  return padded;
}

// Systam policies, "Requests and responses" (the Entra forms are in entra-forms.test.ts).
describe('requests and responses', () => {
  describe('POST /Users body limit (default 1 MiB)', () => {
    let gateway: TestGateway;

    before(async () => {
      gateway = await TestGateway.start();
    });

    after(async () => {
      await gateway.close();
    });

    beforeEach(() => {
      gateway.simulator.clearRequests();
    });

    it('answers 413 naming the limit to a body one byte over 1 MiB, writing nothing', async () => {
      const response = await gateway.post('/Users').send(bodyOfSize(oneMebibyte + 1));

      expectScimError(response, { status: 413, detail: /larger than the limit of 1048576 bytes/ });
      expect(gateway.upstreamCalls()).to.deep.equal([]);
    });

    it('answers 201 to a body of exactly 1 MiB', async () => {
      const response = await gateway.post('/Users').send(bodyOfSize(oneMebibyte));

      expect(response.status).to.equal(201);
      expect(upstreamWrites(gateway.simulator)).to.have.lengthOf(1);
    });

    it('answers 413 to a PATCH body over 1 MiB, writing nothing', async () => {
      const large = patchOp({ op: 'replace', path: 'title', value: 'x'.repeat(oneMebibyte) });
      const body = JSON.stringify(large);

      const response = await gateway.patch('/Users/usr_owner1').send(body);

      expectScimError(response, { status: 413, detail: /larger than the limit/ });
      expect(gateway.upstreamCalls()).to.deep.equal([]);
    });
  });

  describe('POST /Users body limit set by BODY_LIMIT_BYTES', () => {
    let gateway: TestGateway;

    before(async () => {
      gateway = await TestGateway.start({ env: { BODY_LIMIT_BYTES: '2048' } });
    });

    after(async () => {
      await gateway.close();
    });

    it('answers 413 naming the configured limit to a 2049-byte body', async () => {
      const response = await gateway.post('/Users').send(bodyOfSize(2049));

      expectScimError(response, { status: 413, detail: /limit of 2048 bytes/ });
      expect(gateway.simulator.users(demoOrgId)).to.have.lengthOf(2);
    });

    it('answers 201 to a 2048-byte body', async () => {
      const response = await gateway.post('/Users').send(bodyOfSize(2048));

      expect(response.status).to.equal(201);
    });
  });

  describe('ListResponse', () => {
    let gateway: TestGateway;

    before(async () => {
      gateway = await TestGateway.start();
    });

    after(async () => {
      await gateway.close();
    });

    for (const [label, send] of [
      ['GET /Users with no linked user', (g: TestGateway) => g.get('/Users')],
      [
        'GET /Users?filter that matches nothing',
        (g: TestGateway) => g.get(`/Users${filterQuery('userName eq "nobody@example.com"')}`),
      ],
      ['GET /Users?count=0', (g: TestGateway) => g.get('/Users?count=0')],
      ['GET /Users?startIndex past the end', (g: TestGateway) => g.get('/Users?startIndex=50')],
      [
        'POST /Users/.search that matches nothing',
        (g: TestGateway) =>
          g.post('/Users/.search', {
            schemas: ['urn:ietf:params:scim:api:messages:2.0:SearchRequest'],
            filter: 'externalId eq "nobody"',
          }),
      ],
      ['GET /Groups', (g: TestGateway) => g.get('/Groups')],
    ] as const) {
      it(`answers 200 with Resources: [] for ${label}`, async () => {
        const response = await send(gateway);

        expect(response.status).to.equal(200);
        expect(response.headers['content-type']).to.match(/^application\/scim\+json/);
        expect(response.body.schemas).to.deep.equal([listResponseUrn]);
        expect(response.body.Resources).to.deep.equal([]);
        expect(response.body.itemsPerPage).to.equal(0);
        expect(response.body.startIndex).to.be.a('number');
        expect(response.body.totalResults).to.be.a('number');
      });
    }
  });

  describe('strict RFC 7644 behaviour outside the Entra forms', () => {
    let gateway: TestGateway;
    let id: string;

    before(async () => {
      gateway = await TestGateway.start();
      id = (await gateway.post('/Users', entraUser()).expect(201)).body.id;
    });

    after(async () => {
      await gateway.close();
    });

    beforeEach(() => {
      gateway.simulator.clearRequests();
    });

    for (const [label, body, scimType, detail] of [
      [
        'an unknown op',
        patchOp({ op: 'move', path: 'title', value: 'x' }),
        'invalidSyntax',
        /op "move"/,
      ],
      [
        'an op that is not a string',
        patchOp({ op: 1, path: 'title', value: 'x' }),
        'invalidSyntax',
        /op/,
      ],
      [
        'replace without a value',
        patchOp({ op: 'replace', path: 'name.givenName' }),
        'invalidSyntax',
        /no "value"/,
      ],
      [
        'no schemas',
        { Operations: [{ op: 'replace', path: 'title', value: 'x' }] },
        'invalidSyntax',
        /PatchOp/,
      ],
      [
        'no Operations',
        { schemas: ['urn:ietf:params:scim:api:messages:2.0:PatchOp'] },
        'invalidSyntax',
        /Operations/,
      ],
      [
        'an unclosed filter in the path',
        patchOp({ op: 'replace', path: 'emails[type eq "work".value', value: 'a@b.c' }),
        'invalidPath',
        /emails\[type eq "work"\.value/,
      ],
      [
        'an empty segment in the path',
        patchOp({ op: 'replace', path: 'name..givenName', value: 'A' }),
        'invalidPath',
        /name\.\.givenName/,
      ],
      ['a remove without a path', patchOp({ op: 'remove' }), 'noTarget', /needs a "path"/],
      [
        'a read-only attribute',
        patchOp({ op: 'replace', path: 'id', value: 'usr_other' }),
        'mutability',
        /id/,
      ],
    ] as const) {
      it(`PATCH /Users/{id} answers 400 ${scimType} for ${label}, writing nothing`, async () => {
        const response = await gateway.patch(`/Users/${id}`, body);

        expectScimError(response, { status: 400, scimType, detail });
        expect(upstreamWrites(gateway.simulator)).to.deep.equal([]);
      });
    }

    it('PATCH /Users/{id} answers 400 and applies no operation when a later one fails', async () => {
      const body = patchOp(
        { op: 'replace', path: 'name.givenName', value: 'Changed' },
        { op: 'move', path: 'title' },
      );

      const response = await gateway.patch(`/Users/${id}`, body);

      expectScimError(response, { status: 400, scimType: 'invalidSyntax', detail: /Operation 2/ });
      expect(gateway.simulator.user(demoOrgId, id)?.firstName).to.equal('Avery');
    });

    for (const [label, filter, detail] of [
      ['an unknown operator', 'userName xx "a"', /position 10: "xx" is not an operator/],
      ['an unclosed string', 'userName eq "a', /position 13: .*no closing double quote/],
      ['a dangling and', 'userName eq "a" and', /expected an expression after "and"/],
    ] as const) {
      it(`GET /Users answers 400 invalidFilter for ${label}, never 404`, async () => {
        const response = await gateway.get(`/Users${filterQuery(filter)}`);

        expectScimError(response, { status: 400, scimType: 'invalidFilter', detail });
        expect(gateway.upstreamCalls()).to.deep.equal([]);
      });
    }

    it('POST /Users answers 400 invalidSyntax when schemas lacks the core User URN, writing nothing', async () => {
      const body = entraUser({
        userName: 'no.core@example.com',
        schemas: ['urn:ietf:params:scim:schemas:extension:systam:2.0:User'],
      });

      const response = await gateway.post('/Users', body);

      expectScimError(response, {
        status: 400,
        scimType: 'invalidSyntax',
        detail: /schemas must list urn:ietf:params:scim:schemas:core:2\.0:User/,
      });
      expect(upstreamWrites(gateway.simulator)).to.deep.equal([]);
    });

    it('POST /Users answers 415 to a body sent as text/plain, writing nothing', async () => {
      const response = await gateway
        .raw()
        .post('/scim/v2/Users')
        .set('Authorization', `Bearer ${scimTestToken}`)
        .set('Content-Type', 'text/plain')
        .send(JSON.stringify(entraUser({ userName: 'plain@example.com' })));

      expectScimError(response, { status: 415, detail: /application\/scim\+json/ });
      expect(upstreamWrites(gateway.simulator)).to.deep.equal([]);
    });

    it('POST /Users answers 201 to a body sent as application/json; charset=utf-8', async () => {
      const response = await gateway
        .raw()
        .post('/scim/v2/Users')
        .set('Authorization', `Bearer ${scimTestToken}`)
        .set('Content-Type', 'application/json; charset=utf-8')
        .send(
          JSON.stringify(
            entraUser({
              userName: 'json@example.com',
              emails: [{ type: 'work', value: 'json@example.com' }],
            }),
          ),
        );

      expect(response.status).to.equal(201);
    });
  });
});
