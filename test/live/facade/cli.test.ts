/**
 * `stratus plan/apply/destroy -f doc.yaml` and `stratus import` against the real cloud, checked with the
 * `openstack` CLI.
 */
import { execFile } from 'node:child_process';
import { randomBytes, randomInt } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cloudsYamlPath, osc } from './fixture.ts';

const run = promisify(execFile);
const env = { ...process.env, OS_CLIENT_CONFIG_FILE: cloudsYamlPath() };

async function stratus(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(
      process.execPath,
      ['--conditions=source', 'src/cli/main.ts', ...args, '--os-cloud', 'stratus-demo'],
      { env },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? -1, stdout: failed.stdout ?? '', stderr: failed.stderr ?? '' };
  }
}

/** `name:action` of each resource of a JSON report, sorted (apply reports in completion order). */
function actions(json: string): string[] {
  const report = JSON.parse(json) as { resources: { name: string; action: string }[] };
  return report.resources.map((r) => `${r.name}:${r.action}`).sort();
}

describe('stratus plan / apply / destroy / import', () => {
  const deployment = `t-fd-cli-${randomBytes(3).toString('hex')}`;
  let dir: string;
  let file: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'stratus-doc-'));
    file = join(dir, 'doc.yaml');
    const fragment = (await stratus('import', 'network', 'public', '--as', 'public')).stdout;
    await writeFile(
      file,
      `deployment: ${deployment}\n${fragment}  net: {kind: network}\n  subnet: {kind: subnet, properties: {network: {ref: net}, cidr: 10.${randomInt(200, 250)}.${randomInt(0, 250)}.0/24}}\n  router: {kind: router, properties: {externalNetwork: {ref: public}, interfaces: [{ref: subnet}]}}\noutputs:\n  net: {value: {ref: net}}\n`,
    );
  });

  afterAll(async () => {
    await stratus('destroy', '--deployment', deployment);
    await rm(dir, { recursive: true, force: true });
  });

  it('import prints a managed: false fragment with the id the openstack CLI shows', async () => {
    const { stdout } = await stratus('import', 'network', 'public', '-f', 'json');
    const publicNet = (await osc(['network', 'show', 'public'])) as { id: string };
    expect(JSON.parse(stdout)).toEqual({
      resources: { public: { kind: 'network', managed: false, id: publicNet.id, name: 'public' } },
    });
  });

  it('plans, applies with progress, re-applies with nothing to do, and destroys', async () => {
    const plan = await stratus('plan', '-f', file, '-f', 'json');
    expect(plan.code).toBe(0);
    expect(actions(plan.stdout)).toEqual(['net:create', 'public:observe', 'router:create', 'subnet:create']);
    const apply = await stratus('apply', '-f', file, '-f', 'json');
    expect(apply.code).toBe(0);
    expect(apply.stderr).toContain('apply: router (router) create ok');
    const report = JSON.parse(apply.stdout) as { outputs: { net: string } };
    expect(((await osc(['network', 'show', `${deployment}-net`])) as { id: string }).id).toBe(
      report.outputs.net,
    );
    const again = await stratus('apply', '-f', file, '-f', 'json');
    expect(actions(again.stdout)).toEqual(['net:keep', 'public:observe', 'router:keep', 'subnet:keep']);
    const destroy = await stratus('destroy', '-f', file);
    expect(destroy.code).toBe(0);
    expect(destroy.stdout).toContain(`deployment ${deployment} (direct engine): ok`);
    const left = ((await osc(['network', 'list'])) as { Name: string }[]).filter((n) =>
      n.Name.startsWith(deployment),
    );
    expect(left).toEqual([]);
  });

  it('exits 1 with the path of the problem for an invalid document', async () => {
    await writeFile(file, `deployment: ${deployment}\nresources:\n  net: {kind: netwrk}\n`);
    const result = await stratus('plan', '-f', file);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('ERR_DOCUMENT_INVALID');
    expect(result.stderr).toContain('resources.net.kind');
  });
});
