/**
 * The end-of-run scan: every record (key, value, header keys and values) of the given topics, read from offset 0
 * read_uncommitted (so aborted transactions count too), searched for the secrets the tests know — every password
 * in clouds.yaml, the tokens they obtained, the private keys they sent — and for anything shaped like a Keystone
 * token or a PEM private key.
 */
import { readFileSync } from 'node:fs';
import { Admin } from '@platformatic/kafka';
import { parse } from 'yaml';
import { CLOUDS_YAML } from '../../helpers/local-cloud.ts';
import { readTopic } from './topic-reader.ts';

/** Shapes no record may contain: a Fernet token (Keystone's) and a PEM private key header. */
const SHAPES: readonly RegExp[] = [/gAAAAA[A-Za-z0-9_-]{60,}/, /-----BEGIN [A-Z ]*PRIVATE KEY-----/];

/** What the scan found. */
export interface ScanResult {
  readonly topics: number;
  readonly records: number;
  /** `topic@partition:offset: what` for every hit (never the secret itself). */
  readonly hits: readonly string[];
}

/**
 * Every `password` of every cloud in clouds.yaml.
 *
 * @returns The passwords.
 */
export function cloudsYamlPasswords(): string[] {
  const doc = parse(readFileSync(CLOUDS_YAML, 'utf8')) as {
    clouds: Record<string, { auth?: Record<string, unknown> }>;
  };
  return Object.values(doc.clouds).flatMap((cloud) => {
    const password = cloud.auth?.password;
    return typeof password === 'string' && password !== '' ? [password] : [];
  });
}

/**
 * The topics on a broker, without Kafka's internal ones.
 *
 * @param bootstrap - The broker.
 * @param prefix - Keep only names starting with it.
 * @returns The names.
 */
export async function topicsOf(bootstrap: string, prefix = ''): Promise<string[]> {
  const admin = new Admin({ clientId: 't-secret-scan', bootstrapBrokers: [bootstrap] });
  try {
    return (await admin.listTopics()).filter((t) => !t.startsWith('__') && t.startsWith(prefix));
  } finally {
    await admin.close();
  }
}

/**
 * Scans the topics.
 *
 * @param bootstrap - The broker.
 * @param topics - The topics.
 * @param secrets - Exact secrets (empty strings are ignored).
 * @returns Counts and hits.
 */
export async function scanTopics(
  bootstrap: string,
  topics: readonly string[],
  secrets: readonly string[],
): Promise<ScanResult> {
  const exact = secrets.filter((s) => s.length >= 4);
  let records = 0;
  const hits: string[] = [];
  for (const topic of topics) {
    for (const record of await readTopic(bootstrap, topic, 1_000, true)) {
      records += 1;
      const text = Buffer.concat([
        record.key ?? Buffer.alloc(0),
        record.value ?? Buffer.alloc(0),
        ...[...record.headers].flat(),
      ]).toString('utf8');
      const where = `${topic}@${record.partition}:${record.offset}`;
      exact.forEach((secret, i) => {
        if (text.includes(secret)) hits.push(`${where}: known secret #${i}`);
      });
      for (const shape of SHAPES) if (shape.test(text)) hits.push(`${where}: matches ${shape.source}`);
    }
  }
  return { topics: topics.length, records, hits };
}
