/**
 * Gateway benchmark: a simulator and a load generator in this process, the
 * gateway in its own process as in production. Prints throughput, latency
 * percentiles, the Systam calls each SCIM request cost and the gateway's
 * memory. Asserts nothing; the machine is shared, so read figures as rough.
 *
 *   npm run bench                      (defaults)
 *   BENCH_REQUESTS=5000 BENCH_CONCURRENCY=32 BENCH_UPSTREAM_LATENCY_MS=5 npm run bench
 */
import { defaultSeedFile } from '../src/config/simulator-settings.js';
import { readSeedFile } from '../src/simulator/seed.js';
import { startSimulator } from '../src/simulator/start-simulator.js';
import { startGatewayProcess } from './gateway-process.js';
import { percentile, runLoad, type LoadOptions } from './load.js';

const requests = Number(process.env.BENCH_REQUESTS ?? '2000');
const concurrency = Number(process.env.BENCH_CONCURRENCY ?? '16');
const upstreamLatencyMs = Number(process.env.BENCH_UPSTREAM_LATENCY_MS ?? '0');
const seededUsers = 200;
const token = 'bench-scim-token-0123456789';
const systamUrn = 'urn:ietf:params:scim:schemas:extension:systam:2.0:User';
const patchOpUrn = 'urn:ietf:params:scim:api:messages:2.0:PatchOp';

const seed = readSeedFile(defaultSeedFile);
const organization = seed.organizations[0];
if (organization === undefined) throw new Error('the demo seed has no organization');

const simulator = await startSimulator({ seed, latencyMs: upstreamLatencyMs });
const gateway = await startGatewayProcess({
  SCIM_BEARER_TOKEN: token,
  SYSTAM_API_URL: simulator.url,
  SYSTAM_API_TOKEN: organization.serviceToken,
  SYSTAM_ORG_ID: organization.id,
});

const user = (index: number, prefix: string) => ({
  schemas: ['urn:ietf:params:scim:schemas:core:2.0:User'],
  userName: `${prefix}.${index}@bench.example`,
  externalId: `${prefix}-${index}`,
  name: { givenName: 'Bench', familyName: `User ${index}` },
  emails: [{ type: 'work', value: `${prefix}.${index}@bench.example`, primary: true }],
  phoneNumbers: [{ type: 'work', value: '+358 40 000 0000' }],
  [systamUrn]: { primaryWorkspace: 'HEL-01' },
});

const base = '/scim/v2';
const load = (options: Pick<LoadOptions, 'request' | 'expected'>) =>
  runLoad({ origin: gateway.origin, token, concurrency, requests, ...options });

const seeded = await runLoad({
  origin: gateway.origin,
  token,
  concurrency: 8,
  requests: seededUsers,
  request: (index) => ({ method: 'POST', path: `${base}/Users`, body: user(index, 'seed') }),
  expected: [201],
});
if (seeded.failures > 0) throw new Error('seeding users through the gateway failed');
const ids = simulator
  .users(organization.id)
  .filter((record) => record.scimLink !== null)
  .map((record) => record.id);
const idAt = (index: number) => ids[index % ids.length] ?? '';

// The first requests pay for JIT compilation and connection set-up; they are
// not part of any figure.
await runLoad({
  origin: gateway.origin,
  token,
  concurrency,
  requests: 1000,
  request: (i) => ({ method: 'GET', path: `${base}/Users/${idAt(i)}` }),
  expected: [200],
});

const scenarios: [string, Pick<LoadOptions, 'request' | 'expected'>][] = [
  [
    'GET /Users/{id}',
    { request: (i) => ({ method: 'GET', path: `${base}/Users/${idAt(i)}` }), expected: [200] },
  ],
  [
    'GET /Users?filter=userName eq',
    {
      request: (i) => ({
        method: 'GET',
        path: `${base}/Users?filter=${encodeURIComponent(`userName eq "seed.${i % seededUsers}@bench.example"`)}`,
      }),
      expected: [200],
    },
  ],
  [
    'GET /Users?filter=externalId eq (unquoted)',
    {
      request: (i) => ({
        method: 'GET',
        path: `${base}/Users?filter=${encodeURIComponent(`externalId eq seed-${i % seededUsers}`)}`,
      }),
      expected: [200],
    },
  ],
  [
    'GET /Users?count=100',
    { request: () => ({ method: 'GET', path: `${base}/Users?count=100` }), expected: [200] },
  ],
  [
    'PATCH /Users/{id} (Entra legacy ops)',
    {
      request: (i) => ({
        method: 'PATCH',
        path: `${base}/Users/${idAt(i)}`,
        body: {
          schemas: [patchOpUrn],
          Operations: [
            { op: 'Replace', path: 'name.familyName', value: `Changed ${i}` },
            { op: 'Replace', path: 'phoneNumbers[type eq "work"].value', value: `+358 40 ${i}` },
          ],
        },
      }),
      expected: [200],
    },
  ],
  [
    'POST /Users',
    {
      request: (i) => ({ method: 'POST', path: `${base}/Users`, body: user(i, 'new') }),
      expected: [201],
    },
  ],
];

console.log(
  `gateway benchmark: ${requests} requests per scenario, ${concurrency} in flight, ` +
    `upstream latency ${upstreamLatencyMs} ms, ${seededUsers} users`,
);
console.log(
  'scenario'.padEnd(44),
  'req/s'.padStart(8),
  'p50 ms'.padStart(8),
  'p95 ms'.padStart(8),
  'p99 ms'.padStart(8),
  'calls/req'.padStart(10),
  'failed'.padStart(7),
);

for (const [name, scenario] of scenarios) {
  simulator.clearRequests();
  const result = await load(scenario);
  const upstreamCalls = simulator.requests.length / result.requests;

  console.log(
    name.padEnd(44),
    (result.requests / result.seconds).toFixed(0).padStart(8),
    percentile(result.latenciesMs, 0.5).toFixed(2).padStart(8),
    percentile(result.latenciesMs, 0.95).toFixed(2).padStart(8),
    percentile(result.latenciesMs, 0.99).toFixed(2).padStart(8),
    upstreamCalls.toFixed(2).padStart(10),
    String(result.failures).padStart(7),
  );
}

console.log(`gateway resident memory after the run: ${gateway.residentMemoryMiB().toFixed(1)} MiB`);

await gateway.stop();
await simulator.close();
