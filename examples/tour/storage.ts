// Steps 8–9: a volume attached to the server, and a small Heat stack created and deleted.
import type { Node } from 'stratus';
import type { Tour } from './context.ts';

/**
 * Creates a 1 GiB volume, waits until it is available, and attaches it to the server.
 *
 * @param tour - The tour.
 * @param node - The server.
 */
export async function attachVolume(tour: Tour, node: Node): Promise<void> {
  const bs = tour.driver.ext.blockStorage;
  const name = `${tour.prefix}-vol`;
  const volume = await bs.createVolume({ sizeGb: 1, name, description: 'stratus demo' }, tour.signal);
  tour.cleanup.push(`volume ${name}`, async () => {
    await bs.deleteVolume(volume.id);
    await bs.waitForVolumeDeleted(volume.id, { intervalMs: 1_000, timeoutMs: 300_000 });
  });
  await bs.waitForVolumeStatus(volume.id, 'available', tour.progress(name), tour.signal);
  const attachment = await bs.attachVolume(
    node.id,
    volume.id,
    { waitOptions: tour.progress(`${name} attach`) },
    tour.signal,
  );
  tour.cleanup.push(`volume attachment ${name}`, () =>
    bs.detachVolume(node.id, volume.id, { waitOptions: { intervalMs: 1_000, timeoutMs: 300_000 } }),
  );
  tour.say(`  volume ${name} (1 GiB) attached to ${node.name} as ${attachment.device ?? 'a device'}`);
}

const TEMPLATE = `heat_template_version: 2018-08-31
description: a tiny stack from the Stratus demo
parameters:
  length: {type: number, default: 12}
resources:
  word:
    type: OS::Heat::RandomString
    properties: {length: {get_param: length}}
outputs:
  word:
    description: a random word made by Heat
    value: {get_attr: [word, value]}
`;

/**
 * Creates a small stack, prints its outputs, then deletes it and waits until Heat really deleted it.
 *
 * @param tour - The tour.
 */
export async function runStack(tour: Tour): Promise<void> {
  const heat = tour.driver.ext.orchestration;
  const name = `${tour.prefix}-stack`;
  const ref = await heat.createStack({ name, template: TEMPLATE, parameters: { length: 16 } }, tour.signal);
  const forget = tour.cleanup.push(`stack ${name}`, () =>
    heat.deleteStackAndWait(ref, { intervalMs: 1_000, timeoutMs: 300_000 }),
  );
  const stack = await heat.waitForStack(ref, 'CREATE', tour.progress(name), tour.signal);
  for (const output of stack?.outputs ?? [])
    tour.say(`  output ${output.key} = ${JSON.stringify(output.value)}`);
  await heat.deleteStackAndWait(ref, tour.progress(`${name} delete`), tour.signal);
  forget();
  tour.say(`  stack ${name} deleted (Heat reported DELETE_COMPLETE, not just 204)`);
}
