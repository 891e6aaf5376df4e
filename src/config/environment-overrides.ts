import { ConfigError } from './config-error.js';

/**
 * The environment variables that override single settings. Each is parsed
 * here so that a bad value is reported under the variable's own name.
 */
export function readEnvironmentOverrides(env: NodeJS.ProcessEnv): Record<string, unknown> {
  const server: Record<string, unknown> = {};
  const log: Record<string, unknown> = {};

  if (isSet(env.PORT)) server.port = readInteger(env, 'PORT', 0, 65535);
  if (isSet(env.HOST)) server.host = env.HOST;
  if (isSet(env.BODY_LIMIT_BYTES)) {
    server.bodyLimitBytes = readInteger(env, 'BODY_LIMIT_BYTES', 1024, 104_857_600);
  }
  if (isSet(env.PUBLIC_BASE_URL)) server.publicBaseUrl = readUrl(env, 'PUBLIC_BASE_URL');
  if (isSet(env.LOG_LEVEL)) log.level = readChoice(env, 'LOG_LEVEL', logLevels);

  const overrides: Record<string, unknown> = {};
  if (Object.keys(server).length > 0) overrides.server = server;
  if (Object.keys(log).length > 0) overrides.log = log;
  return overrides;
}

const logLevels = ['error', 'warn', 'info', 'debug'];

function readChoice(env: NodeJS.ProcessEnv, name: string, choices: readonly string[]): string {
  const text = env[name] ?? '';
  if (!choices.includes(text)) {
    throw new ConfigError(`${name} must be one of ${choices.join(', ')}, got "${text}".`);
  }
  return text;
}

function readUrl(env: NodeJS.ProcessEnv, name: string): string {
  const text = env[name] ?? '';
  if (!/^https?:\/\/[^\s?#]+$/.test(text)) {
    throw new ConfigError(
      `${name} must be an http(s) URL such as https://scim.example.com/scim/v2, got "${text}".`,
    );
  }
  return text;
}

function isSet(value: string | undefined): value is string {
  return value !== undefined && value !== '';
}

function readInteger(env: NodeJS.ProcessEnv, name: string, min: number, max: number): number {
  const text = env[name] ?? '';
  const value = Number(text);
  if (!/^\d+$/.test(text) || value < min || value > max) {
    throw new ConfigError(`${name} must be an integer from ${min} to ${max}, got "${text}".`);
  }
  return value;
}
