// A headless play runs dist/play.cjs with V8's code cache of it (bin/play-loader.js), made by the
// build. V8 checks only a cached source's length, so a cache is named after its bundle's build id
// and used with no other bundle; a cache V8 refuses (another V8, other flags, damaged) leaves the
// bundle compiled as usual.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '../..');
const LOADER = join(ROOT, 'bin/play-loader.js');
const BUNDLE = join(ROOT, 'dist/play.cjs');
const loader = createRequire(__filename)(LOADER) as {
  buildId(source: string): string | null;
  compiledPlay(bundle: string): { script: { cachedDataRejected?: boolean; runInThisContext(): unknown }; id: string | null; cached: boolean };
  runPlay(bundle: string): void;
};

/** A bundle of a few lines with this build id, and a cache file beside it. */
function fakeBundle(id: string, cacheId: string, cache: Buffer | string) {
  const dir = mkdtempSync(join(tmpdir(), 'bp-cache-'));
  const bundle = join(dir, 'play.cjs');
  writeFileSync(bundle, `globalThis.__bpRan = (globalThis.__bpRan ?? 0) + 1;\n// bluepacket build ${id}\n`);
  writeFileSync(join(dir, `play-${cacheId}.cache`), cache);
  return bundle;
}

describe('the headless bundle and its code cache', () => {
  it('the build ends the bundle with its id and leaves the cache of that id beside it, which V8 takes', () => {
    const id = loader.buildId(readFileSync(BUNDLE, 'utf8'));
    expect(id).toMatch(/^[0-9a-f]{16}$/);
    expect(readdirSync(join(ROOT, 'dist')).filter((f) => f.endsWith('.cache'))).toEqual([`play-${id}.cache`]);
    // Asked in a fresh Node with no flags, as bin/bluepacket runs: V8 refuses a cache made under other flags.
    const probe = `const p = require(${JSON.stringify(LOADER)}).compiledPlay(${JSON.stringify(BUNDLE)}); process.stdout.write(JSON.stringify([p.cached, p.script.cachedDataRejected]))`;
    const r = spawnSync(process.execPath, ['-e', probe], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toEqual([true, false]);
  });

  it('uses no cache named for another build, and runs the bundle all the same', () => {
    const bundle = fakeBundle('0123456789abcdef', 'fedcba9876543210', readFileSync(join(ROOT, 'dist', readdirSync(join(ROOT, 'dist')).find((f) => f.endsWith('.cache'))!)));
    const p = loader.compiledPlay(bundle);
    expect(p.id).toBe('0123456789abcdef');
    expect(p.cached).toBe(false);
    const before = (globalThis as { __bpRan?: number }).__bpRan ?? 0;
    loader.runPlay(bundle);
    expect((globalThis as { __bpRan?: number }).__bpRan).toBe(before + 1);
  });

  it('runs the bundle compiled as usual when V8 refuses its cache', () => {
    const bundle = fakeBundle('00000000000000aa', '00000000000000aa', 'not a code cache');
    const p = loader.compiledPlay(bundle);
    expect(p.cached).toBe(true);
    expect(p.script.cachedDataRejected).toBe(true);
    const before = (globalThis as { __bpRan?: number }).__bpRan ?? 0;
    loader.runPlay(bundle);
    expect((globalThis as { __bpRan?: number }).__bpRan).toBe(before + 1);
  });

  it('imports the full bundle\'s chunks from the cached bundle: colour, and the world\'s schema', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'bp-cache-')), 'small-world.json');
    writeFileSync(file, JSON.stringify({ seed: 's', world: { users: [] }, steps: [] }));
    const env = { PATH: process.env.PATH ?? '' };
    const schema = spawnSync(process.execPath, [join(ROOT, 'bin/bluepacket'), 'play', file], { encoding: 'utf8', env });
    expect(schema.stderr).toBe(`bluepacket: ${file}: field "world.users": Too small: expected array to have >=1 items\n`);
    expect(schema.status).toBe(2);
    const library = join(ROOT, 'data/scenarios', readdirSync(join(ROOT, 'data/scenarios')).find((f) => f.endsWith('.json'))!);
    const colour = spawnSync(process.execPath, [join(ROOT, 'bin/bluepacket'), 'play', library], { encoding: 'utf8', env: { ...env, FORCE_COLOR: '1' } });
    expect(colour.stderr).toBe('');
    expect(colour.status).toBe(0);
    expect(colour.stdout).toContain('\u001b[');
  });

  it('reads no build id from a bundle that does not end with one', () => {
    expect(loader.buildId('x;\n')).toBeNull();
    expect(loader.buildId('x;\n// bluepacket build 0123456789abcdef\nmore;\n')).toBeNull();
    expect(loader.buildId('x;\n// bluepacket build 0123456789ABCDEF\n')).toBeNull();
  });
});
