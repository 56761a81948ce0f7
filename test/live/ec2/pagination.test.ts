import { afterAll, describe, expect, it } from 'vitest';
import { localDriver, prefix, recordingDispatcher } from './local-ec2.ts';

const { dispatcher, log } = recordingDispatcher();
const driver = localDriver({ dispatcher, timeoutMs: 120_000 });
const tag = prefix();
const ids: string[] = [];

afterAll(async () => {
  // TerminateInstances takes up to 1,000 ids a call
  if (ids.length > 0) await driver.connection.ec2.call('TerminateInstances', { InstanceId: ids });
  await driver.close();
  await dispatcher.close();
});

async function anyImageId(): Promise<string> {
  for await (const image of driver.listImages()) return image.id;
  throw new Error('the local EC2 lists no image');
}

describe('EC2 listNodes pagination', () => {
  it('walks 1,000 instances page by page, each once', async () => {
    // 200 reservations of 5: servers page DescribeInstances by reservation (moto does; AWS by instance).
    const imageId = await anyImageId();
    const launch = () =>
      driver.connection.ec2.call('RunInstances', {
        ImageId: imageId,
        InstanceType: 't2.nano',
        MinCount: 5,
        MaxCount: 5,
        TagSpecification: [{ ResourceType: 'instance', Tag: [{ Key: 'run', Value: tag }] }],
      });
    for (let batch = 0; batch < 25; batch++) await Promise.all(Array.from({ length: 8 }, launch));
    const before = log.headers.length;
    const seen = new Map<string, number>();
    for await (const node of driver.listNodes({ pageSize: 20 })) {
      if (node.extra.tags.run !== tag) continue;
      ids.push(node.id);
      seen.set(node.id, (seen.get(node.id) ?? 0) + 1);
    }
    expect(seen.size).toBe(1000);
    expect([...seen.values()].every((count) => count === 1)).toBe(true);
    expect(log.headers.length - before).toBeGreaterThanOrEqual(10); // ≥ 10 pages
  });
});
