import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project root (this file sits in test/entra/). */
export const projectRoot = fileURLToPath(new URL('../..', import.meta.url));

/** The recorded Entra lifecycle and the replay tool, byte-identical copies of the shared ones. */
export const lifecycleScript = join(
  projectRoot,
  'test',
  'fixtures',
  'entra',
  'systam-lifecycle.json',
);
export const replayTool = join(projectRoot, 'test', 'fixtures', 'entra', 'replay.mjs');

/** How many steps the lifecycle script holds, read from the script itself. */
export function countLifecycleSteps(): number {
  const script = JSON.parse(readFileSync(lifecycleScript, 'utf8')) as { steps?: unknown };
  if (!Array.isArray(script.steps) || script.steps.length === 0) {
    throw new Error(`${lifecycleScript} holds no steps`);
  }
  return script.steps.length;
}
