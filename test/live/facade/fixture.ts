/**
 * The facade document live tests' shared setup: a driver on the demo cloud whose requests are counted, the
 * engines over it, a test document, and the `openstack` CLI for independent checks.
 */
import { execFile } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { promisify } from 'node:util';
import { fromCloudsYaml } from '../../../src/auth/config/clouds-yaml.ts';
import { createSession } from '../../../src/auth/session.ts';
import { OpenStackNodeDriver } from '../../../src/drivers/openstack/v1-1/driver.ts';
import { createFacade } from '../../../src/facade/create-facade.ts';
import type { DeploymentEngine } from '../../../src/facade/engines/engine.ts';
import { type CountedRequest, type RequestCounter, requestCounter } from '../../helpers/request-counter.ts';

// Not ../helpers/cloud.ts: that module registers vitest hooks, and this one also runs in plain child processes.
const CLOUD_NAMES = { demo: 'stratus-demo' } as const;
const SEED = { image: 'stratus-tiny', externalNetwork: 'public' } as const;
export function cloudsYamlPath(): string {
  return process.env.OS_CLIENT_CONFIG_FILE || '/var/lib/os-harness/clouds.yaml';
}

export interface CountedEngines {
  readonly driver: OpenStackNodeDriver;
  readonly counter: RequestCounter;
  readonly engine: (name: 'direct' | 'stack') => DeploymentEngine;
  close(): Promise<void>;
}

export async function countedEngines(
  cloud: string = CLOUD_NAMES.demo,
  onRequest?: (request: CountedRequest) => void,
): Promise<CountedEngines> {
  const counter = requestCounter(onRequest);
  const options = await fromCloudsYaml(cloud, { env: { OS_CLIENT_CONFIG_FILE: cloudsYamlPath() } });
  const transport = { ...options.transport, dispatcher: counter.dispatcher, timeoutMs: 120_000 };
  const session = createSession({ ...options, transport });
  const driver = new OpenStackNodeDriver({ session });
  // The public path: the facade over the driver's declared capabilities (what `stratus apply` uses too).
  const facade = createFacade(driver);
  return {
    driver,
    counter,
    engine: (name) => facade.engine(name),
    close: () => session.close(),
  };
}

/** An OpenSSH public key generated for the run (the private half is discarded). */
export function throwawayPublicKey(): string {
  const { publicKey } = generateKeyPairSync('ed25519');
  const der = publicKey.export({ type: 'spki', format: 'der' });
  const raw = der.subarray(der.length - 32);
  const type = Buffer.from('ssh-ed25519');
  const blob = Buffer.concat([u32(type.length), type, u32(raw.length), raw]);
  return `ssh-ed25519 ${blob.toString('base64')} stratus-live-test`;
}

function u32(n: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32BE(n);
  return b;
}

/**
 * The test document: a network, a subnet, a router to `public`, a security group, a key pair, two
 * servers, a volume attached to one of them, a floating IP, and `public` adopted.
 */
export function liveDocument(deployment: string, publicKey: string, cidr = '10.77.0.0/24'): string {
  return `
deployment: ${deployment}
reconcile: true
concurrency: 4
parameters:
  image: {default: ${SEED.image}}
  flavor: {default: m1.nano}
resources:
  public: {kind: network, managed: false, name: ${SEED.externalNetwork}}
  key: {kind: keyPair, properties: {publicKey: "${publicKey}"}}
  sg:
    kind: securityGroup
    properties:
      rules: [{direction: ingress, protocol: tcp, portMin: 22, remoteIpPrefix: 0.0.0.0/0}]
  net: {kind: network}
  subnet: {kind: subnet, properties: {network: {ref: net}, cidr: ${cidr}}}
  router: {kind: router, properties: {externalNetwork: {ref: public}, interfaces: [{ref: subnet}]}}
  web1:
    kind: server
    dependsOn: [subnet]
    properties: {image: {param: image}, flavor: {param: flavor}, keyPair: {ref: key}, networks: [{ref: net}], securityGroups: [{ref: sg}]}
  web2:
    kind: server
    dependsOn: [subnet]
    properties: {image: {param: image}, flavor: {param: flavor}, keyPair: {ref: key}, networks: [{ref: net}], securityGroups: [{ref: sg}]}
  data: {kind: volume, properties: {sizeGb: 1, attachTo: {ref: web1}}}
  fip: {kind: floatingIp, dependsOn: [router], properties: {network: {ref: public}, server: {ref: web1}}}
outputs:
  web1_ip: {value: {ref: web1, attribute: privateIp}}
  web2_ip: {value: {ref: web2, attribute: privateIp}}
  fip_address: {value: {ref: fip, attribute: address}}
  net_id: {value: {ref: net}}
  volume_id: {value: {ref: data}}
  subnet_cidr: {value: {ref: subnet, attribute: cidr}}
`;
}

const run = promisify(execFile);

/** Runs an `openstack` CLI action that prints nothing (delete, lock, …) on the demo cloud. */
export async function oscDo(args: readonly string[]): Promise<void> {
  await run('openstack', ['--os-cloud', CLOUD_NAMES.demo, ...args], {
    env: { ...process.env, OS_CLIENT_CONFIG_FILE: cloudsYamlPath() },
  });
}

/** Runs the `openstack` CLI on the demo cloud and parses its JSON output. */
export async function osc(args: readonly string[]): Promise<unknown> {
  const { stdout } = await run('openstack', ['--os-cloud', CLOUD_NAMES.demo, ...args, '-f', 'json'], {
    env: { ...process.env, OS_CLIENT_CONFIG_FILE: cloudsYamlPath() },
    maxBuffer: 16 * 1024 * 1024,
  });
  return JSON.parse(stdout) as unknown;
}
