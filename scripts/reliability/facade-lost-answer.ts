// The facade's createVm when Nova acted and its answer was lost: without reconcile the VM is removed and the
// caller told a retry is safe; with reconcile it is adopted. Never a second VM, never a leaked one.
import { randomBytes } from 'node:crypto';
import { createFacade } from '../../src/facade/index.ts';
import { startFaultProxy } from '../../test/helpers/fault-proxy.ts';
import { NOVA, openDriver, type RunDir } from './cloud.ts';
import { errorClass, type Row, tally } from './stats.ts';

/**
 * Runs one createVm without and one with `reconcile` through a proxy that loses every POST answer, then counts
 * the VMs of each name with a clean driver and deletes them.
 *
 * @param dir - The run directory.
 * @returns The table row.
 */
export async function facadeLostAnswer(dir: RunDir): Promise<Row> {
  const proxy = await startFaultProxy(NOVA, { rate: 1, kinds: ['lose-answer'], seed: 11, methods: ['POST'] });
  const lossy = await openDriver({
    compute: proxy.url,
    transcript: dir.transcript('facade-lost-answer'),
    timeoutMs: 120_000,
  });
  const clean = await openDriver({ transcript: dir.transcript('facade-lost-answer-clean') });
  const prefix = `t-rel-cpi-${randomBytes(3).toString('hex')}`;
  const facade = createFacade(lossy.driver, { pollIntervalMs: 500, timeoutMs: 180_000 });
  const vm = (name: string, reconcile: boolean) => ({
    name,
    stemcell: 'stratus-tiny',
    instanceType: 'm1.nano',
    networks: [{ network: 'demo-net' }],
    reconcile,
  });
  const seen: string[] = [];
  const perName: number[] = [];
  let safe = false;
  let adopted = false;
  try {
    const plain = await facade.cpi.createVm(vm(`${prefix}-plain`, false)).catch((e: unknown) => e);
    seen.push(errorClass(plain));
    safe = typeof plain === 'object' && plain !== null && Reflect.get(plain, 'retrySafe') === true;
    const made = await facade.cpi.createVm(vm(`${prefix}-adopt`, true)).catch((e: unknown) => e);
    seen.push(made instanceof Error ? errorClass(made) : 'a VM (adopted)');
    for (const name of [`${prefix}-plain`, `${prefix}-adopt`]) {
      let count = 0;
      for await (const node of clean.driver.listNodes()) if (node.name === name) count++;
      perName.push(count);
    }
    adopted = typeof made === 'object' && made !== null && 'vmId' in made;
  } finally {
    for await (const node of clean.driver.listNodes()) {
      if (node.name.startsWith(prefix)) await createFacade(clean.driver).cpi.deleteVm(node.id);
    }
    await lossy.session.close();
    await clean.session.close();
    await proxy.close();
  }
  return {
    scenario: 'facade createVm, answer lost',
    result:
      `caller saw: ${tally(seen)}; without reconcile: ${perName[0]} VM left, retrySafe ${safe}; ` +
      `with reconcile: adopted ${adopted}, ${perName[1]} VM`,
    ok: safe && adopted && perName[0] === 0 && perName[1] === 1,
  };
}
