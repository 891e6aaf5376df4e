import { expect } from 'chai';

import type { GatewayConfig } from '../../src/config/gateway-config.js';
import { checkTenantUpstream } from '../../src/provisioning/check-tenant-upstream.js';
import { TestGateway } from '../support/test-gateway.js';

function withSystam(change: Partial<GatewayConfig['tenants'][number]['systam']>) {
  return (config: GatewayConfig): GatewayConfig => ({
    ...config,
    tenants: config.tenants.map((tenant) => ({
      ...tenant,
      systam: { ...tenant.systam, ...change },
    })),
  });
}

describe('checkTenantUpstream (the start-up check of each tenant)', () => {
  let gateway: TestGateway | undefined;

  afterEach(async () => {
    await gateway?.close();
  });

  const check = async (adjust?: (config: GatewayConfig) => GatewayConfig) => {
    gateway = await TestGateway.start(adjust === undefined ? {} : { adjust });
    const [tenant] = gateway.gateway.tenants;
    if (tenant === undefined) throw new Error('no tenant');
    return checkTenantUpstream(tenant);
  };

  it('reports a tenant whose Systam answers as reachable', async () => {
    expect(await check()).to.deep.equal({ tenant: 'default', ok: true });
  });

  it('says Systam refuses the service token when it answers 401', async () => {
    expect(await check(withSystam({ serviceToken: 'wrong-token' }))).to.deep.equal({
      tenant: 'default',
      ok: false,
      problem: 'Systam refuses the service token',
    });
  });

  it('says the organization does not exist when Systam answers ORGANIZATION_NOT_FOUND', async () => {
    const result = await check(withSystam({ orgId: 'org_nowhere' }));

    expect(result).to.deep.equal({
      tenant: 'default',
      ok: false,
      problem: 'Systam has no organization with this id',
    });
  });

  it('says Systam cannot be reached when nothing listens at the URL', async () => {
    const result = await check(withSystam({ baseUrl: 'http://127.0.0.1:9' }));

    expect(result.ok).to.equal(false);
    expect(result.ok === false && result.problem).to.match(/could not be reached/);
  });
});
