// A world file that cannot be used (exit 2, naming the file): apart from the reading code, so
// that the entry point can recognise it without loading the world's schema.
import { MB } from './bounded-file';

export class WorldFileError extends Error {}

/** A world is users, groups and a catalog: a few hundred kilobytes at most. */
export const MAX_WORLD_BYTES = 20 * MB;
