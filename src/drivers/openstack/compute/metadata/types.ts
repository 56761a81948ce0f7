/** Server metadata: string keys to string values (at most 255 characters each). */
export type ServerMetadata = Readonly<Record<string, string>>;
