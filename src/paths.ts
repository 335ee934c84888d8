// Where the package's own files are, whether running from src/ (tests, tsx) or from the
// bundle in dist/.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | null = null;

export function packageRoot(): string {
  if (root) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg) && JSON.parse(readFileSync(pkg, 'utf8')).name === 'bluepacket') return (root = dir);
    const up = dirname(dir);
    if (up === dir) throw new Error('bluepacket: cannot find the package root');
    dir = up;
  }
}

export const dataPath = (...parts: string[]) => join(packageRoot(), 'data', ...parts);
export const DEFAULT_DB = () => dataPath('db.json');
