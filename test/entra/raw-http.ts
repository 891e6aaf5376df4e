import { createServer, request as httpRequest, type RequestListener } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RawResponse {
  readonly status: number;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly body: unknown;
}

/**
 * Sends a GET whose path goes on the wire exactly as written (supertest
 * would percent-encode the literal quotes Microsoft's validator sends), to
 * the app listening for this one request on 127.0.0.1.
 */
export async function rawGet(
  app: RequestListener,
  path: string,
  token: string,
): Promise<RawResponse> {
  const server = createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));

  try {
    const { port } = server.address() as AddressInfo;
    return await new Promise<RawResponse>((resolve, reject) => {
      const outgoing = httpRequest(
        {
          host: '127.0.0.1',
          port,
          path,
          method: 'GET',
          headers: { Authorization: `Bearer ${token}` },
        },
        (incoming) => {
          let text = '';
          incoming.setEncoding('utf8');
          incoming.on('data', (chunk: string) => {
            text += chunk;
          });
          incoming.on('end', () => {
            resolve({
              status: incoming.statusCode ?? 0,
              headers: incoming.headers,
              body: text === '' ? undefined : (JSON.parse(text) as unknown),
            });
          });
        },
      );
      outgoing.on('error', reject);
      outgoing.end();
    });
  } finally {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}
