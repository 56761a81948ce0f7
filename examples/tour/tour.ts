// The whole tour: each step prints what it does; whatever happens (an error, Ctrl-C), everything it made is
// removed at the end and the cloud is checked for leftovers.
import { randomBytes } from 'node:crypto';
import type { OpenStackSession } from 'stratus';
import { OpenStackNodeDriver } from 'stratus/openstack';
import { CleanupStack, seconds } from './cleanup.ts';
import { progressPrinter, type Tour } from './context.ts';
import { showCatalog, showIdentity } from './identity.ts';
import { findLeftovers, hasVolumes } from './leftovers.ts';
import { buildNetwork, buildSecurityGroup } from './network.ts';
import { attachFloatingIp, bootServer, createKeyPair } from './server.ts';
import { attachVolume, runStack } from './storage.ts';

/** Where the tour writes. */
export interface TourOutput {
  /** Writes text as is. */
  readonly write: (text: string) => void;
  /** Whether the output is a terminal (for the progress heartbeat). */
  readonly tty: boolean;
}

async function step<T>(tour: Tour, title: string, body: () => Promise<T>): Promise<T> {
  tour.signal.throwIfAborted();
  tour.say(`\n▶ ${title}`);
  const started = performance.now();
  const result = await body();
  tour.say(`  done in ${seconds(started)}`);
  return result;
}

async function steps(tour: Tour): Promise<Set<string>> {
  await step(tour, '1. Authenticate (Keystone)', () => showIdentity(tour));
  const services = await step(tour, '2. The service catalog', () => showCatalog(tour));
  const keyName = await step(tour, '3. A key pair', () => createKeyPair(tour));
  const net = await step(tour, '4. A network, a subnet and a router to the outside', () =>
    buildNetwork(tour),
  );
  const group = await step(tour, '5. A security group', () => buildSecurityGroup(tour));
  const server = await step(tour, '6. Boot a server', () => bootServer(tour, net, group, keyName));
  await step(tour, '7. A floating IP on the server', () => attachFloatingIp(tour, net, server));
  if (hasVolumes(services)) await step(tour, '8. A volume on the server', () => attachVolume(tour, server));
  else tour.say('\n▶ 8. (skipped: this cloud has no block-storage service)');
  if (services.has('orchestration'))
    await step(tour, '9. A Heat stack, created and deleted', () => runStack(tour));
  else tour.say('\n▶ 9. (skipped: this cloud has no orchestration service)');
  return services;
}

/**
 * Runs the tour on a session and cleans up after it.
 *
 * @param session - An authenticated session (its transport is closed by the caller).
 * @param output - Where to print.
 * @param signal - Aborted on Ctrl-C: the current step stops and cleanup starts.
 * @returns 0 when every step passed and nothing was left behind, 1 otherwise.
 */
export async function runTour(
  session: OpenStackSession,
  output: TourOutput,
  signal: AbortSignal,
): Promise<number> {
  const say = (line: string): void => output.write(`${line}\n`);
  const prefix = `stratus-demo-${randomBytes(3).toString('hex')}`;
  const cleanup = new CleanupStack(say);
  const driver = new OpenStackNodeDriver({ session });
  const progress = progressPrinter(say, output.write, output.tty);
  const tour: Tour = { driver, session, prefix, cleanup, signal, say, progress };
  say(`Stratus demo: everything made is named ${prefix}-…`);
  let failed = false;
  let services = new Set<string>(['orchestration', 'block-storage']);
  try {
    services = await steps(tour);
  } catch (error) {
    failed = true;
    const why = signal.aborted ? 'interrupted' : error instanceof Error ? error.message : String(error);
    say(`\n✗ stopped: ${why}`);
  }
  say(`\n▶ Cleaning up ${cleanup.size} thing(s), newest first`);
  const notRemoved = await cleanup.runAll();
  say('\n▶ Checking the cloud for leftovers');
  const leftovers = await findLeftovers({ ...tour, signal: new AbortController().signal }, services);
  for (const line of [...notRemoved.map((l) => `not removed: ${l}`), ...leftovers]) say(`  ${line}`);
  if (leftovers.length === 0) say(`  nothing named ${prefix}-… is left on the cloud`);
  return failed || leftovers.length > 0 || notRemoved.length > 0 ? 1 : 0;
}
