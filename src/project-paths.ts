import { fileURLToPath } from 'node:url';

// This file sits one level below the project root both as source (src/) and
// compiled (dist/), so the root is found the same way in both.
const projectRoot = fileURLToPath(new URL('..', import.meta.url));

export const schemasDirectory = `${projectRoot}schemas`;
export const configDirectory = `${projectRoot}config`;
