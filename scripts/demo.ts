// `npm run demo`: a guided tour of a cloud with Stratus. It uses the cloud that OS_CLOUD / clouds.yaml / the
// OS_* variables name, like the `openstack` CLI; with none configured it brings up the local OpenStack
// (`npm run cloud:up`) and uses the cloud that writes. Everything it makes is removed at the end, also after
// an error or Ctrl-C.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import {
  type CloudSessionOptions,
  ConfigurationError,
  cloudsYamlSearchPath,
  createSession,
  fromCloudsYaml,
  fromEnv,
} from 'stratus';
import { runTour } from '../examples/tour/tour.ts';

const ROOT = join(import.meta.dirname, '..');
const LOCAL_STATE = process.env.STRATUS_CLOUD_STATE ?? '/var/lib/os-harness';
const LOCAL_CLOUD = 'stratus-demo';
const say = (line: string): void => void process.stdout.write(`${line}\n`);

const HOW_TO_POINT = `Point the demo at a cloud the way you point the openstack CLI at one:
  export OS_CLOUD=<name>                       # a cloud from ./clouds.yaml, ~/.config/openstack/clouds.yaml
                                               # or /etc/openstack/clouds.yaml (OS_CLIENT_CONFIG_FILE=<file>)
  source <project>-openrc.sh                   # or the OS_AUTH_URL, OS_USERNAME, … variables
then run \`npm run demo\` again. On a Debian/Ubuntu machine where you are root, \`npm run cloud:up\` starts a
local OpenStack (about 4 minutes the first time) and the demo uses it.`;

/** The configured cloud, or `undefined` when none is configured at all. */
async function configuredCloud(): Promise<CloudSessionOptions | undefined> {
  const env = process.env;
  if (env.OS_CLOUD) return fromCloudsYaml(env.OS_CLOUD, { env });
  if (env.OS_AUTH_URL) return fromEnv(env);
  if (cloudsYamlSearchPath({ env }).some((file) => existsSync(file)))
    return fromCloudsYaml(undefined, { env });
  return undefined;
}

function localCloudRunning(): boolean {
  const status = spawnSync(join(ROOT, 'scripts/local-cloud/status'), ['--quiet'], { stdio: 'ignore' });
  return status.status === 0 && existsSync(join(LOCAL_STATE, 'clouds.yaml'));
}

/** Starts the local OpenStack when it is not running; exits with instructions when it cannot. */
async function localCloud(): Promise<CloudSessionOptions> {
  if (!localCloudRunning()) {
    const root = process.getuid?.() === 0;
    const debian = existsSync('/etc/debian_version');
    if (!root || !debian) {
      say(
        `No cloud is configured, and the local OpenStack cannot start here (it needs ${!debian ? 'Debian or Ubuntu' : 'root'}).\n`,
      );
      say(HOW_TO_POINT);
      process.exit(2);
    }
    say('No cloud is configured: starting the local OpenStack with `npm run cloud:up` …');
    const up = spawnSync('npm', ['run', 'cloud:up'], { cwd: ROOT, stdio: 'inherit' });
    if (up.status !== 0) {
      say(
        `\n\`npm run cloud:up\` failed (exit ${up.status ?? up.signal}); see its log above.\n\n${HOW_TO_POINT}`,
      );
      process.exit(2);
    }
  }
  const file = join(LOCAL_STATE, 'clouds.yaml');
  say(`Using the local OpenStack: cloud ${LOCAL_CLOUD} from ${file}`);
  return fromCloudsYaml(LOCAL_CLOUD, { env: { ...process.env, OS_CLIENT_CONFIG_FILE: file } });
}

function interruptible(): AbortSignal {
  const controller = new AbortController();
  let count = 0;
  const stop = (): void => {
    count += 1;
    if (count === 1) {
      process.stderr.write(
        '\nInterrupted: stopping and cleaning up (press Ctrl-C again to quit without cleanup)\n',
      );
      controller.abort(new Error('interrupted by the user'));
      return;
    }
    process.stderr.write(
      '\nQuitting without cleanup: look for resources named stratus-demo-… on the cloud\n',
    );
    process.exit(130);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  return controller.signal;
}

/** `npm run demo -- ec2`: the EC2 tour on the local EC2 (started if needed) or on STRATUS_EC2_ENDPOINT. */
async function ec2Demo(): Promise<number> {
  const endpoint = process.env.STRATUS_EC2_ENDPOINT ?? 'http://127.0.0.1:15000';
  if (process.env.STRATUS_EC2_ENDPOINT === undefined) {
    const up = spawnSync(join(ROOT, 'scripts', 'local-ec2', 'up'), [], { stdio: 'inherit' });
    if (up.status !== 0) return 1;
  }
  say(`EC2: ${endpoint} (moto accepts any access key)`);
  const { Ec2NodeDriver } = await import('stratus/ec2');
  const { runEc2Tour } = await import('../examples/tour/ec2-tour.ts');
  const driver = new Ec2NodeDriver({
    credentials: { accessKeyId: 'AKIADEMO', secretAccessKey: 'demo-secret-not-real' },
    region: 'us-east-1',
    endpoint,
  });
  try {
    return await runEc2Tour(driver, { write: (t) => void process.stdout.write(t) }, interruptible());
  } finally {
    await driver.close();
  }
}

async function main(): Promise<number> {
  if (process.argv[2] === 'ec2') return ec2Demo();
  let options: CloudSessionOptions;
  try {
    options = (await configuredCloud()) ?? (await localCloud());
  } catch (error) {
    if (!(error instanceof ConfigurationError)) throw error;
    say(`${error.message}\n\n${HOW_TO_POINT}`);
    return 2;
  }
  say(`Cloud: ${options.origin}`);
  const signal = interruptible();
  const session = createSession(options);
  try {
    const code = await runTour(
      session,
      { write: (t) => void process.stdout.write(t), tty: process.stdout.isTTY },
      signal,
    );
    return signal.aborted ? 130 : code;
  } finally {
    await session.close();
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(
      `demo failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exitCode = 1;
  },
);
