// Bundles bin/bluepacket's code into dist/ with esbuild: production React, ESM with code
// splitting so the terminal UI loads only when a session starts. Runs on `npm install`.
// It builds into a fresh folder and swaps it in, so a failed build leaves the last good one.
import { build } from 'esbuild';
import { renameSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = `${root}dist`;
const next = `${root}dist.next`;
rmSync(next, { recursive: true, force: true });
await build({
  absWorkingDir: root,
  entryPoints: { bluepacket: 'src/cli/entry.ts' },
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  outdir: next,
  chunkNames: 'chunks/[name]-[hash]',
  jsx: 'automatic',
  define: { 'process.env.NODE_ENV': '"production"' },
  // string-width is the top cost of a frame: every import of it (Ink's too) gets the cached one.
  alias: { 'string-width': './src/vendor/string-width-cached.ts' },
  // Ink loads the React devtools only when DEV is set; it is not installed.
  external: ['react-devtools-core'],
  // Packages that use require() of Node built-ins need a real require in an ESM bundle.
  banner: { js: "import { createRequire as __bpCreateRequire } from 'node:module'; const require = __bpCreateRequire(import.meta.url);" },
  logLevel: 'warning',
  legalComments: 'none',
  // Smaller code parses faster at start-up; names are kept so a bug's stack trace reads.
  minifyWhitespace: true,
  minifySyntax: true,
});
rmSync(out, { recursive: true, force: true });
renameSync(next, out);
