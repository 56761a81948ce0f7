// Libcloud's rule for server actions: an answer with a 2xx other than the documented one is a success.
import nock from 'nock';
import { describe, expect, it } from 'vitest';
import {
  rebuildServer,
  runServerAction,
} from '../../../src/drivers/openstack/compute/server-actions/operations.ts';
import { SimpleServerAction } from '../../../src/drivers/openstack/compute/server-actions/types.ts';
import { HttpError } from '../../../src/index.ts';
import { loadFixture } from '../../helpers/fixtures.ts';
import { calls, compute, NOVA, track } from './harness.ts';

const JSON_TYPE = { 'Content-Type': 'application/json' };
const ID = 'ff20ba4e-40c2-4085-a705-fa5eb4415f99';
const ACTION = `/v2.1/servers/${ID}/action`;

describe('server actions answered with another 2xx', () => {
  it('confirmResize answered 202 (documented: 204) succeeds', async () => {
    const scope = nock(NOVA).post(ACTION, { confirmResize: null }).reply(202);
    await expect(runServerAction(compute(), ID, SimpleServerAction.CONFIRM_RESIZE)).resolves.toBeUndefined();
    scope.done();
  });

  it('a start answered 200 (documented: 202) succeeds; a 409 still fails', async () => {
    const scope = nock(NOVA)
      .post(ACTION, { 'os-start': null })
      .reply(200)
      .post(ACTION, { 'os-start': null })
      .reply(409, { conflictingRequest: { code: 409, message: 'Cannot start while active' } }, JSON_TYPE);
    const client = compute();
    await runServerAction(client, ID, SimpleServerAction.START);
    await expect(runServerAction(client, ID, SimpleServerAction.START)).rejects.toBeInstanceOf(HttpError);
    scope.done();
  });

  it('rebuild answered with an empty 202 succeeds and reads the server with one GET', async () => {
    const server = loadFixture('compute/servers/get.mv2-93') as { server: Record<string, unknown> };
    const scope = track(nock(NOVA))
      .post(ACTION, { rebuild: { imageRef: 'img-1' } })
      .reply(202)
      .get(`/v2.1/servers/${ID}`)
      .reply(200, { server: { ...server.server, id: ID, status: 'REBUILD' } }, JSON_TYPE);
    const rebuilt = await rebuildServer(compute(), ID, { imageId: 'img-1' });
    expect(rebuilt).toMatchObject({ id: ID, status: 'REBUILD' });
    expect(calls).toEqual([`POST 127.0.0.1:8774${ACTION}`, `GET 127.0.0.1:8774/v2.1/servers/${ID}`]);
    scope.done();
  });
});
