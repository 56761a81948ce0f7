import { readFileSync } from 'node:fs';
import {
  createServer as createHttpServer,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { OpenApiValidator } from '../api/openapi.ts';
import { type Logger, withLogContext } from '../log/logger.ts';
import { badRequest, DriverApiError } from './api-error.ts';
import { toErrorResponse } from './error-response.ts';
import { readJsonBody } from './read-body.ts';
import type { Route } from './route.ts';

/** TLS material for HTTPS. */
export interface HttpsFiles {
  /** Path of the PEM certificate (chain). */
  readonly certFile: string;
  /** Path of the PEM private key. */
  readonly keyFile: string;
}

/** What {@link createDriverServer} needs. */
export interface DriverServerOptions {
  /** The operations served. */
  readonly routes: readonly Route[];
  /** Validates request bodies against the OpenAPI files. */
  readonly validator: OpenApiValidator;
  /** The logger. */
  readonly logger: Logger;
  /** HTTPS files; `undefined` serves plain HTTP (only when the configuration says so). */
  readonly https: HttpsFiles | undefined;
  /** Largest request body. @defaultValue 64 MiB */
  readonly maxBodyBytes?: number | undefined;
}

/**
 * Builds the HTTP(S) server of the Resource Driver API. Every request runs in a log context holding its
 * `x-tracectx-*` headers (as `tracectx.<name>`), so every log line it causes carries them.
 *
 * @param options - Routes, validator, logger and TLS files.
 * @returns The server, not yet listening.
 */
export function createDriverServer(options: DriverServerOptions): Server {
  const table = new Map<string, Route>();
  for (const route of options.routes) {
    table.set(`${options.validator.basePath(route.api)}${route.path}`, route);
  }
  const handler = (request: IncomingMessage, response: ServerResponse): void => {
    const trace = traceHeaders(request);
    const fields = Object.fromEntries(Object.entries(trace).map(([k, v]) => [`tracectx.${k}`, v]));
    void withLogContext(fields, () => serve(options, table, request, response, trace));
  };
  if (options.https === undefined) return createHttpServer(handler);
  const { certFile, keyFile } = options.https;
  return createHttpsServer({ cert: readFileSync(certFile), key: readFileSync(keyFile) }, handler);
}

function traceHeaders(request: IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.headers)) {
    if (name.startsWith('x-tracectx-') && typeof value === 'string') out[name.slice(11)] = value;
  }
  return out;
}

async function serve(
  options: DriverServerOptions,
  table: ReadonlyMap<string, Route>,
  request: IncomingMessage,
  response: ServerResponse,
  trace: Readonly<Record<string, string>>,
): Promise<void> {
  const { logger, validator } = options;
  const started = performance.now();
  const path = new URL(request.url ?? '/', 'http://driver').pathname;
  const tenantHeader = request.headers.tenantid;
  const tenantId = typeof tenantHeader === 'string' ? tenantHeader : undefined;
  const aborted = new AbortController();
  response.on('close', () => aborted.abort());
  let status: number;
  let body: unknown;
  try {
    const route = table.get(path);
    if (route === undefined) throw new DriverApiError(404, `No such operation: ${path}`, 'ERR_NO_ROUTE');
    if (request.method?.toLowerCase() !== route.method) {
      throw new DriverApiError(405, `${path} takes ${route.method.toUpperCase()}`, 'ERR_METHOD');
    }
    let parsed: unknown;
    if (route.hasBody) {
      parsed = await readJsonBody(request, options.maxBodyBytes ?? 64 * 1024 * 1024);
      const problem = validator.request(route.api, route.path, route.method, parsed ?? {});
      if (problem !== undefined) throw badRequest(problem, 'ERR_INVALID_BODY');
    }
    ({ status, body } = await route.handle({ body: parsed, tenantId, trace, signal: aborted.signal }));
  } catch (error) {
    body = toErrorResponse(error);
    status = (body as { status: number }).status;
    const log = status >= 500 ? logger.error : logger.warn;
    log(`${request.method ?? '?'} ${path} failed`, {
      status,
      error: (body as { localizedMessage: string }).localizedMessage,
    });
  }
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (tenantId !== undefined) headers.tenantId = tenantId;
  response.writeHead(status, headers).end(JSON.stringify(body));
  logger.info(`${request.method ?? '?'} ${path} ${status}`, {
    durationMs: Math.round(performance.now() - started),
  });
}
