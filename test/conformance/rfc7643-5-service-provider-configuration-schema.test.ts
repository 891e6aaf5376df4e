import { expect } from 'chai';

import type { TestGateway } from '../support/test-gateway.js';
import { publicBaseUrl, startGateway } from './conformance-support.js';

// RFC 7643 section 5: the ServiceProviderConfig attributes, each feature
// with `supported` (and its limits), and at least one authentication
// scheme with type, name and description.
describe('RFC 7643 §5 Service Provider Configuration Schema', () => {
  let gateway: TestGateway;
  let config: Record<string, unknown>;

  before(async () => {
    gateway = await startGateway();
    const response = await gateway.get('/ServiceProviderConfig');
    expect(response.status).to.equal(200);
    config = response.body;
  });

  after(async () => {
    await gateway.close();
  });

  it('tells the features truthfully: patch, filter and etag yes; bulk, sort and changePassword no', () => {
    expect(config).to.deep.include({
      patch: { supported: true },
      bulk: { supported: false, maxOperations: 0, maxPayloadSize: 0 },
      filter: { supported: true, maxResults: 200 },
      changePassword: { supported: false },
      sort: { supported: false },
      etag: { supported: true },
    });
  });

  it('carries no member RFC 7643 §5 does not define', () => {
    const defined = [
      'schemas',
      'documentationUri',
      'patch',
      'bulk',
      'filter',
      'changePassword',
      'sort',
      'etag',
      'authenticationSchemes',
      'meta',
    ];

    expect(Object.keys(config).filter((key) => !defined.includes(key))).to.deep.equal([]);
  });

  it('describes the bearer token scheme with type, name, description and one primary scheme', () => {
    const schemes = config.authenticationSchemes as Record<string, unknown>[];

    expect(schemes).to.have.lengthOf(1);
    expect(schemes[0]).to.deep.include({
      type: 'oauthbearertoken',
      name: 'Bearer token',
      specUri: 'https://www.rfc-editor.org/info/rfc6750',
      primary: true,
    });
    expect(schemes[0]?.description).to.be.a('string').that.is.not.empty;
  });

  it('has meta with resourceType and location, and needs no id', () => {
    expect(config.meta).to.deep.equal({
      resourceType: 'ServiceProviderConfig',
      location: `${publicBaseUrl}/ServiceProviderConfig`,
    });
    expect(config).to.not.have.property('id');
  });

  it('reports the configured query.maxResults as filter.maxResults', async () => {
    const small = await startGateway({
      adjust: (c) => ({ ...c, query: { ...c.query, maxResults: 25 } }),
    });
    try {
      const response = await small.get('/ServiceProviderConfig');

      expect(response.body.filter).to.deep.equal({ supported: true, maxResults: 25 });
    } finally {
      await small.close();
    }
  });
});
