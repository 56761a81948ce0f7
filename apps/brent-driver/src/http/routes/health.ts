import type { Route } from '../route.ts';

/** A vital's state. */
export type VitalStatus = 'OK' | 'UNHEALTHY';

/**
 * `GET /management/health` → 200 `{vitals: {app: {status: OK}, …}}`, or 503 with the same shape when a vital
 * is UNHEALTHY.
 *
 * @param vitals - Reports each vital (`app` is always OK while the process serves).
 * @returns The route.
 */
export function healthRoute(vitals: () => Readonly<Record<string, VitalStatus>>): Route {
  return {
    api: 'management',
    path: '/health',
    method: 'get',
    hasBody: false,
    handle() {
      const all: Record<string, VitalStatus> = { app: 'OK', ...vitals() };
      const body = { vitals: Object.fromEntries(Object.entries(all).map(([k, status]) => [k, { status }])) };
      const healthy = Object.values(all).every((s) => s === 'OK');
      return Promise.resolve({ status: healthy ? 200 : 503, body });
    },
  };
}
