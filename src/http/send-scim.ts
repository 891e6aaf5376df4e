import type { Response } from 'express';

export const scimContentType = 'application/scim+json; charset=utf-8';

/**
 * Writes a SCIM body: every answer of the gateway is application/scim+json
 * (RFC 7644 section 8.1).
 */
export function sendScim(
  response: Response,
  status: number,
  body: unknown,
  headers: Readonly<Record<string, string>> = {},
): void {
  response.status(status);
  for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
  response.setHeader('Content-Type', scimContentType);
  response.send(JSON.stringify(body));
}

/** An answer without a body (204, 304). */
export function sendEmpty(
  response: Response,
  status: number,
  headers: Readonly<Record<string, string>> = {},
): void {
  response.status(status);
  for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
  response.end();
}
