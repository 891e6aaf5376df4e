import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import type { Express } from 'express';

import { FaultInjector, type FaultOptions } from './fault-injector.js';
import { RequestLog, type RequestLogEntry } from './request-log.js';
import type { SimulatorSeed } from './seed.js';
import { createSimulatorApp } from './simulator-app.js';
import { SimulatorState } from './simulator-state.js';
import { copyUserRecord, type UserRecord } from './user-record.js';

export interface SimulatorOptions {
  /** Default 127.0.0.1. */
  readonly host?: string;
  /** Default 0: a free port chosen by the system. */
  readonly port?: number;
  /** The organizations to serve; each simulator works on its own copy. */
  readonly seed: SimulatorSeed;
  /** Added before every request is handled; default 0. */
  readonly latencyMs?: number;
  /** Default 64 KiB. */
  readonly bodyLimitBytes?: number;
  /** How many recent requests the log keeps; default 10 000. */
  readonly requestLogLimit?: number;
  /** Told about unexpected failures (answered 500); default: one line on stderr. */
  readonly reportFault?: (error: unknown) => void;
}

export interface RunningSimulator {
  /** The base URL, e.g. http://127.0.0.1:41234; the API lives under /internal/v1. */
  readonly url: string;
  /** A snapshot of the requests received so far, oldest first. */
  readonly requests: readonly RequestLogEntry[];
  clearRequests(): void;
  /** Plans a failure for the matching requests to come (see FaultOptions). */
  injectFault(fault: FaultOptions): void;
  clearFaults(): void;
  /** Changes the latency added before every request. */
  setLatency(latencyMs: number): void;
  /** A copy of an organization's users in the contract's order (throws for an unknown id). */
  users(organizationId: string): UserRecord[];
  /** A copy of one user, or undefined. */
  user(organizationId: string, userId: string): UserRecord | undefined;
  /** Stops listening and drops every open connection, held requests included. */
  close(): Promise<void>;
}

const defaultBodyLimitBytes = 64 * 1024;
const defaultRequestLogLimit = 10_000;

export async function startSimulator(options: SimulatorOptions): Promise<RunningSimulator> {
  const state = new SimulatorState(options.seed);
  const requestLog = new RequestLog(options.requestLogLimit ?? defaultRequestLogLimit);
  const faults = new FaultInjector(options.latencyMs ?? 0);
  const app = createSimulatorApp({
    state,
    requestLog,
    faults,
    bodyLimitBytes: options.bodyLimitBytes ?? defaultBodyLimitBytes,
    reportFault: options.reportFault ?? reportOnStderr,
  });

  const server = await listen(app, options.port ?? 0, options.host ?? '127.0.0.1');

  const findOrganization = (organizationId: string) => {
    const organization = state.findOrganization(organizationId);
    if (organization === undefined) {
      throw new Error(`The simulator has no organization ${organizationId}`);
    }
    return organization;
  };

  return {
    url: formatUrl(server.address() as AddressInfo),
    get requests() {
      return requestLog.entries();
    },
    clearRequests: () => requestLog.clear(),
    injectFault: (fault) => faults.inject(fault),
    clearFaults: () => faults.clear(),
    setLatency: (latencyMs) => faults.setLatency(latencyMs),
    users: (organizationId) => findOrganization(organizationId).users().map(copyUserRecord),
    user(organizationId, userId) {
      const user = findOrganization(organizationId).findUser(userId);
      return user === undefined ? undefined : copyUserRecord(user);
    },
    close: () => closeServer(server),
  };
}

function listen(app: Express, port: number, host: string): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = app.listen(port, host);
    server.once('error', reject);
    server.once('listening', () => {
      server.off('error', reject);
      resolve(server);
    });
  });
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve, reject) => {
    server.close((error) => (error === undefined ? resolve() : reject(error)));
    // Keep-alive connections and requests held by a `hang` fault would keep
    // the server open for good.
    server.closeAllConnections();
  });
}

function formatUrl(address: AddressInfo): string {
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return `http://${host}:${address.port}`;
}

function reportOnStderr(error: unknown): void {
  const text = error instanceof Error ? (error.stack ?? error.message) : String(error);
  process.stderr.write(`Systam simulator: unexpected failure: ${text}\n`);
}
