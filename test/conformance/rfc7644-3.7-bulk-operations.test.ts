import { expect } from 'chai';

import type { TestGateway } from '../support/test-gateway.js';
import { expectError, startGateway } from './conformance-support.js';

const bulkRequestUrn = 'urn:ietf:params:scim:api:messages:2.0:BulkRequest';

// RFC 7644 section 3.7: bulk is optional, and ServiceProviderConfig says
// whether it is offered. Systam decided: not offered, 501 (section 3.12).
describe('RFC 7644 §3.7 Bulk Operations (unsupported by decision)', () => {
  let gateway: TestGateway;

  before(async () => {
    gateway = await startGateway();
  });

  after(async () => {
    await gateway.close();
  });

  it('says bulk.supported false in ServiceProviderConfig', async () => {
    const response = await gateway.get('/ServiceProviderConfig');

    expect(response.body.bulk).to.deep.equal({
      supported: false,
      maxOperations: 0,
      maxPayloadSize: 0,
    });
  });

  it('answers a BulkRequest with 501 without scimType, and creates nothing', async () => {
    const response = await gateway.post('/Bulk', {
      schemas: [bulkRequestUrn],
      Operations: [
        {
          method: 'POST',
          path: '/Users',
          bulkId: 'b1',
          data: { userName: 'bulk@example.com' },
        },
      ],
    });

    expectError(response, { status: 501, detail: /Bulk/ });
    expect(gateway.simulator.users('org_demo').map((user) => user.email)).to.not.include(
      'bulk@example.com',
    );
  });

  for (const method of ['get', 'delete'] as const) {
    it(`answers ${method.toUpperCase()} /Bulk with 501 as well`, async () => {
      const response = await gateway[method]('/Bulk');

      expectError(response, { status: 501 });
    });
  }
});
