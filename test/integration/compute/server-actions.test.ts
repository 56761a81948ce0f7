import { isDeepStrictEqual } from 'node:util';
import nock from 'nock';
import { describe, expect, it } from 'vitest';
import type { ComputeClient } from '../../../src/drivers/openstack/compute/index.ts';
import {
  changeServerPassword,
  createServerImage,
  getConsoleOutput,
  getRemoteConsole,
  lockServer,
  rebootServer,
  rebuildServer,
  rescueServer,
  resizeServer,
  runServerAction,
} from '../../../src/drivers/openstack/compute/server-actions/operations.ts';
import { SimpleServerAction } from '../../../src/drivers/openstack/compute/server-actions/types.ts';
import { ConflictError, NotSupportedError } from '../../../src/index.ts';
import { loadFixture } from '../../helpers/fixtures.ts';
import { compute, NOVA } from './harness.ts';

const ID = 'srv-1';
const JSON_TYPE = { 'Content-Type': 'application/json' };
const ACTION = `/v2.1/servers/${ID}/action`;

type Case = [string, (c: ComputeClient) => Promise<unknown>, object, number, object | undefined];

const cases: Case[] = [
  ['soft reboot', (c) => rebootServer(c, ID), { reboot: { type: 'SOFT' } }, 202, undefined],
  ['hard reboot', (c) => rebootServer(c, ID, true), { reboot: { type: 'HARD' } }, 202, undefined],
  ['start', (c) => runServerAction(c, ID, SimpleServerAction.START), { 'os-start': null }, 202, undefined],
  ['stop', (c) => runServerAction(c, ID, SimpleServerAction.STOP), { 'os-stop': null }, 202, undefined],
  ['pause', (c) => runServerAction(c, ID, SimpleServerAction.PAUSE), { pause: null }, 202, undefined],
  ['unpause', (c) => runServerAction(c, ID, SimpleServerAction.UNPAUSE), { unpause: null }, 202, undefined],
  ['suspend', (c) => runServerAction(c, ID, SimpleServerAction.SUSPEND), { suspend: null }, 202, undefined],
  ['resume', (c) => runServerAction(c, ID, SimpleServerAction.RESUME), { resume: null }, 202, undefined],
  ['lock', (c) => lockServer(c, ID), { lock: null }, 202, undefined],
  [
    'lock with reason',
    (c) => lockServer(c, ID, 'maintenance'),
    { lock: { locked_reason: 'maintenance' } },
    202,
    undefined,
  ],
  ['unlock', (c) => runServerAction(c, ID, SimpleServerAction.UNLOCK), { unlock: null }, 202, undefined],
  [
    'rescue',
    (c) => rescueServer(c, ID, { adminPass: 'r-pass', imageId: 'img' }),
    { rescue: { adminPass: 'r-pass', rescue_image_ref: 'img' } },
    200,
    { adminPass: 'r-pass' },
  ],
  [
    'unrescue',
    (c) => runServerAction(c, ID, SimpleServerAction.UNRESCUE),
    { unrescue: null },
    202,
    undefined,
  ],
  ['resize', (c) => resizeServer(c, ID, 'f2'), { resize: { flavorRef: 'f2' } }, 202, undefined],
  [
    'confirm resize',
    (c) => runServerAction(c, ID, SimpleServerAction.CONFIRM_RESIZE),
    { confirmResize: null },
    204,
    undefined,
  ],
  [
    'revert resize',
    (c) => runServerAction(c, ID, SimpleServerAction.REVERT_RESIZE),
    { revertResize: null },
    202,
    undefined,
  ],
  [
    'change password',
    (c) => changeServerPassword(c, ID, 'new-pass'),
    { changePassword: { adminPass: 'new-pass' } },
    202,
    undefined,
  ],
  [
    'console output',
    (c) => getConsoleOutput(c, ID, 5),
    { 'os-getConsoleOutput': { length: 5 } },
    200,
    loadFixture('compute/server-actions/console-output') as object,
  ],
  [
    'create image',
    (c) => createServerImage(c, ID, 'snap', { k: 'v' }),
    { createImage: { name: 'snap', metadata: { k: 'v' } } },
    202,
    { image_id: 'img-9' },
  ],
];

describe('server actions send the documented body', () => {
  it.each(cases)('%s', async (_name, run, body, status, reply) => {
    const scope = nock(NOVA)
      .post(ACTION, (sent: unknown) => isDeepStrictEqual(sent, body))
      .reply(status, reply === undefined ? '' : JSON.stringify(reply), reply === undefined ? {} : JSON_TYPE);
    await run(compute());
    scope.done();
  });

  it('returns the console text and the new image id', async () => {
    const scope = nock(NOVA)
      .post(ACTION)
      .reply(200, loadFixture('compute/server-actions/console-output') as nock.Body, JSON_TYPE)
      .post(ACTION)
      .reply(202, { image_id: 'img-9' }, JSON_TYPE);
    expect(await getConsoleOutput(compute(), ID)).toBe('FAKE CONSOLE OUTPUT\nANOTHER\nLAST LINE');
    expect(await createServerImage(compute(), ID, 'snap')).toBe('img-9');
    scope.done();
  });

  it('takes the image id from the Location header before 2.45', async () => {
    const scope = nock(NOVA)
      .post(ACTION)
      .reply(202, '', { Location: `${NOVA}/v2.1/images/img-old` });
    expect(await createServerImage(compute('2.44'), ID, 'snap')).toBe('img-old');
    scope.done();
  });

  it('rebuild sends the image and new fields and parses the returned server', async () => {
    const server = loadFixture('compute/servers/get.mv2-93') as nock.Body;
    const scope = nock(NOVA)
      .post(ACTION, { rebuild: { imageRef: 'img', name: 'n2', adminPass: 'p', key_name: 'k' } })
      .reply(202, server, JSON_TYPE);
    const rebuilt = await rebuildServer(compute(), ID, {
      imageId: 'img',
      name: 'n2',
      adminPass: 'p',
      keyName: 'k',
    });
    expect(rebuilt.status).toBe('ACTIVE');
    scope.done();
  });

  it('asks for a remote console with the 2.6+ API and with the legacy action before', async () => {
    const scope = nock(NOVA)
      .post(`/v2.1/servers/${ID}/remote-consoles`, { remote_console: { protocol: 'vnc', type: 'novnc' } })
      .reply(200, loadFixture('compute/server-actions/remote-console') as nock.Body, JSON_TYPE)
      .post(ACTION, { 'os-getVNCConsole': { type: 'novnc' } })
      .reply(200, { console: { type: 'novnc', url: 'http://x/vnc' } }, JSON_TYPE);
    expect((await getRemoteConsole(compute(), ID)).url).toContain('vnc_auto.html');
    expect(await getRemoteConsole(compute('2.5'), ID)).toEqual({
      protocol: 'vnc',
      type: 'novnc',
      url: 'http://x/vnc',
    });
    scope.done();
  });

  it('turns a 409 into ConflictError with Nova’s message', async () => {
    const scope = nock(NOVA)
      .post(ACTION)
      .reply(
        409,
        {
          conflictingRequest: {
            code: 409,
            message: "Cannot 'stop' instance while it is in vm_state stopped",
          },
        },
        JSON_TYPE,
      );
    const error = await runServerAction(compute(), ID, SimpleServerAction.STOP).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConflictError);
    expect(String(error)).toContain('vm_state stopped');
    scope.done();
  });

  it('refuses a lock reason or a key on rebuild when the microversion is too old', async () => {
    await expect(lockServer(compute('2.72'), ID, 'r')).rejects.toThrow(NotSupportedError);
    await expect(rebuildServer(compute('2.53'), ID, { imageId: 'i', keyName: 'k' })).rejects.toThrow(/2.54/);
  });
});
