import { join } from 'node:path';

import { schemasDirectory } from '../project-paths.js';

export interface SimulatorSettings {
  readonly host: string;
  readonly port: number;
  readonly seedFile: string;
}

export const defaultSeedFile = join(schemasDirectory, 'systam', 'demo-seed.json');

/**
 * Settings of the standalone Systam simulator process (`npm run simulator`):
 * SIMULATOR_HOST (default 127.0.0.1), SIMULATOR_PORT (default 8090),
 * SIMULATOR_SEED (default the demo organization).
 */
export function loadSimulatorSettings(env: NodeJS.ProcessEnv = process.env): SimulatorSettings {
  const port = Number(env.SIMULATOR_PORT ?? '8090');
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`SIMULATOR_PORT must be a port number, got "${env.SIMULATOR_PORT}"`);
  }

  return Object.freeze({
    host: env.SIMULATOR_HOST ?? '127.0.0.1',
    port,
    seedFile: env.SIMULATOR_SEED ?? defaultSeedFile,
  });
}
