import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    conditions: ['source'],
    // The package's own entry points by name (what Node's self-reference does; Vite does not resolve it).
    alias: [
      {
        find: /^stratus\/openstack\/([a-z0-9-]+)$/,
        replacement: fileURLToPath(new URL('./src/drivers/openstack/$1/index.ts', import.meta.url)),
      },
      {
        find: /^stratus\/openstack$/,
        replacement: fileURLToPath(new URL('./src/drivers/openstack/index.ts', import.meta.url)),
      },
      { find: /^stratus$/, replacement: fileURLToPath(new URL('./src/index.ts', import.meta.url)) },
    ],
  },
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['test/unit/**/*.test.ts', 'apps/*/test/unit/**/*.test.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts'],
          setupFiles: ['test/helpers/nock-setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'live',
          include: ['test/live/**/*.test.ts', 'apps/*/test/live/**/*.test.ts'],
          testTimeout: 300_000,
          hookTimeout: 300_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
