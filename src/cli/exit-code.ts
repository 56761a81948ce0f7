/**
 * Thrown by a command that has already printed its outcome and only needs a non-zero exit code
 * (`catalog explain` when no endpoint matches).
 */
export class ExitCode extends Error {
  /** The process exit code. */
  readonly exitCode: number;

  /** @param exitCode - The process exit code. */
  constructor(exitCode: number) {
    super(`exit ${exitCode}`);
    this.name = 'ExitCode';
    this.exitCode = exitCode;
  }
}
