import { pollUntil } from '../../../../compute/waiters.ts';
import { requireId } from '../../../document/resolver.ts';
import type { DirectPorts, VolumeObject } from '../ports.ts';
import type { AdapterOf } from './adapter-type.ts';

const WAIT = { timeoutMs: 300_000, intervalMs: 1_000, maxIntervalMs: 3_000 } as const;

async function waitStatus(
  ports: DirectPorts,
  id: string,
  wanted: (v: VolumeObject | undefined) => boolean,
  signal?: AbortSignal,
) {
  await pollUntil<VolumeObject>(
    {
      description: `volume ${id}`,
      resourceId: id,
      fetch: (s) => ports.volumes.get(id, s),
      check: (v) =>
        v?.health === 'failed'
          ? { kind: 'failed', state: v.status, fault: v.reason }
          : wanted(v)
            ? { kind: 'done' }
            : { kind: 'continue' },
      status: (v) => v?.status ?? 'gone',
    },
    WAIT,
    signal,
  );
}

/**
 * The volume adapter: created with its metadata mark, attached to `attachTo` when it is not (waiting until
 * in-use), detached from everything before it is deleted.
 *
 * @param ports - The provider calls.
 * @returns The adapter.
 */
export function volumeAdapter(ports: DirectPorts): AdapterOf<'volume', 'volumes'> {
  const volumes = ports.volumes;
  return {
    collection: volumes,
    markStyle: 'metadata',
    waitGone: true,
    attributes: (v) => ({ status: v.status, size: v.sizeGb, device: v.attachments[0]?.device ?? null }),
    body: async (spec, mark) => ({
      name: spec.cloudName,
      sizeGb: spec.properties.sizeGb,
      volumeType: spec.properties.volumeType,
      metadata: mark.metadata,
    }),
    converge: async (spec, volume, resolver, signal) => {
      const target = spec.properties.attachTo;
      if (target === undefined) return { changes: [] };
      const serverId = await requireId(resolver, target, 'server', signal);
      if (volume.attachments.some((a) => a.serverId === serverId)) return { changes: [] };
      return {
        changes: [`attach to server ${serverId}`],
        apply: async (s) => {
          if (volume.status !== 'attaching') await volumes.attach(serverId, volume.id, s);
          await waitStatus(
            ports,
            volume.id,
            (v) => v?.attachments.some((a) => a.serverId === serverId) === true && v.status === 'in-use',
            s,
          );
        },
      };
    },
    beforeDelete: async (volume, signal) => {
      for (const attachment of volume.attachments)
        await volumes.detach(attachment.serverId, volume.id, signal);
      if (volume.attachments.length > 0 || volume.status === 'detaching') {
        await waitStatus(
          ports,
          volume.id,
          (v) => v === undefined || (v.attachments.length === 0 && v.status === 'available'),
          signal,
        );
      }
    },
  };
}
