// Reading a world file from disk (the bundled data/world.json or another), with a message that
// names the file and the field at fault.
import { parseWorld, type World } from './domain/world';
import { dataPath } from './paths';
import { readWorldFile } from './world-file-read';
import { WorldFileError } from './world-file-error';

export { WorldFileError };

export function loadWorldFile(file: string = dataPath('world.json')): World {
  return readWorldFile(file, parseWorld);
}

let bundled: World | null = null;
/** The bundled world, read once per process. */
export function bundledWorld(): World {
  return (bundled ??= loadWorldFile());
}
