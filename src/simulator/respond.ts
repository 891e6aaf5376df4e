import type { Response } from 'express';

import { noteStatus } from './request-log.js';

/** Sends a JSON answer (the only way the simulator answers with a body). */
export function sendJson(
  res: Response,
  status: number,
  body: unknown,
  headers: Readonly<Record<string, string>> = {},
): void {
  noteStatus(res, status);
  res.status(status).set(headers).json(body);
}

export function sendNoContent(res: Response): void {
  noteStatus(res, 204);
  res.status(204).end();
}
