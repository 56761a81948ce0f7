// Run by compute-memory.bench.ts in a fresh process (`node --expose-gc`): streams every server of the replay
// through driver.listNodes() without keeping them, sampling heap and RSS, and prints the growth as JSON.
import { replayDriver } from './compute-replay.ts';

const base = process.argv[2] ?? '';
const expected = Number(process.argv[3] ?? '0');
const gc: unknown = Reflect.get(globalThis, 'gc');
const collect = (): void => {
  if (typeof gc === 'function') Reflect.apply(gc, globalThis, []);
};

const driver = replayDriver(base);
await driver.getNode('00000000-0000-4000-8000-000000000000');
collect();
const before = process.memoryUsage();
let peakHeap = before.heapUsed;
let peakRss = before.rss;
let count = 0;
for await (const node of driver.listNodes()) {
  if (node.id !== '') count++;
  if (count % 250 === 0) {
    const now = process.memoryUsage();
    peakHeap = Math.max(peakHeap, now.heapUsed);
    peakRss = Math.max(peakRss, now.rss);
  }
}
await driver.session.close();
if (count !== expected) throw new Error(`streamed ${count} servers, expected ${expected}`);
const mb = (bytes: number): number => bytes / (1024 * 1024);
process.stdout.write(
  `${JSON.stringify({ heap: mb(peakHeap - before.heapUsed), rss: mb(peakRss - before.rss), count })}\n`,
);
