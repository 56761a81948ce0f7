// `npm run bench -- facade`: apply of a 20-server deployment document against the local cloud three ways —
// the direct engine (concurrent, in dependency order), the Heat engine (one stack), and the same direct calls
// made one by one (concurrency 1) — timing the apply and counting its requests; each deployment is destroyed
// afterwards. Set STRATUS_BENCH_SERVERS to change the size.
import { randomBytes } from 'node:crypto';
import { parseDocument } from '../src/facade/document/parse.ts';
import type { DeploymentDocument } from '../src/facade/document/types.ts';
import { countedEngines, throwawayPublicKey } from '../test/live/facade/fixture.ts';
import type { Benchmark, BenchReport, BenchRow } from './types.ts';

const SERVERS = Number(process.env.STRATUS_BENCH_SERVERS ?? 20);

function document(deployment: string, servers: number, concurrency: number): DeploymentDocument {
  const lines = [
    `deployment: ${deployment}`,
    `concurrency: ${concurrency}`,
    'resources:',
    `  key: {kind: keyPair, properties: {publicKey: "${throwawayPublicKey()}"}}`,
    '  sg: {kind: securityGroup, properties: {rules: [{protocol: tcp, portMin: 22}]}}',
    '  net: {kind: network}',
    `  subnet: {kind: subnet, properties: {network: {ref: net}, cidr: 10.${150 + Math.floor(Math.random() * 50)}.${Math.floor(Math.random() * 250)}.0/24}}`,
    ...Array.from(
      { length: servers },
      (_, i) =>
        `  vm${i}: {kind: server, dependsOn: [subnet], properties: {image: stratus-tiny, flavor: m1.nano, keyPair: {ref: key}, networks: [{ref: net}], securityGroups: [{ref: sg}]}}`,
    ),
  ];
  return parseDocument(lines.join('\n'));
}

interface Measured {
  readonly label: string;
  readonly ms: number;
  readonly requests: number;
  readonly mutating: number;
  readonly ok: boolean;
}

async function measure(
  label: string,
  engineName: 'direct' | 'stack',
  concurrency: number,
): Promise<Measured> {
  const engines = await countedEngines();
  const doc = document(`t-fd-bench-${randomBytes(3).toString('hex')}`, SERVERS, concurrency);
  const engine = engines.engine(engineName);
  try {
    await engine.plan(doc); // warms the token and the catalog, like a real user's plan-then-apply
    engines.counter.reset();
    const started = performance.now();
    const report = await engine.apply(doc);
    const ms = performance.now() - started;
    const requests = engines.counter.requests.length;
    const measured = { label, ms, requests, mutating: engines.counter.mutating().length, ok: report.ok };
    console.error(`facade bench: ${JSON.stringify(measured)}`);
    return measured;
  } finally {
    // A loaded cloud can time a destroy out: try twice, then say what to clean up instead of crashing the bench.
    const cleaned = await engine
      .destroy(doc)
      .catch(() => engine.destroy(doc))
      .catch((error: unknown) => error);
    if (cleaned instanceof Error) {
      console.error(
        `facade bench: destroy failed (${cleaned.message}); run stratus destroy --deployment ${doc.deployment}`,
      );
    }
    await engines.close();
  }
}

async function run(): Promise<BenchReport> {
  const results: Measured[] = [];
  results.push(await measure('direct engine (concurrency 8)', 'direct', 8));
  results.push(await measure('Heat engine (one stack)', 'stack', 8));
  results.push(await measure('same calls one by one (concurrency 1)', 'direct', 1));
  const base = results[0];
  const rows: BenchRow[] = results.flatMap((r) => [
    {
      label: `${r.label}: wall`,
      unit: 's',
      samples: [r.ms / 1000],
      ratio: base === undefined ? undefined : r.ms / base.ms,
    },
    {
      label: `${r.label}: requests`,
      unit: 'requests',
      samples: [r.requests],
      ratio: base === undefined ? undefined : r.requests / base.requests,
    },
    {
      label: `${r.label}: mutating`,
      unit: 'requests',
      samples: [r.mutating],
      ratio: base === undefined ? undefined : r.mutating / base.mutating,
    },
  ]);
  const notes = [
    `${SERVERS} servers (m1.nano, stratus-tiny) + key pair + security group + network + subnet; ratios are against the direct engine`,
    ...results
      .filter((r) => !r.ok)
      .map((r) => `${r.label}: apply reported errors (the cloud may be too small)`),
  ];
  return { rows, notes };
}

/** The facade bench. */
export const benchmark: Benchmark = {
  name: 'facade',
  description: `apply of a ${SERVERS}-server deployment document: direct engine, Heat engine, and one call at a time`,
  run,
};
