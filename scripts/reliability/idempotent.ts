// Idempotent calls through the fault proxy at a 20 % fault rate, with the default retry settings.
import { type FaultKind, startFaultProxy } from '../../test/helpers/fault-proxy.ts';
import { NEUTRON, NOVA, openDriver, type RunDir } from './cloud.ts';
import { errorClass, percentile, type Row, tally } from './stats.ts';

/** Every fault kind but a lost answer (which only a non-idempotent request can suffer from). */
export const KINDS: readonly FaultKind[] = [
  'reset-before',
  'reset-after-headers',
  'unavailable',
  'rate-limited',
  'cut-body',
  'stall',
];

async function drain(items: AsyncIterable<unknown>): Promise<number> {
  let count = 0;
  for await (const _item of items) count++;
  return count;
}

/**
 * Runs `calls` idempotent calls (Nova flavors, Neutron networks, alternating) for one seed, 10 at a time.
 *
 * @param seed - The proxy's seed.
 * @param calls - How many calls.
 * @param dir - The run directory (transcript).
 * @param rate - The fault rate (0 for the baseline).
 * @returns The table row.
 */
export async function idempotentUnderFaults(
  seed: number,
  calls: number,
  dir: RunDir,
  rate = 0.2,
): Promise<Row> {
  const plan = { rate, kinds: KINDS, seed, stallMs: 1500 };
  const nova = await startFaultProxy(NOVA, plan);
  const neutron = await startFaultProxy(NEUTRON, { ...plan, seed: seed + 1000 });
  const { driver, session } = await openDriver({
    compute: nova.url,
    network: neutron.url,
    transcript: dir.transcript(`idempotent-seed${seed}`),
  });
  const latencies: number[] = [];
  const failures: string[] = [];
  let next = 0;
  const worker = async (): Promise<void> => {
    for (let index = next++; index < calls; index = next++) {
      const started = performance.now();
      try {
        await drain(index % 2 === 0 ? driver.listSizes() : driver.ext.network.listNetworks());
        latencies.push(performance.now() - started);
      } catch (error) {
        failures.push(errorClass(error));
      }
    }
  };
  try {
    await Promise.all(Array.from({ length: 10 }, worker));
  } finally {
    await session.close();
    await nova.close();
    await neutron.close();
  }
  const kinds = [nova.injected, neutron.injected].flatMap((counts) =>
    Object.entries(counts).flatMap(([kind, n]) => Array.from({ length: n }, () => kind)),
  );
  const injected = tally(kinds);
  return {
    scenario: `idempotent calls, ${Math.round(rate * 100)} % faults, seed ${seed}`,
    result:
      `${latencies.length}/${calls} ok; failures: ${tally(failures)}; p50 ${percentile(latencies, 50).toFixed(0)} ms, ` +
      `p99 ${percentile(latencies, 99).toFixed(0)} ms; ${kinds.length} faults injected: ${injected}`,
    ok: failures.length === 0,
  };
}
