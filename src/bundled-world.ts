// The bundled world for the headless runner, without loading the schema library on every run.
// The build checks data/world.json with the world's schema and writes the result into the
// bundle's folder (dist/world.json, with the text it was made from). While data/world.json still
// reads exactly that text, that result is the world; otherwise (the file was edited after the
// build, or there is no build) it is read and checked now, as every other command does (the
// schema loaded only then).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readBoundedText } from './bounded-file';
import type { World } from './domain/world';
import { dataPath, packageRoot } from './paths';
import { MAX_WORLD_BYTES } from './world-file-error';
import { readWorldFile } from './world-file-read';

/** What the build writes: the bundled world's text and the world the schema made of it. */
export interface CheckedWorld {
  source: string;
  world: World;
}

/** Where the build puts it. */
export const checkedWorldPath = () => join(packageRoot(), 'dist', 'world.json');

let bundled: World | null = null;

/** The bundled world, the same as world-file.ts's bundledWorld() gives. */
export async function readBundledWorld(): Promise<World> {
  return (bundled ??= checkedAtBuild() ?? readWorldFile(dataPath('world.json'), (await import('./domain/world')).parseWorld));
}

function checkedAtBuild(): World | null {
  try {
    const checked = JSON.parse(readFileSync(checkedWorldPath(), 'utf8')) as CheckedWorld;
    return readBoundedText(dataPath('world.json'), MAX_WORLD_BYTES) === checked.source ? checked.world : null;
  } catch {
    // No build's copy, or the file cannot be read: the ordinary path says why.
    return null;
  }
}
