// asciinema-player's standalone bundle (its script and stylesheet), imported as text: the build
// inlines both into the export command's chunk (scripts/build.mjs, `?raw` imports), and the tests
// read them through Vite's own `?raw`. A page written by `export --html` carries them whole, so it
// plays offline; no other command loads them.
import css from 'asciinema-player/dist/bundle/asciinema-player.css?raw';
import js from 'asciinema-player/dist/bundle/asciinema-player.min.js?raw';
import type { PlayerAssets } from './page';

export function readPlayerAssets(): PlayerAssets {
  return { js, css };
}
