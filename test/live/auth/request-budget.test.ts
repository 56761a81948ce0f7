/**
 * The request budget on the real cloud: a cold session serving 200 concurrent calls spread over compute, image,
 * network and block-storage logs in exactly once. Logins are counted in the redacted debug transcript.
 */
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { fromCloudsYaml } from '../../../src/auth/config/clouds-yaml.ts';
import { createSession } from '../../../src/auth/session.ts';
import { CLOUD_NAMES, cloudsYamlPath, onCleanup } from '../helpers/cloud.ts';

describe('one login for many concurrent calls to four services', () => {
  it('200 concurrent calls on a cold session → 1 POST /v3/auth/tokens', async () => {
    const chunks: string[] = [];
    const transcript = new Writable({
      write(chunk: Buffer | string, _encoding, callback) {
        chunks.push(chunk.toString());
        callback();
      },
    });
    const options = await fromCloudsYaml(CLOUD_NAMES.demo, {
      env: { OS_CLIENT_CONFIG_FILE: cloudsYamlPath() },
    });
    const session = createSession({ ...options, transport: { ...options.transport, debug: { transcript } } });
    onCleanup(() => session.close(), 'session');
    const paths: Readonly<Record<string, string>> = {
      compute: 'flavors',
      image: 'v2/images?limit=1',
      network: 'v2.0/networks?limit=1',
      'block-storage': 'types',
    };
    const types = Object.keys(paths);
    const started = Date.now();
    const responses = await Promise.all(
      Array.from({ length: 200 }, async (_, i) => {
        const type = types[i % types.length] ?? 'compute';
        const url = `${await session.endpointFor({ type })}/${paths[type] ?? ''}`;
        return session.send({ method: 'GET', url }, { attempt: 1 });
      }),
    );
    const elapsedMs = Date.now() - started;
    expect(responses.every((r) => r.status === 200)).toBe(true);
    const text = chunks.join('');
    const logins = text.match(/-X POST '[^']*\/v3\/auth\/tokens'/g) ?? [];
    expect(logins).toHaveLength(1);
    expect(text).not.toMatch(/gAAAA/);
    console.info(`200 calls over 4 services: ${logins.length} login, ${elapsedMs} ms`);
  });
});
