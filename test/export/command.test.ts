// `bluepacket export FILE.cast --html OUT.html`: what it writes, and how it refuses (exit 2, one
// line naming the file, nothing raw). main() runs in this process; one case runs the bundle.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main';
import { PAGE_GENERATOR } from '../../src/export/page';
import { HOSTILE, rawUnsafe } from '../support/hostile';

const BIN = join(__dirname, '../../bin/bluepacket');
const CAST = ['{"version":2,"width":80,"height":24,"title":"演示"}', '[0.5, "o", "\\u001b[1m你好\\u001b[0m\\r\\n"]', '[1, "m", "开始"]', '[2.5, "o", "再见"]', ''].join('\n');

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'bp-export-cmd-'));
});
afterEach(() => vi.restoreAllMocks());

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => (out.push(String(chunk)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => (err.push(String(chunk)), true));
  try {
    const code = await main(['export', ...argv]);
    return { code, stdout: out.join(''), stderr: err.join('') };
  } finally {
    vi.restoreAllMocks();
  }
}

/** Exit 2, nothing on stdout, one line on stderr with nothing raw in it; the line. */
async function refused(...argv: string[]): Promise<string> {
  const r = await run(...argv);
  expect(r.code, r.stderr).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr).toMatch(/^bluepacket: [^\n]*\n$/);
  expect(rawUnsafe(r.stderr)).toBeNull();
  return r.stderr.slice('bluepacket: '.length, -1);
}

const file = (name: string, content: string) => {
  const f = join(dir, name);
  writeFileSync(f, content);
  return f;
};

describe('bluepacket export', () => {
  it('writes the page and says what it holds', async () => {
    const cast = file('demo.cast', CAST);
    const out = join(dir, 'demo.html');
    const r = await run(cast, '--html', out);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toMatch(new RegExp(`^已写出 ${out.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}（\\d+ KB）：80×24，时长 0:02，1 个章节\n$`));
    const html = readFileSync(out, 'utf8');
    expect(html).toContain(PAGE_GENERATOR);
    expect(html).toContain('<title>演示</title>');
    expect((await run(cast, '--html', out, '--lang', 'en')).stdout).toMatch(/^wrote .*demo\.html \(\d+ KB\): 80×24, 0:02 long, chapters: 1\n$/);
    // Nothing else is left in the folder: the page was written beside and renamed.
    expect(readdirSync(dir).sort()).toEqual(['demo.cast', 'demo.html']);
  });

  it('refuses a call without a recording or a page, or with a bad option', async () => {
    expect(await refused()).toBe('export: give exactly one recording FILE.cast (bluepacket export FILE.cast --html OUT.html)');
    expect(await refused('a.cast', 'b.cast', '--html', 'x.html')).toMatch(/^export: give exactly one recording/);
    expect(await refused('a.cast')).toBe('export: --html OUT.html is required (the page to write)');
    expect(await refused('a.cast', '--html', 'x.html', '--lang', 'fr')).toBe('export: --lang is zh or en');
    expect(await refused('a.cast', '--html', 'x.html', '--speed', '2')).toMatch(/Unknown option '--speed'/);
  });

  it('refuses a file that is not an asciicast v2 recording, naming the file and the line', async () => {
    const scenario = join(__dirname, '../../data/scenarios/work-grab-race.json');
    const out = join(dir, 'x.html');
    expect(await refused(scenario, '--html', out)).toBe(`${scenario}: line 1: not JSON (an asciicast v2 recording starts with a JSON header)`);
    expect(await refused(file('v1.cast', '{"version":1,"width":80,"height":24,"stdout":[]}'), '--html', out)).toMatch(/v1\.cast: line 1: the header says version 1: only asciicast v2/);
    expect(await refused(file('bad.cast', CAST.replace('"m"', '"z"')), '--html', out)).toMatch(/bad\.cast: line 3: event code "z" is not one of/);
    expect(await refused(join(dir, 'missing.cast'), '--html', out)).toMatch(/missing\.cast: cannot be read \(ENOENT\)$/);
    expect(await refused(dir, '--html', out)).toMatch(/: is a directory, not a file: only a regular file is read$/);
    if (existsSync('/dev/zero')) expect(await refused('/dev/zero', '--html', out)).toBe('/dev/zero: is a device, not a file: only a regular file is read');
    expect(existsSync(out)).toBe(false);
  });

  it('writes only a .html page in an existing folder, and replaces only a page it wrote', async () => {
    const cast = file('demo.cast', CAST);
    expect(await refused(cast, '--html', join(dir, 'demo.htm.txt'))).toMatch(/: the file name must end in \.html$/);
    expect(await refused(cast, '--html', join(dir, 'no', 'demo.html'))).toMatch(/: the folder .*no does not exist$/);
    mkdirSync(join(dir, 'folder.html'));
    expect(await refused(cast, '--html', join(dir, 'folder.html'))).toMatch(/: it exists and is not a file$/);
    const other = file('notes.html', '<!DOCTYPE html><p>my notes</p>');
    expect(await refused(cast, '--html', other)).toMatch(/notes\.html: it exists and is not a page bluepacket export wrote; not replacing it$/);
    expect(readFileSync(other, 'utf8')).toBe('<!DOCTYPE html><p>my notes</p>');
    const page = join(dir, 'page.html');
    expect((await run(cast, '--html', page)).code).toBe(0);
    writeFileSync(cast, CAST.replace('演示', '再来一次'));
    expect((await run(cast, '--html', page)).code).toBe(0);
    expect(readFileSync(page, 'utf8')).toContain('<title>再来一次</title>');
  });

  it('shows hostile file names and values escaped, never raw', async () => {
    for (const h of HOSTILE) {
      await refused(join(dir, `${h}.cast`), '--html', join(dir, 'x.html'));
      await refused(file('ok.cast', CAST), '--html', join(dir, `${h}.txt`));
    }
    const r = await run(file(`名字.cast`, CAST), '--html', join(dir, '\u202eevil.html'));
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('\\u202eevil.html');
    expect(rawUnsafe(r.stdout)).toBeNull();
  });

  it('runs from the bundle, which finds the installed player', () => {
    const out = join(dir, 'bundle.html');
    const r = spawnSync(process.execPath, [BIN, 'export', file('demo.cast', CAST), '--html', out], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('AsciinemaPlayer');
  });
});
