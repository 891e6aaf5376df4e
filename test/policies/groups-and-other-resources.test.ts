import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { expect } from 'chai';

import { schemasDirectory } from '../../src/project-paths.js';
import { expectScimError, filterQuery, listResponseUrn } from '../support/scim-expectations.js';
import { coreUserUrn, systamUserUrn, TestGateway } from '../support/test-gateway.js';

const turnOffGroups = /turn off group provisioning/;
const groupProbe = filterQuery('displayName eq "8c1a5d7e-0000-4000-8000-000000000000"');
const spcUrn = 'urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig';
const schemaFiles = [
  [coreUserUrn, 'core-user.json'],
  [systamUserUrn, 'systam-user-extension.json'],
] as const;

interface JsonSchemaFile {
  readonly required?: string[];
  readonly properties: Record<string, { 'x-scim'?: { internal?: boolean } }>;
}

function readSchemaFile(file: string): JsonSchemaFile {
  return JSON.parse(readFileSync(join(schemasDirectory, file), 'utf8')) as JsonSchemaFile;
}

// Systam policies, "Groups and other resources".
describe('groups and other resources', () => {
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

  describe('GET /Groups', () => {
    for (const [label, query] of [
      ['without a filter', ''],
      ['with the Test Connection filter', `${groupProbe}&excludedAttributes=members`],
      ['with a paging request', '?startIndex=1&count=100'],
    ]) {
      it(`answers 200 with an empty ListResponse ${label}`, async () => {
        const response = await gateway.get(`/Groups${query}`);

        expect(response.status).to.equal(200);
        expect(response.headers['content-type']).to.match(/^application\/scim\+json/);
        expect(response.body).to.deep.equal({
          schemas: [listResponseUrn],
          totalResults: 0,
          startIndex: 1,
          itemsPerPage: 0,
          Resources: [],
        });
        expect(gateway.upstreamCalls()).to.deep.equal([]);
      });
    }
  });

  describe('writes to /Groups', () => {
    const group = {
      schemas: ['urn:ietf:params:scim:schemas:core:2.0:Group'],
      displayName: 'Engineering',
    };
    const patch = {
      schemas: ['urn:ietf:params:scim:api:messages:2.0:PatchOp'],
      Operations: [{ op: 'Add', path: 'members', value: [{ value: 'usr_owner1' }] }],
    };

    for (const [label, send] of [
      ['POST /Groups', () => gateway.post('/Groups', group)],
      ['PUT /Groups/{id}', () => gateway.put('/Groups/grp_1', group)],
      ['PATCH /Groups/{id}', () => gateway.patch('/Groups/grp_1', patch)],
      ['DELETE /Groups/{id}', () => gateway.delete('/Groups/grp_1')],
    ] as const) {
      it(`${label} answers 501 telling the administrator to turn off group provisioning`, async () => {
        const response = await send();

        expectScimError(response, { status: 501, detail: turnOffGroups });
        expect(gateway.upstreamCalls()).to.deep.equal([]);
      });
    }
  });

  describe('/Bulk and /Me', () => {
    const bulkRequest = {
      schemas: ['urn:ietf:params:scim:api:messages:2.0:BulkRequest'],
      Operations: [],
    };

    for (const [label, send, detail] of [
      ['POST /Bulk', () => gateway.post('/Bulk', bulkRequest), /Bulk operations are not supported/],
      ['GET /Me', () => gateway.get('/Me'), /\/Me endpoint is not supported/],
      ['PATCH /Me', () => gateway.patch('/Me', {}), /\/Me endpoint is not supported/],
    ] as const) {
      it(`${label} answers 501 with a SCIM Error`, async () => {
        const response = await send();

        expectScimError(response, { status: 501, detail });
        expect(gateway.upstreamCalls()).to.deep.equal([]);
      });
    }
  });

  describe('GET /ServiceProviderConfig', () => {
    it('answers 200 saying bulk, sort and changePassword are not supported, patch and filter are', async () => {
      const response = await gateway.get('/ServiceProviderConfig');

      expect(response.status).to.equal(200);
      expect(response.body.schemas).to.deep.equal([spcUrn]);
      expect(response.body.bulk).to.include({ supported: false });
      expect(response.body.sort).to.deep.equal({ supported: false });
      expect(response.body.changePassword).to.deep.equal({ supported: false });
      expect(response.body.patch).to.deep.equal({ supported: true });
      expect(response.body.filter).to.deep.equal({ supported: true, maxResults: 200 });
    });
  });

  describe('GET /ResourceTypes', () => {
    it('answers 200 listing User only, with the Systam extension required', async () => {
      const response = await gateway.get('/ResourceTypes');

      expect(response.status).to.equal(200);
      expect(response.body.totalResults).to.equal(1);
      expect(response.body.Resources).to.have.lengthOf(1);
      expect(response.body.Resources[0]).to.deep.include({
        id: 'User',
        name: 'User',
        endpoint: '/Users',
        schema: coreUserUrn,
        schemaExtensions: [{ schema: systamUserUrn, required: true }],
      });
    });

    it('answers 404 for the Group resource type', async () => {
      const response = await gateway.get('/ResourceTypes/Group');

      expectScimError(response, { status: 404, detail: /this gateway serves User/ });
    });
  });

  describe('GET /Schemas', () => {
    it('answers 200 listing the core User schema and the Systam extension only', async () => {
      const response = await gateway.get('/Schemas');

      expect(response.status).to.equal(200);
      expect(response.body.Resources.map((schema: { id: string }) => schema.id)).to.deep.equal([
        coreUserUrn,
        systamUserUrn,
      ]);
    });

    it('answers 200 with the attributes of the JSON Schemas that validate requests', async () => {
      const response = await gateway.get('/Schemas');

      for (const [urn, file] of schemaFiles) {
        const source = readSchemaFile(file);
        const served = response.body.Resources.find((schema: { id: string }) => schema.id === urn);
        const names = Object.entries(source.properties)
          .filter(([, property]) => property['x-scim']?.internal !== true)
          .map(([name]) => name);
        const servedNames = served.attributes.map((attribute: { name: string }) => attribute.name);
        expect(servedNames).to.have.members(names);
        const required = served.attributes
          .filter((attribute: { required: boolean }) => attribute.required)
          .map((attribute: { name: string }) => attribute.name);
        expect(required).to.have.members(source.required ?? []);
      }
    });

    it('answers 200 with the Systam extension schema by its URN', async () => {
      const response = await gateway.get(`/Schemas/${systamUserUrn}`);

      expect(response.status).to.equal(200);
      expect(response.body.attributes).to.have.lengthOf(1);
      expect(response.body.attributes[0]).to.include({
        name: 'primaryWorkspace',
        required: true,
        type: 'string',
      });
    });
  });
});
