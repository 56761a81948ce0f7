/** A fake Heat for the Brent driver's queued Create tests. */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeStack {
  readonly id: string;
  readonly name: string;
  readonly tags: string[];
  readonly created: string;
}

export interface FakeHeat {
  readonly url: string;
  readonly seen: string[];
  readonly stacks: FakeStack[];
  readonly server: Server;
}

/**
 * Heat on loopback for a queued Create's job: stack list by name, POST (409 for a name that exists), GET and
 * DELETE of a stack, every request recorded in `seen`. `post` says what the POST does: `ok` makes the stack,
 * `conflict-late` answers 409 and shows the stack one list later (a killed run's POST), `refuse` answers 400
 * echoing the request body (as Heat may echo inputs).
 *
 * @param post - The POST's behaviour.
 * @param stacks - The stacks Heat has at the start.
 * @returns The fake.
 */
export async function fakeHeat(
  post: 'ok' | 'conflict-late' | 'refuse',
  stacks: FakeStack[] = [],
): Promise<FakeHeat> {
  const seen: string[] = [];
  let next = stacks.length;
  let lateStack: FakeStack | undefined;
  const json = (res: ServerResponse, status: number, body: unknown) =>
    res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
  const wire = (s: FakeStack) => ({
    id: s.id,
    stack_name: s.name,
    stack_status: 'CREATE_COMPLETE',
    creation_time: s.created,
    tags: s.tags,
    outputs: [{ output_key: 'private_ip', output_value: '10.0.0.7' }],
  });
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    let text = '';
    req.on('data', (c: Buffer) => {
      text += c.toString();
    });
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://h');
      seen.push(`${req.method} ${url.pathname}${req.method === 'POST' ? ` ${text}` : ''}`);
      if (req.method === 'GET' && url.pathname === '/v1/p/stacks') {
        if (lateStack !== undefined) stacks.push(lateStack);
        lateStack = undefined;
        return json(res, 200, {
          stacks: stacks.filter((s) => s.name === url.searchParams.get('name')).map(wire),
        });
      }
      if (req.method === 'POST') {
        const body = JSON.parse(text) as { stack_name: string; tags?: string };
        const made = {
          id: `id-${++next}`,
          name: body.stack_name,
          tags: body.tags?.split(',') ?? [],
          created: `2026-12-04T10:00:0${next}`,
        };
        if (post === 'refuse')
          return json(res, 400, { error: { message: `Property error: flavor; parameters ${text}` } });
        if (stacks.some((s) => s.name === body.stack_name))
          return json(res, 409, { error: { message: `The Stack (${body.stack_name}) already exists.` } });
        if (post === 'conflict-late') {
          lateStack = made;
          return json(res, 409, { error: { message: `The Stack (${body.stack_name}) already exists.` } });
        }
        stacks.push(made);
        return json(res, 201, { stack: { id: made.id, links: [] } });
      }
      const stack = stacks.find((s) => url.pathname === `/v1/p/stacks/${s.name}/${s.id}`);
      if (stack === undefined) return json(res, 404, {});
      if (req.method === 'DELETE') {
        stacks.splice(stacks.indexOf(stack), 1);
        return void res.writeHead(204).end();
      }
      return json(res, 200, { stack: wire(stack) });
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1/p`, seen, stacks, server };
}
