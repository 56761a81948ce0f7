// The bench's stack watcher: when each stack of a round is first seen CREATE_COMPLETE, and its id.
import type { ServiceClient } from 'stratus/openstack';
import { listStacks } from 'stratus/openstack/orchestration';

/** Notes the first time each stack of a prefix is seen CREATE_COMPLETE. */
export function watchStacks(
  heat: ServiceClient,
  prefix: string,
): { seen: Map<string, number>; ids: Map<string, string>; stop: () => void } {
  const seen = new Map<string, number>();
  const ids = new Map<string, string>();
  let running = true;
  void (async () => {
    while (running) {
      const sent = Date.now();
      const complete: string[] = [];
      for await (const stack of listStacks(heat)) {
        if (stack.name.startsWith(prefix) && !ids.has(stack.name)) ids.set(stack.name, stack.id);
        if (stack.name.startsWith(prefix) && stack.status === 'CREATE_COMPLETE' && !seen.has(stack.name))
          complete.push(stack.name);
      }
      const at = Math.round((sent + Date.now()) / 2); // Heat answered somewhere in between
      for (const name of complete) seen.set(name, at);
      await new Promise((done) => setTimeout(done, 250));
    }
  })();
  return { seen, ids, stop: () => (running = false) };
}
