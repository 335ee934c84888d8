// The lookbook: every named state, rendered through the real app, matches its golden file in
// lookbook/ (what `bin/bluepacket lookbook --check` does, here in-process so `npm test` runs it);
// and the comparison does fail when a screen changes, a golden file is missing or one is stray.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main';
import { checkLookbook, diffLines, formatDiff, goldenDir, normalise, STATES, strayGoldens } from '../../src/lookbook';

const tmp = mkdtempSync(join(tmpdir(), 'bp-lookbook-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('lookbook --check', () => {
  it('every state renders as its golden file says (after an intended change: bin/bluepacket lookbook --update)', { timeout: 90_000 }, async () => {
    const r = await checkLookbook();
    // The report is the diff: on failure, it says which screen changed and how.
    expect(r.problems, r.report).toEqual([]);
    expect(r.ok).toBe(true);
  });

  it('has unique names, one-line descriptions and a size for every state', () => {
    expect(new Set(STATES.map((s) => s.name)).size).toBe(STATES.length);
    for (const s of STATES) {
      expect(s.name).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(s.description).not.toMatch(/\n/);
      expect(s.cols).toBeGreaterThan(0);
      expect(s.rows).toBeGreaterThan(0);
    }
  });
});

describe('the comparison', () => {
  const golden = 'header\n╭──╮\n│ab│\n│cd│\n╰──╯\n';

  it('finds nothing when the texts are the same', () => {
    expect(diffLines(golden, golden)).toEqual([]);
    expect(formatDiff('lookbook/x.txt', 'x', golden, golden)).toBe('');
  });

  it('shows a changed line as - golden / + rendered, with a line of context', () => {
    const now = golden.replace('│cd│', '│cX│');
    expect(diffLines(golden, now)).toEqual([{ from: 3, count: 3, toFrom: 3, toCount: 3, lines: ['  │ab│', '- │cd│', '+ │cX│', '  ╰──╯'] }]);
    expect(formatDiff('lookbook/x.txt', 'x', golden, now)).toBe(
      ['--- lookbook/x.txt (golden)', '+++ x (rendered now)', '@@ -3,3 +3,3 @@', '  │ab│', '- │cd│', '+ │cX│', '  ╰──╯', ''].join('\n'),
    );
  });

  it('shows an inserted line as one + line, not as every line below it moved', () => {
    const now = golden.replace('│ab│\n', '│ab│\n│new│\n');
    expect(diffLines(golden, now)).toEqual([{ from: 3, count: 2, toFrom: 3, toCount: 3, lines: ['  │ab│', '+ │new│', '  │cd│'] }]);
  });

  it('shows lines added or removed at the end (a frame that grew or shrank)', () => {
    const longer = golden + 'extra\n';
    expect(diffLines(golden, longer).flatMap((h) => h.lines)).toContain('+ extra');
    expect(diffLines(longer, golden).flatMap((h) => h.lines)).toContain('- extra');
  });

  it('keeps far-apart changes in separate hunks', () => {
    const a = Array.from({ length: 20 }, (_, i) => `line ${i}`).join('\n');
    const b = a.replace('line 2', 'LINE 2').replace('line 15', 'LINE 15');
    expect(diffLines(a, b).map((h) => [h.from, h.lines.length])).toEqual([
      [2, 4],
      [15, 4],
    ]);
  });

  it('normalises a frame: no trailing spaces, no trailing blank lines, one final newline', () => {
    expect(normalise('a  \r\nb \n\n\n')).toBe('a\nb\n');
  });

  it('lists golden files that no state has', () => {
    const dir = join(tmp, 'stray');
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'help.txt'), '');
    writeFileSync(join(dir, 'gone-state.txt'), '');
    writeFileSync(join(dir, 'notes.md'), '');
    expect(strayGoldens(dir)).toEqual([join(dir, 'gone-state.txt')]);
  });

  it('fails the check when a screen changed or a golden file is missing', async () => {
    const dir = join(tmp, 'goldens');
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const name = 'narrow-terminal';
    const real = readFileSync(join(goldenDir(), `${name}.txt`), 'utf8');
    writeFileSync(join(dir, `${name}.txt`), real.replace('\n50×15 → 30×20', '\n51×15 → 30×20'));
    const r = await checkLookbook({ dir, names: [name, 'help'] });
    expect(r.ok).toBe(false);
    expect(r.report).toContain(`✗ ${name}: the screen changed`);
    expect(r.report).toContain('- 51×15 → 30×20');
    expect(r.report).toContain('+ 50×15 → 30×20');
    expect(r.report).toContain('✗ help: no golden file');
  });
});

describe('bin/bluepacket lookbook (the command, in-process)', () => {
  const run = async (...argv: string[]) => {
    let out = '';
    let err = '';
    const o = vi.spyOn(process.stdout, 'write').mockImplementation((s) => ((out += String(s)), true));
    const e = vi.spyOn(process.stderr, 'write').mockImplementation((s) => ((err += String(s)), true));
    try {
      return { code: await main(argv), out, err };
    } finally {
      o.mockRestore();
      e.mockRestore();
    }
  };

  it('--list names every state with its size', async () => {
    const r = await run('lookbook', '--list');
    expect(r.code).toBe(0);
    for (const s of STATES) expect(r.out).toContain(s.name);
  });

  it('prints a state under its header line, and --check exits 0 on a match and 1 on a difference', async () => {
    const shown = await run('lookbook', 'narrow-terminal');
    expect(shown.code).toBe(0);
    expect(shown.out).toMatch(/^── narrow-terminal: .* \(50×15\) ──\n/);
    expect((await run('lookbook', 'narrow-terminal', '--check')).code).toBe(0);
    const dir = join(tmp, 'cli');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'narrow-terminal.txt'), shown.out.replace('Ctrl-C', 'Ctrl-D'));
    const failed = await run('lookbook', 'narrow-terminal', '--check', '--dir', dir);
    expect(failed.code).toBe(1);
    expect(failed.out).toContain('+ Ctrl-C 退出');
  });

  it('refuses an unknown state name or two modes at once (exit 2)', async () => {
    expect((await run('lookbook', 'no-such-state')).code).toBe(2);
    expect((await run('lookbook', '--check', '--update')).code).toBe(2);
  });
});

describe('the bundle draws the same screens', () => {
  // bin/bluepacket runs the production bundle, whose Ink frame assembly is patched at build time
  // (scripts/build.mjs: shared blank cells, caches kept across frames). The goldens come from
  // unpatched Ink in-process: the bundled check must match them byte for byte. (`npm test`
  // builds the bundle before the tests run.)
  it('bin/bluepacket lookbook --check passes on the golden files', { timeout: 90_000 }, async () => {
    const { spawnSync } = await import('node:child_process');
    const { join } = await import('node:path');
    const root = join(__dirname, '../..');
    const r = spawnSync(process.execPath, [join(root, 'bin/bluepacket'), 'lookbook', '--check'], { cwd: root, encoding: 'utf8' });
    expect(r.stdout + r.stderr).toMatch(/all \d+ states match/);
    expect(r.status).toBe(0);
  });
});
