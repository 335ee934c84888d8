// How bin/bluepacket runs the headless bundle (dist/play.cjs): compiled with V8's code cache of
// it, which the build makes (scripts/build.mjs) by playing an empty scenario and keeping what V8
// compiled on the way. Without a cache Node compiles the 126 KB bundle on every run, then each
// function again the first time it is called: some 9 ms of a run that plays nothing, a quarter of
// what bare Node takes to start (measured: an empty scenario 62.6 → 53.4 ms, bare Node 37.8 ms).
//
// V8 refuses a cache made by another V8, or under other flags, and the bundle is then compiled
// as usual; but of the source it checks only the length. So the build ends the bundle with an
// id of its text (`// bluepacket build <id>`) and names the cache after it: a cache is used only
// with the very bundle it was made from.
//
// The bundle runs as Node would run it as a CommonJS file: wrapped in a function of exports,
// require, module, __filename and __dirname. Its imports of the full bundle's chunks (colour, the
// world's schema) come here, as __bpImportFrom: a vm.Script has no import() of its own on Node 20
// (only an experimental one, which warns on stderr and fails with a code cache).
'use strict';
const { readFileSync, writeFileSync } = require('node:fs');
const { createRequire } = require('node:module');
const { dirname, join } = require('node:path');
const { pathToFileURL } = require('node:url');
const vm = require('node:vm');

const WRAP_HEAD = '(function (exports, require, module, __filename, __dirname, __bpImportFrom) { ';
const WRAP_TAIL = '\n})';

/** The build's id at the end of a bundle's text, or null. */
function buildId(source) {
  const m = /\n\/\/ bluepacket build ([0-9a-f]{16})\n$/.exec(source.slice(-64));
  return m === null ? null : m[1];
}

/** Where the code cache of a bundle of this build is. */
const cachePath = (bundle, id) => join(dirname(bundle), `play-${id}.cache`);

/** The bundle compiled, with its build's code cache when there is one; `cached` says whether one
 * was given (V8 then says in script.cachedDataRejected whether it took it). */
function compiledPlay(bundle) {
  const source = readFileSync(bundle, 'utf8');
  const id = buildId(source);
  let cachedData;
  if (id !== null) {
    try {
      cachedData = readFileSync(cachePath(bundle, id));
    } catch {
      // No cache of this build: compiled as usual.
    }
  }
  const script = new vm.Script(WRAP_HEAD + source + WRAP_TAIL, { filename: bundle, cachedData });
  return { script, id, cached: cachedData !== undefined };
}

function run(script, bundle) {
  const module = { exports: {} };
  const base = pathToFileURL(bundle);
  const importChunk = (specifier) => import(new URL(specifier, base).href);
  script.runInThisContext().call(module.exports, module.exports, createRequire(bundle), module, bundle, dirname(bundle), importChunk);
}

/** Runs the headless bundle on process.argv, as bin/bluepacket was asked. */
function runPlay(bundle) {
  run(compiledPlay(bundle).script, bundle);
}

/**
 * The build's step: runs the bundle on process.argv (an empty scenario) and, as the process ends
 * well, writes the code cache of all V8 compiled meanwhile.
 */
function writePlayCache(bundle) {
  const { script, id } = compiledPlay(bundle);
  if (id === null) throw new Error(`${bundle} does not end with its build id`);
  process.on('exit', (code) => {
    if (code === 0) writeFileSync(cachePath(bundle, id), script.createCachedData());
  });
  run(script, bundle);
}

module.exports = { buildId, compiledPlay, runPlay, writePlayCache };
