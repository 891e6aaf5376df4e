import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import { expect } from 'chai';

import { scimTestToken, TestGateway } from '../support/test-gateway.js';
import {
  findFreePort,
  isolatedEnvironment,
  runReplay,
  SpawnedProcess,
  type ReplayResult,
} from './child-process-support.js';
import { countLifecycleSteps, lifecycleScript } from './entra-fixtures.js';

const stepCount = countLifecycleSteps();
const expectedClosingLine = `${stepCount} passed, 0 failed`;
const demoServiceToken = 'systam-demo-service-token';

function expectCleanReplay(result: ReplayResult): void {
  const report = `replay output:\n${result.output}`;
  expect(result.closingLine, report).to.equal(expectedClosingLine);
  expect(result.exitCode, report).to.equal(0);
}

describe('/scim/v2: the recorded Entra lifecycle replayed over HTTP (systam-lifecycle.json)', function () {
  this.timeout(120_000);

  describe('createGateway on 127.0.0.1:0 in front of an in-process simulator', () => {
    let gateway: TestGateway | undefined;
    let server: Server | undefined;

    before(async () => {
      gateway = await TestGateway.start();
      server = createServer(gateway.gateway.app);
      await new Promise<void>((resolve, reject) => {
        server?.once('error', reject);
        server?.listen(0, '127.0.0.1', () => resolve());
      });
    });

    after(async () => {
      if (server?.listening) {
        server.closeAllConnections();
        await new Promise<void>((resolve) => server?.close(() => resolve()));
      }
      await gateway?.close();
    });

    it(`passes every step: "${expectedClosingLine}", exit 0`, async () => {
      const { port } = server?.address() as AddressInfo;

      const result = await runReplay(
        lifecycleScript,
        `http://127.0.0.1:${port}/scim/v2`,
        scimTestToken,
      );

      expectCleanReplay(result);
    });
  });

  describe('node src/server.ts in front of node src/simulator/main.ts (SYSTAM_API_URL)', () => {
    const scimToken = 'entra-replay-operator-token-4711';
    let simulator: SpawnedProcess | undefined;
    let gateway: SpawnedProcess | undefined;
    let gatewayPort = 0;

    before(async () => {
      const simulatorPort = await findFreePort();
      simulator = SpawnedProcess.start(
        'standalone simulator',
        ['--import', 'tsx', 'src/simulator/main.ts'],
        isolatedEnvironment({
          SIMULATOR_PORT: String(simulatorPort),
          SIMULATOR_HOST: '127.0.0.1',
        }),
      );
      await simulator.waitForOutput('Systam simulator listening on');

      gatewayPort = await findFreePort();
      gateway = SpawnedProcess.start(
        'gateway process',
        ['--import', 'tsx', 'src/server.ts'],
        isolatedEnvironment({
          NODE_ENV: 'development',
          HOST: '127.0.0.1',
          PORT: String(gatewayPort),
          LOG_LEVEL: 'warn',
          SYSTAM_API_URL: `http://127.0.0.1:${simulatorPort}`,
          SYSTAM_API_TOKEN: demoServiceToken,
          SYSTAM_ORG_ID: 'org_demo',
          SCIM_BEARER_TOKEN: scimToken,
        }),
      );
      await gateway.waitForHealthy(`http://127.0.0.1:${gatewayPort}/healthz`);
    });

    after(async () => {
      await gateway?.stop();
      await simulator?.stop();
    });

    it(`passes every step: "${expectedClosingLine}", exit 0`, async () => {
      const result = await runReplay(
        lifecycleScript,
        `http://127.0.0.1:${gatewayPort}/scim/v2`,
        scimToken,
      );

      expectCleanReplay(result);
    });

    it('does not start the embedded simulator when an upstream is configured', () => {
      expect(gateway?.output).not.to.include('embedded Systam simulator');
    });

    it('stops both processes on SIGTERM with exit code 0', async () => {
      const stopped = [await gateway?.stop(), await simulator?.stop()];

      expect(stopped).to.deep.equal([
        { exitCode: 0, forced: false },
        { exitCode: 0, forced: false },
      ]);
    });
  });

  describe('node src/server.ts with no upstream (embedded simulator, token dev-token)', () => {
    let gateway: SpawnedProcess | undefined;
    let gatewayPort = 0;

    before(async () => {
      gatewayPort = await findFreePort();
      gateway = SpawnedProcess.start(
        'gateway process (development default)',
        ['--import', 'tsx', 'src/server.ts'],
        isolatedEnvironment({
          NODE_ENV: 'development',
          HOST: '127.0.0.1',
          PORT: String(gatewayPort),
          LOG_LEVEL: 'warn',
        }),
      );
      await gateway.waitForHealthy(`http://127.0.0.1:${gatewayPort}/healthz`);
    });

    after(async () => {
      await gateway?.stop();
    });

    it('was started with no SYSTAM_* or SCIM_* variable', () => {
      const names = Object.keys(gateway?.env ?? { missing: 'process' });

      const configuring = names.filter((name) => /^(SYSTAM|SCIM)_/.test(name));

      expect(names).to.include('PORT');
      expect(configuring).to.deep.equal([]);
    });

    it('announces the embedded simulator and the development token', () => {
      expect(gateway?.output).to.include('embedded Systam simulator');
      expect(gateway?.output).to.include('"dev-token"');
    });

    it(`passes every step with token dev-token: "${expectedClosingLine}", exit 0`, async () => {
      const result = await runReplay(
        lifecycleScript,
        `http://127.0.0.1:${gatewayPort}/scim/v2`,
        'dev-token',
      );

      expectCleanReplay(result);
    });

    it('stops on SIGTERM with exit code 0', async () => {
      const stopped = await gateway?.stop();

      expect(stopped).to.deep.equal({ exitCode: 0, forced: false });
    });
  });
});
