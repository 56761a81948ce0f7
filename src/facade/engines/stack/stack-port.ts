// The stack service lives in src/compute (the driver's capability); the engine's name for it.
import type { StackService } from '../../../compute/portable/stacks.ts';

export type {
  StackResourceState,
  StackState,
} from '../../../compute/portable/stacks.ts';

/** The stack calls the stack engine makes: the driver's {@link StackService}. */
export type StackPort = StackService;
