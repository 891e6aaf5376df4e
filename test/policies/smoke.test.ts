import { expect } from 'chai';

import { entraUser, TestGateway } from '../support/test-gateway.js';

describe('test gateway harness', () => {
  let gateway: TestGateway;

  before(async () => {
    gateway = await TestGateway.start();
  });

  after(async () => {
    await gateway.close();
  });

  it('creates a user through the gateway and reads it back', async () => {
    const created = await gateway.post('/Users', entraUser()).expect(201);

    const read = await gateway.get(`/Users/${created.body.id}`).expect(200);

    expect(read.body.userName).to.equal('avery.lin@example.com');
    expect(read.headers['content-type']).to.match(/^application\/scim\+json/);
  });
});
