// Runs one apply in its own process, so the live test can SIGKILL it at a chosen point. Prints one line per
// HTTP request as it is dispatched (`REQ <method> <path>`) and `DONE <ok>` at the end.
//   node --conditions=source test/live/facade/apply-child.ts <direct|stack>   (document on stdin)
import { text } from 'node:stream/consumers';
import { parseDocument } from '../../../src/facade/document/parse.ts';
import { countedEngines } from './fixture.ts';

const engineName = process.argv[2] === 'stack' ? 'stack' : 'direct';
const doc = parseDocument(await text(process.stdin));
const engines = await countedEngines(undefined, (r) => process.stdout.write(`REQ ${r.method} ${r.path}\n`));
try {
  const report = await engines.engine(engineName).apply(doc);
  process.stdout.write(`DONE ${report.ok}\n`);
} finally {
  await engines.close();
}
