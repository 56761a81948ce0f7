// Runs one apply of a deployment document on the local EC2 in its own process, so the live test can SIGKILL it
// at a chosen point. Prints `REQ <Action>` as each Query API request is dispatched and `DONE <ok>` at the end.
//   node --conditions=source test/live/ec2/apply-child.ts   (stdin: {"text": <document>, "parameters": {...}})
import { text } from 'node:stream/consumers';
import { Agent } from 'undici';
import { createFacade } from '../../../src/facade/create-facade.ts';
import { parseDocument } from '../../../src/facade/document/parse.ts';
import { localDriver } from './local-ec2.ts';

const input = JSON.parse(await text(process.stdin)) as { text: string; parameters: Record<string, string> };
const dispatcher = new Agent().compose((dispatch) => (options, handler) => {
  const body = typeof options.body === 'string' ? options.body : '';
  process.stdout.write(`REQ ${new URLSearchParams(body).get('Action') ?? '?'}\n`);
  return dispatch(options, handler);
});
const driver = localDriver({ dispatcher });
try {
  const facade = createFacade(driver, { timeoutMs: 120_000, pollIntervalMs: 100, maxPollIntervalMs: 500 });
  const report = await facade.apply(parseDocument(input.text, { parameters: input.parameters }));
  process.stdout.write(`DONE ${report.ok}\n`);
} finally {
  await driver.close();
}
