// Bundles bin/bluepacket's code into dist/ with esbuild: production React, ESM with code
// splitting so the terminal UI loads only when a session starts. Runs on `npm install`.
// It builds into a fresh folder and swaps it in, so a failed build leaves the last good one.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = `${root}dist`;
const next = `${root}dist.next`;
rmSync(next, { recursive: true, force: true });

// Two changes to Ink's frame assembly (ink/build/output.js), applied to Ink's own file at build
// time; the build fails if that file changed shape. They cut the CPU of drawing a 160×44 frame:
// - Ink fills a fresh grid of cell objects for every frame (7,000 objects, each with its own
//   styles array) before writing the text in; the blank cells are only ever replaced, never
//   changed, so one blank cell serves them all.
// - Ink parses every line's colour codes into cells on every frame, caching only within the
//   frame; most lines are the same from one frame to the next, so the caches are kept across
//   frames (and dropped when they grow large). Cached cells are only read, never changed.
const inkFrameAssembly = {
  name: 'ink-frame-assembly',
  setup(b) {
    b.onLoad({ filter: /[\\/]ink[\\/]build[\\/]output\.js$/ }, ({ path }) => {
      const source = readFileSync(path, 'utf8');
      const cell = /row\.push\(\{\s*type: 'char',\s*value: ' ',\s*fullWidth: false,\s*styles: \[\],\s*\}\);/;
      const caches = 'caches = new OutputCaches();';
      const output = 'export default class Output';
      if (!cell.test(source) || !source.includes(caches) || !source.includes(output)) {
        throw new Error(`scripts/build.mjs: ${path} no longer has the shape the frame-assembly patch expects: update or drop the patch`);
      }
      const contents = source
        .replace(cell, 'row.push(BLANK_CELL);')
        .replace(caches, 'caches = sharedCaches();')
        .replace(
          output,
          [
            "const BLANK_CELL = { type: 'char', value: ' ', fullWidth: false, styles: [] };",
            'let SHARED_CACHES;',
            'function sharedCaches() {',
            '  if (!SHARED_CACHES || SHARED_CACHES.styledChars.size > 20000 || SHARED_CACHES.widths.size > 50000) SHARED_CACHES = new OutputCaches();',
            '  return SHARED_CACHES;',
            '}',
            output,
          ].join('\n'),
        );
      return { contents, loader: 'js' };
    });
  },
};

// `import text from 'file?raw'` is the file's text, as Vite reads it in the tests: the export
// command inlines asciinema-player's script and stylesheet into the pages it writes.
const rawText = {
  name: 'raw-text',
  setup(b) {
    b.onResolve({ filter: /\?raw$/ }, async ({ path, resolveDir, kind }) => {
      const found = await b.resolve(path.slice(0, -'?raw'.length), { resolveDir, kind });
      if (found.errors.length > 0) return { errors: found.errors };
      return { path: found.path, namespace: 'raw-text' };
    });
    b.onLoad({ filter: /.*/, namespace: 'raw-text' }, ({ path }) => ({ contents: readFileSync(path, 'utf8'), loader: 'text' }));
  },
};

/** What both bundles are built with. */
const common = {
  absWorkingDir: root,
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  jsx: 'automatic',
  define: { 'process.env.NODE_ENV': '"production"' },
  // string-width is the top cost of a frame: every import of it (Ink's too) gets the cached one.
  alias: { 'string-width': './src/vendor/string-width-cached.ts' },
  // Ink loads the React devtools only when DEV is set; it is not installed.
  external: ['react-devtools-core'],
  // Packages that use require() of Node built-ins need a real require in an ESM bundle.
  banner: { js: "import { createRequire as __bpCreateRequire } from 'node:module'; const require = __bpCreateRequire(import.meta.url);" },
  plugins: [inkFrameAssembly, rawText],
  logLevel: 'warning',
  legalComments: 'none',
  // Smaller code parses faster at start-up; names are kept so a bug's stack trace reads.
  minifyWhitespace: true,
  minifySyntax: true,
};

const full = await build({
  ...common,
  entryPoints: { bluepacket: 'src/cli/entry.ts' },
  splitting: true,
  outdir: next,
  chunkNames: 'chunks/[name]-[hash]',
  metafile: true,
});

// A headless `play` (bin/bluepacket picks it) runs from a bundle of its own, dist/play.cjs: one
// file of what it needs, where the full bundle's code splitting gives it some twenty modules to
// load and link, which cost a run that plays nothing a third of its time over bare Node. What it
// imports only now and then (the world's schema for a world that is not plainly valid, colour
// for a terminal) it imports from the full bundle's own chunks: those are pure (a parse result,
// a paint function), so a second copy of a module they share with play.cjs does no harm.
const chunkOf = new Map(Object.entries(full.metafile.outputs).flatMap(([out, o]) => (o.entryPoint ? [[o.entryPoint, join(root, out)]] : [])));
const lazyFromFull = {
  name: 'lazy-from-full-bundle',
  setup(b) {
    b.onResolve({ filter: /.*/ }, async ({ path, resolveDir, kind }) => {
      if (kind !== 'dynamic-import') return undefined;
      const found = await b.resolve(path, { resolveDir, kind: 'import-statement' });
      if (found.errors.length > 0) return { errors: found.errors };
      const chunk = chunkOf.get(relative(root, found.path));
      if (chunk === undefined) return { errors: [{ text: `scripts/build.mjs: play.cjs imports ${path} later, but the full bundle has no chunk of its own for it` }] };
      return { path: `./${relative(next, chunk)}`, external: true };
    });
  },
};
// It is CommonJS (dist/play.cjs, which bin/bluepacket requires): Node starts a CommonJS file
// sooner than a module, whose loader (resolving, linking, evaluating it as a job, and reading all
// of node:fs's and node:util's exports for their module facades) cost a headless run some ten to
// fifteen milliseconds before its first line. Its import()s of the full bundle's chunks stay
// dynamic imports; `import.meta.url` is the file's own URL; 'use strict' comes first, ahead of
// that definition, as the bundle's code was written for a module.
await build({
  ...common,
  entryPoints: { play: 'src/cli/play-entry.ts' },
  outdir: next,
  outExtension: { '.js': '.cjs' },
  format: 'cjs',
  define: { ...common.define, 'import.meta.url': '__bpImportMetaUrl' },
  banner: {
    js: "'use strict'; var __bpImportMetaUrl = require('node:url').pathToFileURL(__filename).href; var __bpImportChunk = typeof __bpImportFrom === 'function' ? __bpImportFrom : (s) => import(s);",
  },
  plugins: [...common.plugins, lazyFromFull],
});

// The bundled world, checked here once with the world's schema (the same code, bundled for the
// occasion): `play` reads the result (src/bundled-world.ts) instead of loading the schema library
// on every run, as long as data/world.json still reads the text it was made from. A world that
// does not pass gets no copy: `play` then checks it itself and says what is wrong.
const checker = await build({
  absWorkingDir: root,
  stdin: { contents: "export { parseWorld } from './src/domain/world';", resolveDir: root, loader: 'ts' },
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  write: false,
  logLevel: 'warning',
});
const { parseWorld } = await import(`data:text/javascript;base64,${Buffer.from(checker.outputFiles[0].text).toString('base64')}`);
const source = readFileSync(`${root}data/world.json`, 'utf8');
let checked = null;
try {
  checked = parseWorld(JSON.parse(source));
} catch {
  // not JSON: no copy
}
if (checked?.ok) writeFileSync(`${next}/world.json`, JSON.stringify({ source, world: checked.world }));

// The headless bundle, finished for bin/play-loader.js, which runs it from a vm.Script with V8's
// code cache of it:
// - its imports of the full bundle's chunks go through __bpImportChunk (the banner's): Node's
//   import() where Node runs the file itself, the loader's from the vm.Script, where Node 20 has
//   only an experimental import() (it warns on stderr, and fails with a code cache);
// - it ends with an id of its text, and the cache, made below by playing an empty scenario with
//   it in place (its data and the full bundle's chunks beside it), is named after that id: the
//   loader uses a cache only with the bundle it was made from.
const playFile = `${next}/play.cjs`;
const chunkImport = /\bimport\("\.\/chunks\//g;
const playText = readFileSync(playFile, 'utf8').replace(chunkImport, '__bpImportChunk("./chunks/');
if ((playText.match(/\bimport\(/g) ?? []).length !== 1) throw new Error('scripts/build.mjs: dist/play.cjs has an import() that does not go through __bpImportChunk');
writeFileSync(playFile, `${playText}\n// bluepacket build ${createHash('sha256').update(playText).digest('hex').slice(0, 16)}\n`);

rmSync(out, { recursive: true, force: true });
renameSync(next, out);

const emptyDir = mkdtempSync(join(tmpdir(), 'bp-build-'));
const empty = join(emptyDir, 'empty.json');
writeFileSync(empty, JSON.stringify({ name: 'code cache', seed: 'build', steps: [] }));
const loader = join(root, 'bin/play-loader.js');
const warm = spawnSync(process.execPath, ['-e', `require(${JSON.stringify(loader)}).writePlayCache(${JSON.stringify(`${out}/play.cjs`)})`, 'bluepacket', 'play', empty], {
  stdio: ['ignore', 'ignore', 'pipe'],
  encoding: 'utf8',
});
rmSync(emptyDir, { recursive: true, force: true });
// A bundle that cannot play an empty scenario is broken: the build says so and fails (the new
// dist/ is in place by then, without a cache, and runs as it would have without one).
if (warm.status !== 0) {
  process.stderr.write(`scripts/build.mjs: playing an empty scenario with dist/play.cjs failed (exit ${warm.status}):\n${warm.stderr}`);
  process.exit(1);
}
