/** A configuration problem found at start-up; the process stops with its message. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}
