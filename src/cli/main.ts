#!/usr/bin/env node
// The `stratus` executable: wires the real process streams and environment into the CLI.
import { runCli } from './program.ts';

runCli(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, env: process.env }).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`${String(error)}\n`);
    process.exitCode = 1;
  },
);
