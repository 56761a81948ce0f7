// The layering of docs/api.md, enforced by `npm run lint:layers` (part of `npm test`):
//   src/transport ← src/auth ← src/compute ← src/drivers/* ← src/facade ← src/cli and apps/*
// Each rule names the layer that broke it and what it may import instead.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-cycles',
      severity: 'error',
      comment:
        'Modules form no runtime import cycle (a cycle through `import type` only is allowed): split the shared ' +
        'part into its own file.',
      from: { path: '^(src|apps)/' },
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
    {
      name: 'errors-and-shape-are-leaves',
      severity: 'error',
      comment: 'src/errors imports nothing of Stratus; src/shape only src/errors.',
      from: { path: '^src/(errors|shape)/' },
      to: { path: '^src/', pathNot: '^src/(errors|shape)/' },
    },
    {
      name: 'transport-knows-no-upper-layer',
      severity: 'error',
      comment: 'The transport knows no auth, compute, drivers, facade or CLI.',
      from: { path: '^src/transport/' },
      to: { path: '^src/(auth|compute|drivers|facade|cli)/' },
    },
    {
      name: 'auth-knows-no-compute',
      severity: 'error',
      comment: 'Auth sits on the transport only: no compute, drivers, facade or CLI.',
      from: { path: '^src/auth/' },
      to: { path: '^src/(compute|drivers|facade|cli)/' },
    },
    {
      name: 'compute-knows-no-drivers',
      severity: 'error',
      comment:
        'Compute is provider-neutral: no driver, facade or CLI import. The registry loads drivers lazily by ' +
        'package name (registerDriver), never by path.',
      from: { path: '^src/compute/' },
      to: { path: '^src/(drivers|facade|cli)/' },
    },
    {
      name: 'drivers-are-independent',
      severity: 'error',
      comment: 'A provider driver imports no other provider, no facade and no CLI.',
      from: { path: '^src/drivers/([^/]+)/' },
      to: { path: '^src/(drivers/|facade/|cli/)', pathNot: ['^src/drivers/$1/'] },
    },
    {
      name: 'facade-imports-compute-and-errors-only',
      severity: 'error',
      comment: 'The facade sees drivers through public interfaces only: src/compute and src/errors.',
      from: { path: '^src/facade/' },
      to: { path: '^src/', pathNot: '^src/(facade|compute|errors)/' },
    },
    {
      name: 'library-knows-no-cli',
      severity: 'error',
      comment: 'The library never imports the CLI.',
      from: { path: '^src/', pathNot: '^src/cli/' },
      to: { path: '^src/cli/' },
    },
    {
      name: 'apps-import-package-entry-points-only',
      severity: 'error',
      comment:
        'apps/* use Stratus by package name (stratus, stratus/facade, stratus/openstack), never by path.',
      from: { path: '^apps/([^/]+)/' },
      to: { dependencyTypes: ['local'], path: '^(src/|apps/)', pathNot: '^apps/$1/' },
    },
    {
      name: 'apps-import-no-deep-package-paths',
      severity: 'error',
      comment:
        'apps/* import only the published entry points of stratus: stratus, stratus/facade, stratus/openstack.',
      from: { path: '^apps/' },
      to: {
        path: '(^|node_modules/stratus/)(src|dist)/',
        pathNot: '(src|dist)/(index|facade/index|drivers/openstack/index)\\.(ts|js|d\\.ts)$',
      },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(dist|node_modules|docs/api)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      conditionNames: ['source', 'import', 'node', 'default'],
      extensions: ['.ts', '.js', '.json'],
    },
  },
};
