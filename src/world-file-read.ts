// Reading a world file from disk with a given schema check, with a message that names the file
// and the field at fault. Apart from the schema (src/domain/world.ts), so that the headless
// runner loads the schema only when it has a world to check.
import { readBoundedText } from './bounded-file';
import type { World } from './domain/world';
import type { WorldParser } from './scenario/parse';
import { MAX_WORLD_BYTES, WorldFileError } from './world-file-error';

export function readWorldFile(file: string, parseWorld: WorldParser): World {
  let json: unknown;
  try {
    json = JSON.parse(readBoundedText(file, MAX_WORLD_BYTES));
  } catch (e) {
    throw new WorldFileError(`${file}: cannot read the world (${(e as Error).message})`);
  }
  const r = parseWorld(json);
  if (!r.ok) throw new WorldFileError(`${file}: field "${r.problems[0]!.path}": ${r.problems[0]!.message}`);
  return r.world;
}
