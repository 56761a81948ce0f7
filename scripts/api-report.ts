// `npm run api:check` (part of `npm test`) / `npm run api:update`: one API Extractor report per package entry
// point (the `exports` map of package.json), kept in api-report/. A change to the public surface changes a
// report file, so it shows in review; `api:check` fails until the report is updated and committed.
// Needs the declarations in dist/ (`npm run build`).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Extractor, ExtractorConfig, ExtractorLogLevel } from '@microsoft/api-extractor';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const update = process.argv.includes('--update');

interface ExportEntry {
  readonly types?: string;
}

function entryPoints(): [subpath: string, types: string][] {
  const pkg: unknown = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const exportsMap: unknown =
    typeof pkg === 'object' && pkg !== null ? Reflect.get(pkg, 'exports') : undefined;
  const out: [string, string][] = [];
  for (const [subpath, target] of Object.entries(Object(exportsMap) as Record<string, ExportEntry>)) {
    if (typeof target === 'object' && typeof target.types === 'string') out.push([subpath, target.types]);
  }
  return out;
}

function reportName(subpath: string): string {
  return subpath === '.' ? 'stratus' : `stratus-${subpath.slice(2).replaceAll('/', '-')}`;
}

let failed = false;
for (const [subpath, types] of entryPoints()) {
  const config = ExtractorConfig.prepare({
    configObject: {
      projectFolder: root,
      mainEntryPointFilePath: join(root, types),
      compiler: { tsconfigFilePath: join(root, 'tsconfig.build.json') },
      apiReport: {
        enabled: true,
        reportFolder: join(root, 'api-report'),
        reportTempFolder: join(root, 'dist', 'api-report-temp'),
        reportFileName: reportName(subpath),
      },
      docModel: { enabled: false },
      dtsRollup: { enabled: false },
      tsdocMetadata: { enabled: false },
      messages: {
        extractorMessageReporting: {
          default: { logLevel: ExtractorLogLevel.Warning },
          // No release tags (@public/@beta) in this project, and TSDoc is checked by typedoc.
          'ae-missing-release-tag': { logLevel: ExtractorLogLevel.None },
          'ae-unresolved-link': { logLevel: ExtractorLogLevel.None },
          'ae-undocumented': { logLevel: ExtractorLogLevel.None },
          // Types owned by a sibling entry point (a `stratus` type in a `stratus/openstack` signature).
          'ae-forgotten-export': { logLevel: ExtractorLogLevel.None },
        },
        tsdocMessageReporting: { default: { logLevel: ExtractorLogLevel.None } },
        compilerMessageReporting: { default: { logLevel: ExtractorLogLevel.Warning } },
      },
    },
    configObjectFullPath: join(root, 'api-extractor.json'),
    packageJsonFullPath: join(root, 'package.json'),
  });
  const result = Extractor.invoke(config, { localBuild: update, showVerboseMessages: false });
  const name = `api-report/${reportName(subpath)}.api.md`;
  if (!result.succeeded || (!update && result.apiReportChanged)) {
    failed = true;
    console.error(
      `${name}: the public surface of "${subpath}" changed (or the report failed). Review it, then run ` +
        '`npm run api:update` and commit the report.',
    );
  } else {
    console.log(`${name}: ${update && result.apiReportChanged ? 'updated' : 'unchanged'}`);
  }
}
process.exitCode = failed ? 1 : 0;
