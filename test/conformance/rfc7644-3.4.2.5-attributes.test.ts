import { expect } from 'chai';

import type { TestGateway } from '../support/test-gateway.js';
import {
  coreUserUrn,
  createUser,
  expectListResponse,
  filterQuery,
  patchOp,
  rfcUser,
  startGateway,
  systamUserUrn,
} from './conformance-support.js';

const bothSchemas = [coreUserUrn, systamUserUrn];

// RFC 7644 sections 3.4.2.5 and 3.9: `attributes` narrows a response to the
// named attributes, `excludedAttributes` removes attributes returned by
// default; `id` (returned "always") and `schemas` always stay. Both work on
// every response that carries a resource: GET, list, POST, PUT and PATCH.
describe('RFC 7644 §3.4.2.5 and §3.9 Attributes and excludedAttributes', () => {
  let gateway: TestGateway;
  let user: Record<string, unknown> & { id: string };
  let url: string;

  before(async () => {
    gateway = await startGateway();
    user = await createUser(gateway, 'attrs', {
      externalId: 'attrs-1',
      preferredLanguage: 'en-GB',
      emails: [
        { value: 'attrs@example.com', type: 'work' },
        { value: 'attrs@home.example', type: 'other' },
      ],
    });
    url = `/Users/${user.id}`;
  });

  after(async () => {
    await gateway.close();
  });

  // RFC 7643 section 3: schemas lists the extension only when its object is there.
  const schemasOf = (body: Record<string, unknown>) =>
    body[systamUserUrn] === undefined ? [coreUserUrn] : bothSchemas;

  const read = async (query: string) => {
    const response = await gateway.get(`${url}${query}`);
    expect(response.status, response.text).to.equal(200);
    return response.body as Record<string, unknown>;
  };

  describe('attributes on GET /Users/{id}', () => {
    const cases: readonly [string, () => Record<string, unknown>][] = [
      ['userName', () => ({ userName: 'attrs@example.com' })],
      ['USERNAME,ExternalId', () => ({ userName: 'attrs@example.com', externalId: 'attrs-1' })],
      ['name.givenName', () => ({ name: { givenName: 'Attrs' } })],
      [
        'emails.value',
        () => ({ emails: [{ value: 'attrs@example.com' }, { value: 'attrs@home.example' }] }),
      ],
      [
        'emails.type,name.familyName',
        () => ({
          emails: [{ type: 'work' }, { type: 'other' }],
          name: { familyName: 'Conformance' },
        }),
      ],
      [`${coreUserUrn}:userName`, () => ({ userName: 'attrs@example.com' })],
      [
        `${systamUserUrn}:primaryWorkspace`,
        () => ({ [systamUserUrn]: { primaryWorkspace: 'HEL-01' } }),
      ],
      [systamUserUrn, () => ({ [systamUserUrn]: { primaryWorkspace: 'HEL-01' } })],
      ['meta.version', () => ({ meta: { version: (user.meta as { version: string }).version } })],
      ['id', () => ({})],
      ['displayName', () => ({})],
    ];

    for (const [attributes, expected] of cases) {
      it(`answers only id, schemas and ${attributes}`, async () => {
        const body = await read(`?attributes=${encodeURIComponent(attributes)}`);

        const wanted = expected();
        expect(body).to.deep.equal({ schemas: schemasOf(wanted), id: user.id, ...wanted });
      });
    }
  });

  describe('excludedAttributes on GET /Users/{id}', () => {
    const full = () => ({ ...user }) as Record<string, unknown>;
    const without = (...names: string[]) => {
      const copy = full();
      for (const name of names) delete copy[name];
      return { ...copy, schemas: schemasOf(copy) };
    };

    it('leaves out top-level attributes, in any letter case', async () => {
      const body = await read('?excludedAttributes=EMAILS,meta,preferredLanguage');

      expect(body).to.deep.equal(without('emails', 'meta', 'preferredLanguage'));
    });

    it('leaves out one sub-attribute of a complex attribute', async () => {
      const body = await read('?excludedAttributes=name.givenName');

      expect(body).to.deep.equal({ ...full(), name: { familyName: 'Conformance' } });
    });

    it('leaves out one sub-attribute of every value of a multi-valued attribute', async () => {
      const body = await read('?excludedAttributes=emails.type');

      expect(body).to.deep.equal({
        ...full(),
        emails: [{ value: 'attrs@example.com' }, { value: 'attrs@home.example' }],
      });
    });

    it('leaves out an extension attribute and, with it, the empty extension object', async () => {
      const body = await read(`?excludedAttributes=${systamUserUrn}:primaryWorkspace`);

      expect(body).to.deep.equal(without(systamUserUrn));
    });

    it('leaves out a whole extension named by its URN', async () => {
      const body = await read(`?excludedAttributes=${systamUserUrn}`);

      expect(body).to.deep.equal(without(systamUserUrn));
    });

    it('never leaves out id or schemas, which are always returned', async () => {
      const body = await read('?excludedAttributes=id,schemas');

      expect(body).to.deep.equal(full());
    });

    it('ignores a name the resource type does not have', async () => {
      const body = await read('?excludedAttributes=nickName,x509Certificates');

      expect(body).to.deep.equal(full());
    });
  });

  describe('on the other responses that carry a resource', () => {
    it('narrows every resource of a list', async () => {
      const list = expectListResponse(
        await gateway.get(
          `/Users${filterQuery(`id eq "${user.id}"`, '&attributes=userName,emails.value')}`,
        ),
      );

      expect(list.Resources).to.deep.equal([
        {
          schemas: [coreUserUrn],
          id: user.id,
          userName: 'attrs@example.com',
          emails: [{ value: 'attrs@example.com' }, { value: 'attrs@home.example' }],
        },
      ]);
    });

    it('excludes from every resource of a list', async () => {
      const query = filterQuery(
        `id eq "${user.id}"`,
        `&excludedAttributes=meta,name,emails,${systamUserUrn}`,
      );

      const list = expectListResponse(await gateway.get(`/Users${query}`));

      expect(list.Resources).to.deep.equal([
        {
          schemas: [coreUserUrn],
          id: user.id,
          externalId: 'attrs-1',
          userName: 'attrs@example.com',
          active: true,
          preferredLanguage: 'en-GB',
        },
      ]);
    });

    it('narrows the 201 answer of POST, while the Location header stays', async () => {
      const response = await gateway.post('/Users?attributes=userName', rfcUser('attrs.post'));

      expect(response.status).to.equal(201);
      expect(response.body).to.deep.equal({
        schemas: [coreUserUrn],
        id: response.body.id,
        userName: 'attrs.post@example.com',
      });
      expect(response.headers.location).to.match(new RegExp(`/Users/${String(response.body.id)}$`));
    });

    it('narrows the 200 answer of PUT', async () => {
      const target = await createUser(gateway, 'attrs.put');

      const response = await gateway.put(
        `/Users/${target.id}?attributes=name`,
        rfcUser('attrs.put', { name: { givenName: 'Put', familyName: 'Narrowed' } }),
      );

      expect(response.status).to.equal(200);
      expect(response.body).to.deep.equal({
        schemas: [coreUserUrn],
        id: target.id,
        name: { givenName: 'Put', familyName: 'Narrowed' },
      });
    });

    it('excludes from the 200 answer of PATCH', async () => {
      const target = await createUser(gateway, 'attrs.patch');

      const response = await gateway.patch(
        `/Users/${target.id}?excludedAttributes=meta,emails,name,active,${systamUserUrn}`,
        patchOp({ op: 'add', path: 'externalId', value: 'patched' }),
      );

      expect(response.status).to.equal(200);
      expect(response.body).to.deep.equal({
        schemas: [coreUserUrn],
        id: target.id,
        externalId: 'patched',
        userName: 'attrs.patch@example.com',
      });
    });
  });
});
