// Reading a world file from disk (the bundled data/world.json or another), with a message that
// names the file and the field at fault.
import { readBoundedText } from './bounded-file';
import { parseWorld, type World } from './domain/world';
import { dataPath } from './paths';
import { MAX_WORLD_BYTES, WorldFileError } from './world-file-error';

export { WorldFileError };

export function loadWorldFile(file: string = dataPath('world.json')): World {
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

let bundled: World | null = null;
/** The bundled world, read once per process. */
export function bundledWorld(): World {
  return (bundled ??= loadWorldFile());
}
