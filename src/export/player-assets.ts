// asciinema-player's standalone bundle, read from the installed package when a page is written
// (it is a runtime dependency for that reason). Resolved through Node's module resolution, so
// it is found from src/ (tests) and from the bundle in dist/ alike.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { PlayerAssets } from './page';

const BUNDLE = 'asciinema-player/dist/bundle';

export function readPlayerAssets(): PlayerAssets {
  const resolve = createRequire(import.meta.url).resolve;
  try {
    return {
      js: readFileSync(resolve(`${BUNDLE}/asciinema-player.min.js`), 'utf8'),
      css: readFileSync(resolve(`${BUNDLE}/asciinema-player.css`), 'utf8'),
    };
  } catch (e) {
    throw new Error(`the web player (npm package asciinema-player) is not installed here: run npm install (${(e as Error).message})`);
  }
}
