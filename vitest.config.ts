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
      {
        find: /^stratus\/facade$/,
        replacement: fileURLToPath(new URL('./src/facade/index.ts', import.meta.url)),
      },
      {
        find: /^stratus\/ec2$/,
        replacement: fileURLToPath(new URL('./src/drivers/ec2/index.ts', import.meta.url)),
      },
      { find: /^stratus$/, replacement: fileURLToPath(new URL('./src/index.ts', import.meta.url)) },
    ],
  },
  // apps import the library by package name (`stratus`, `stratus/openstack`): resolve it to the sources too.
  ssr: { resolve: { conditions: ['source'], externalConditions: ['source'] } },
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
          exclude: ['test/live/ec2/**'],
          testTimeout: 300_000,
          hookTimeout: 300_000,
          fileParallelism: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'live-ec2',
          include: ['test/live/ec2/**/*.test.ts'],
          testTimeout: 300_000,
          hookTimeout: 300_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
