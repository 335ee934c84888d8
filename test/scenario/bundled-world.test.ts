// `play` reads the bundled world as the build checked it (dist/world.json), without loading the
// schema library, as long as data/world.json is the file it was made from. An edited world is
// read and checked again, a broken one refused as before.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseWorld } from '../../src/domain/world';
import type { CheckedWorld } from '../../src/bundled-world';

const ROOT = join(__dirname, '../..');

/** A copy of the package (the bundle, its data) that a test may edit. */
function packageCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'bp-world-'));
  for (const part of ['package.json', 'bin', 'dist', 'data']) cpSync(join(ROOT, part), join(dir, part), { recursive: true });
  return dir;
}

const play = (dir: string, scenario: unknown) => {
  const file = join(dir, 'scenario.json');
  writeFileSync(file, JSON.stringify(scenario));
  return spawnSync(process.execPath, [join(dir, 'bin/bluepacket'), 'play', file, '--json'], { encoding: 'utf8' });
};

const send = { seed: 's', steps: [{ as: 'mom', send: { mode: 'grab', group: 'family', sku: 'ecard', spec: 'fu', count: 1 } }] };

describe('the bundled world as the build checked it', () => {
  it('is the world the schema makes of data/world.json, exactly', () => {
    const checked = JSON.parse(readFileSync(join(ROOT, 'dist/world.json'), 'utf8')) as CheckedWorld;
    const source = readFileSync(join(ROOT, 'data/world.json'), 'utf8');
    expect(checked.source).toBe(source);
    const r = parseWorld(JSON.parse(source));
    expect(r.ok).toBe(true);
    if (r.ok) expect(checked.world).toStrictEqual(r.world);
  });

  it('is not used once data/world.json is edited: the edit shows, and a broken file is refused', () => {
    const dir = packageCopy();
    const before = play(dir, send);
    expect(before.status).toBe(0);
    const world = JSON.parse(readFileSync(join(dir, 'data/world.json'), 'utf8'));
    world.users.find((u: { id: string }) => u.id === 'mom').wallet = 123_456;
    writeFileSync(join(dir, 'data/world.json'), JSON.stringify(world));
    const after = play(dir, send);
    expect(after.status).toBe(0);
    expect(JSON.parse(after.stdout).wallets.mom).toBe(123_456 - 100);
    expect(JSON.parse(before.stdout).wallets.mom).not.toBe(123_456 - 100);
    world.users[0].wallet = -1;
    writeFileSync(join(dir, 'data/world.json'), JSON.stringify(world));
    const broken = play(dir, send);
    expect(broken.status).toBe(2);
    expect(broken.stderr).toContain('world.json: field "users[0].wallet"');
  });

  it('is not needed: without it the world is read and checked, with the same result', () => {
    const dir = packageCopy();
    const withCopy = play(dir, send);
    writeFileSync(join(dir, 'dist/world.json'), '{}');
    const without = play(dir, send);
    expect(without.status).toBe(0);
    expect(without.stdout).toBe(withCopy.stdout);
  });
});
