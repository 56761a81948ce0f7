// A throwaway node:http server on 127.0.0.1 for tests that need real sockets (timeouts, resets, curl replay).
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Server, Socket } from 'node:net';
import { allowLocalNet } from './nock.ts';

/** A running local server. */
export interface LocalServer {
  /** `http://127.0.0.1:<port>` without a trailing slash. */
  readonly url: string;
  /** The requests received so far (method, url, headers, body text). */
  readonly requests: readonly ReceivedRequest[];
  /** Stops the server and destroys open connections (hung requests included). */
  close(): Promise<void>;
}

/** One request as the server saw it. */
export interface ReceivedRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: IncomingMessage['headers'];
  readonly body: string;
}

/** Handles one request; `index` counts from 0. May leave the response unanswered (to test timeouts). */
export type LocalHandler = (request: ReceivedRequest, response: ServerResponse, index: number) => void;

/**
 * Starts a server on an ephemeral port of 127.0.0.1 and, under the nock setup, opts the test into local net.
 *
 * @param handler - Answers each request after its body has been read.
 * @returns The server; close it in `afterEach`.
 */
export async function startLocalServer(handler: LocalHandler): Promise<LocalServer> {
  allowLocalNet();
  const requests: ReceivedRequest[] = [];
  const sockets = new Set<Socket>();
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const received = {
        method: req.method ?? 'GET',
        url: req.url ?? '/',
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      };
      requests.push(received);
      handler(received, res, requests.length - 1);
    });
  });
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = portOf(server);
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/**
 * Finds a local port with nothing listening on it (for "connection refused" tests).
 *
 * @returns A port number that was free a moment ago.
 */
export async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = portOf(server);
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/**
 * @param server - A listening TCP server (http, https or net).
 * @returns The port it listens on.
 */
export function portOf(server: Server): number {
  const address = server.address();
  if (address === null || typeof address === 'string')
    throw new Error('the server is not listening on a TCP port');
  return address.port;
}
