import type { FailureCode } from '../failure/failure-code.ts';

/** Brent's flat outputs: every value a string. */
export type Outputs = Readonly<Record<string, string>>;

/** What an operation made (or removed: `null`), by logical name. */
export type Topology = Readonly<Record<string, { readonly id: string; readonly type: string } | null>>;

/**
 * Where an operation stands, as Brent's completion reports it.
 */
export type OperationStatus =
  | { readonly state: 'IN_PROGRESS'; readonly topology: Topology }
  | { readonly state: 'COMPLETE'; readonly outputs: Outputs; readonly topology: Topology }
  | {
      readonly state: 'FAILED';
      readonly failureCode: FailureCode;
      readonly description: string;
      readonly outputs: Outputs;
      readonly topology: Topology;
    };
