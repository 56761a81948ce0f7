/** One rate limit of a 1.0 account: `value` requests of `verb` on `uri` per `unit`. */
export interface V10RateLimit {
  /** The HTTP method it counts, e.g. `POST`. */
  readonly verb: string;
  /** The URI pattern as shown to people, e.g. `/servers*`. */
  readonly uri: string;
  /** The regular expression the cloud matches request paths with. */
  readonly regex: string;
  /** How many requests are allowed per unit. */
  readonly value: number;
  /** How many are left in the current window. */
  readonly remaining: number;
  /** The window: `MINUTE`, `HOUR` or `DAY`. */
  readonly unit: string;
  /** When the window resets. */
  readonly resetTime: Date;
}

/** The rate and absolute limits of a 1.0 account. */
export interface V10Limits {
  /** Request-rate limits. */
  readonly rate: readonly V10RateLimit[];
  /** Absolute limits by name, e.g. `maxTotalRAMSize` (MB), `maxIPGroups`, `maxIPGroupMembers`. */
  readonly absolute: Readonly<Record<string, number>>;
}
