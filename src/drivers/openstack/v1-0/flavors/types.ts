import type { V10ListOptions } from '../wire/pagination.ts';

/** A flavor as the 1.0 summary list (`GET /flavors`) returns it. */
export interface V10FlavorRef {
  /** The numeric id, as a decimal string. */
  readonly id: string;
  /** The name, e.g. `256 slice`. */
  readonly name: string;
}

/** A 1.0 flavor in full (`GET /flavors/detail`, `GET /flavors/{id}`). */
export interface V10Flavor extends V10FlavorRef {
  /** Memory in MB. */
  readonly ram: number;
  /** Disk in GB. */
  readonly disk: number;
  /** Virtual CPUs, when the cloud reports them (the 1.0 API itself does not). */
  readonly vcpus: number | undefined;
}

/** Options of the 1.0 flavor lists. */
export type ListV10FlavorsOptions = V10ListOptions;
