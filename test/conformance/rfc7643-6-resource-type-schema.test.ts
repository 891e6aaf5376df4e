import { expect } from 'chai';

import type { TestGateway } from '../support/test-gateway.js';
import { coreUserUrn, publicBaseUrl, startGateway, systamUserUrn } from './conformance-support.js';

// RFC 7643 section 6: a ResourceType names its endpoint, its base schema
// and its schema extensions, saying which are required.
describe('RFC 7643 §6 ResourceType Schema', () => {
  let gateway: TestGateway;

  before(async () => {
    gateway = await startGateway();
  });

  after(async () => {
    await gateway.close();
  });

  it('describes User at /Users with the core schema and the required Systam extension', async () => {
    const response = await gateway.get('/ResourceTypes/User');

    expect(response.status).to.equal(200);
    expect(response.body).to.deep.equal({
      schemas: ['urn:ietf:params:scim:schemas:core:2.0:ResourceType'],
      id: 'User',
      name: 'User',
      endpoint: '/Users',
      description: 'User Account',
      schema: coreUserUrn,
      schemaExtensions: [{ schema: systamUserUrn, required: true }],
      meta: { resourceType: 'ResourceType', location: `${publicBaseUrl}/ResourceTypes/User` },
    });
  });

  it('names only schemas that /Schemas serves', async () => {
    const type = (await gateway.get('/ResourceTypes/User')).body;
    const named = [
      type.schema,
      ...type.schemaExtensions.map((extension: { schema: string }) => extension.schema),
    ];

    const answers = await Promise.all(named.map((urn: string) => gateway.get(`/Schemas/${urn}`)));

    expect(answers.map((answer) => answer.status)).to.deep.equal([200, 200]);
  });

  it('lets its endpoint answer a query', async () => {
    const type = (await gateway.get('/ResourceTypes/User')).body;

    const response = await gateway.get(type.endpoint);

    expect(response.status).to.equal(200);
  });
});
