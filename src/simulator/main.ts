import { loadSimulatorSettings } from '../config/simulator-settings.js';
import { readSeedFile } from './seed.js';
import { startSimulator } from './start-simulator.js';

// The standalone simulator (npm run simulator) for development: it prints the
// demo credentials it serves, which are meant to be shared.
try {
  const settings = loadSimulatorSettings();
  const seed = readSeedFile(settings.seedFile);
  const simulator = await startSimulator({ host: settings.host, port: settings.port, seed });

  const served = seed.organizations
    .map((organization) => `${organization.id} (service token ${organization.serviceToken})`)
    .join(', ');
  process.stdout.write(`Systam simulator listening on ${simulator.url} for ${served}\n`);

  // What a gateway needs to use this simulator as its upstream, ready to paste.
  const first = seed.organizations[0];
  if (first !== undefined) {
    process.stdout.write(
      'Point a gateway at it with:\n' +
        `  SYSTAM_API_URL=${simulator.url} SYSTAM_API_TOKEN=${first.serviceToken} ` +
        `SYSTAM_ORG_ID=${first.id} SCIM_BEARER_TOKEN=<at least 16 characters>\n`,
    );
  }

  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      simulator.close().catch((error: unknown) => {
        process.stderr.write(`Systam simulator did not close cleanly: ${String(error)}\n`);
        process.exitCode = 1;
      });
    });
  }
} catch (error) {
  process.stderr.write(`Systam simulator cannot start: ${(error as Error).message}\n`);
  process.exitCode = 1;
}
