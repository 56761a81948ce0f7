// Runs the CLI in-process with captured stdout/stderr.
import { Writable } from 'node:stream';
import { runCli } from '../../../src/cli/program.ts';

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

function sink(): Writable & { text: () => string } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer | string, _encoding, callback) {
      chunks.push(chunk.toString());
      callback();
    },
  });
  return Object.assign(stream, { text: () => chunks.join('') });
}

export async function runStratus(
  args: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
  dirs: { cwd?: string; homeDir?: string } = {},
): Promise<CliRun> {
  const stdout = sink();
  const stderr = sink();
  const code = await runCli(args, { stdout, stderr, env, ...dirs });
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}
