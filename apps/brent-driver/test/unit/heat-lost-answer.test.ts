/**
 * A Create whose stack POST reached Heat but whose answer was lost (the connection dropped, or Heat took longer
 * than the transport's timeout under load): the stack is found by its deterministic name and the request gets
 * its 202 with that stack, instead of a 500 and a stack nobody polls. A fake Heat on loopback plays the fault.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createTransport } from 'stratus';
import { createServiceClient } from 'stratus/openstack';
import { afterEach, describe, expect, it } from 'vitest';
import type { ExecuteRequest } from '../../src/api/types.ts';
import { DriverApiError } from '../../src/http/api-error.ts';
import { readDriverFiles } from '../../src/lifecycle/driver-files.ts';
import { startCreate } from '../../src/lifecycle/heat/create.ts';
import { driverFilesFrom } from '../helpers/packages.ts';

const NAME = 'web.r-1';
const ID = 'a1b2c3d4-0000-4000-8000-000000000001';

interface FakeHeat {
  readonly url: string;
  readonly seen: string[];
  readonly server: Server;
}

/** Heat that drops (or sits on) the POST, then shows the stack after `appearAfter` look-ups. */
async function fakeHeat(post: 'drop' | 'hang', appearAfter: number, createdAt: string): Promise<FakeHeat> {
  const seen: string[] = [];
  let lookups = 0;
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    seen.push(`${req.method} ${req.url}`);
    req.resume();
    if (req.method === 'POST') {
      if (post === 'drop') req.on('end', () => req.socket.destroy());
      return;
    }
    if (req.url === `/v1/p/stacks/${encodeURIComponent(NAME)}`) {
      lookups += 1;
      if (lookups <= appearAfter) return void res.writeHead(404).end('{}');
      return void res.writeHead(302, { location: `/v1/p/stacks/${NAME}/${ID}` }).end();
    }
    const stack = { id: ID, stack_name: NAME, stack_status: 'CREATE_IN_PROGRESS', creation_time: createdAt };
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ stack }));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1/p`, seen, server };
}

const request: ExecuteRequest = {
  lifecycleName: 'Create',
  driverFiles: '',
  systemProperties: {
    resourceName: { type: 'string', value: 'web' },
    resourceId: { type: 'string', value: 'r-1' },
  },
  resourceProperties: {},
  requestProperties: {},
  associatedTopology: {},
  deploymentLocation: { name: 'l', type: 'Openstack', properties: {} },
};
const files = readDriverFiles(driverFilesFrom({ 'heat.yaml': 'heat_template_version: 2016-10-14\n' }));

let heat: FakeHeat | undefined;
afterEach(() => {
  heat?.server.closeAllConnections();
  heat?.server.close();
});

function client(url: string) {
  const transport = createTransport({ timeoutMs: 400 });
  return createServiceClient({
    serviceType: 'orchestration',
    name: 'Heat',
    endpoint: url,
    send: transport.send,
  });
}

const now = () => new Date().toISOString().replace(/\.\d+Z$/, '');

describe('Create after a lost Heat answer', () => {
  it('a dropped connection: the stack that appears under the name is polled, one POST in all', async () => {
    heat = await fakeHeat('drop', 2, now());
    const started = await startCreate(client(heat.url), request, files, undefined, { everyMs: 50 });
    expect(started.stack).toEqual({ name: NAME, id: ID });
    expect(started.requestId.startsWith(`Create::${ID}::`)).toBe(true);
    expect(started.topology).toEqual({ InfrastructureStack: { id: ID, type: 'Openstack' } });
    expect(heat.seen.filter((s) => s.startsWith('POST'))).toHaveLength(1);
  });

  it('Heat past the timeout: same, the 202 carries the stack Heat made late', async () => {
    heat = await fakeHeat('hang', 0, now());
    const started = await startCreate(client(heat.url), request, files, undefined, { everyMs: 50 });
    expect(started.stack?.id).toBe(ID);
  });

  it('a stack of that name made long before the send is not ours: RESOURCE_ALREADY_EXISTS', async () => {
    heat = await fakeHeat('drop', 0, '2026-01-01T00:00:00');
    const started = await startCreate(client(heat.url), request, files, undefined, { everyMs: 50 });
    expect(started.known).toMatchObject({ status: 'FAILED', failureCode: 'RESOURCE_ALREADY_EXISTS' });
    expect(JSON.stringify(started.known)).toContain(ID);
  });

  it('no stack appears within the window: a 503 that says to send the Create again', async () => {
    heat = await fakeHeat('drop', 1_000, now());
    const error = await startCreate(client(heat.url), request, files, undefined, {
      windowMs: 300,
      everyMs: 50,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DriverApiError);
    expect((error as DriverApiError).status).toBe(503);
    expect((error as DriverApiError).code).toBe('ERR_OUTCOME_UNKNOWN');
    expect((error as Error).message).toContain(`no stack of that name appeared`);
    expect((error as Error).message).toContain(NAME);
  });
});
