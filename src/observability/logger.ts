import winston from 'winston';

import type { LogLevel } from '../config/gateway-config.js';
import { currentRequestContext } from './request-context.js';

export type Logger = winston.Logger;
export type LogTransport = winston.transport;

export interface LoggerOptions {
  level: LogLevel;
  /** Where lines go; standard output unless a test collects them. */
  transports?: LogTransport[];
}

// Every line written while a request is served carries its request id and
// tenant, so one grep follows a request through the gateway.
const addRequestContext = winston.format((info) => {
  const context = currentRequestContext();
  if (context !== undefined) {
    info.requestId ??= context.requestId;
    if (context.tenantId !== undefined) info.tenant ??= context.tenantId;
  }
  return info;
});

/** JSON lines: a constant message plus fields, never data spliced into the message. */
export function createLogger(options: LoggerOptions): Logger {
  return winston.createLogger({
    level: options.level,
    defaultMeta: { service: 'systam-scim-gateway' },
    format: winston.format.combine(
      addRequestContext(),
      winston.format.timestamp(),
      winston.format.errors({ stack: false }),
      winston.format.json(),
    ),
    transports: options.transports ?? [new winston.transports.Console()],
  });
}
