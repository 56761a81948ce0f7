/**
 * A local HTTP proxy in front of moto that records each Query API request's parameters and moto's answer (never
 * a header, so no signature or credential), and can answer one action with an injected fault instead.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Exchange } from '../../helpers/ec2-contract.ts';

/** The proxy. */
export interface RecordingProxy {
  /** Its URL, to use as the driver's endpoint. */
  readonly url: string;
  /** Starts a new recording, optionally answering `action` with `fault` (status 500) instead of moto. */
  begin(fault?: { readonly action: string; readonly body: string }): void;
  /** @returns What was recorded since `begin`. */
  end(): Exchange[];
  /** @returns What was recorded since `begin`, recording goes on. */
  peek(): readonly Exchange[];
  /** Stops the proxy. */
  close(): Promise<void>;
}

/**
 * @param target - moto's URL.
 * @returns The running proxy.
 */
export async function recordingProxy(target: string): Promise<RecordingProxy> {
  let exchanges: Exchange[] = [];
  let fault: { readonly action: string; readonly body: string } | undefined;
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const form = Buffer.concat(chunks).toString();
      const params = Object.fromEntries(new URLSearchParams(form));
      const { Action: action = '?', Version: _version, ...rest } = params;
      const answer = async (): Promise<{ status: number; body: string }> => {
        if (fault?.action === action) return { status: 500, body: fault.body };
        const headers: Record<string, string> = {};
        for (const [k, v] of Object.entries(req.headers))
          if (typeof v === 'string' && k !== 'host' && k !== 'content-length') headers[k] = v;
        const r = await fetch(target, { method: 'POST', headers, body: form });
        return { status: r.status, body: await r.text() };
      };
      answer().then(
        ({ status, body }) => {
          exchanges.push({ action, params: rest, status, body });
          res.writeHead(status, { 'content-type': 'text/xml' }).end(body);
        },
        (error: unknown) => res.writeHead(502).end(String(error)),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    begin: (f) => {
      exchanges = [];
      fault = f;
    },
    end: () => {
      const done = exchanges;
      exchanges = [];
      fault = undefined;
      return done;
    },
    peek: () => exchanges,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
