// Every byte bin/bluepacket prints goes through one sanitizer: each hostile string of the corpus
// is put in every field that reaches an output (names, labels, `as`, marks, notes, inline-world
// titles and names, chat lines, the file's own bytes, arguments) and no raw control, bidi or
// invisible character may come out, on stdout or stderr, whatever the exit code. The matrix
// runs main() in this process (the same code the bundle runs, hundreds of times in seconds);
// the cases after it run bin/bluepacket itself and read the bytes it writes.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main';
import { HOSTILE, rawUnsafe } from '../support/hostile';

const BIN = join(__dirname, '../../bin/bluepacket');
let dir: string;
let files = 0;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'bp-hostile-'));
});
afterEach(() => vi.restoreAllMocks());

const write = (content: unknown) => {
  const f = join(dir, `s${files++}.json`);
  writeFileSync(f, typeof content === 'string' ? content : JSON.stringify(content));
  return f;
};

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** main(argv) in this process, with what it writes to stdout and stderr. */
async function capture(argv: string[]): Promise<Run> {
  const out: string[] = [];
  const err: string[] = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => (out.push(String(chunk)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => (err.push(String(chunk)), true));
  try {
    const code = await main(argv);
    return { code, stdout: out.join(''), stderr: err.join('') };
  } finally {
    vi.restoreAllMocks();
  }
}

function expectClean(r: Run, what: string) {
  expect(rawUnsafe(r.stdout), `${what}: stdout`).toBeNull();
  expect(rawUnsafe(r.stderr), `${what}: stderr`).toBeNull();
}

/** An exit-2 run: nothing on stdout, one line on stderr, nothing raw. */
function expectOneLineError(r: Run, what: string, bounded = true) {
  expect(r.code, `${what}: ${r.stderr}`).toBe(2);
  expect(r.stdout, what).toBe('');
  expect(r.stderr, what).toMatch(/^bluepacket: [^\n]*\n$/);
  if (bounded) expect(r.stderr.length, `${what}: a user's value is not echoed whole`).toBeLessThan(1000);
  expectClean(r, what);
}

const cut = (s: string, n: number) => s.slice(0, n);

/** An inline world whose every name and title is the hostile string (cut to the world's limits). */
const worldOf = (s: string) => ({
  users: [
    { id: 'mom', name: cut(s, 40), wallet: 100000, friends: ['dad'] },
    { id: 'dad', name: 'dad', wallet: 100000 },
  ],
  groups: [{ id: 'fam', name: cut(s, 60), members: ['mom', 'dad'] }],
  catalog: [{ id: 'gift', title: cut(s, 80), category: 'cards', delivery: 'virtual', specs: [{ id: 'one', label: cut(s, 40), price: 100 }, { id: 'two', label: 'two', price: 100 }] }],
});

/** A scenario that puts the string everywhere a played file can. */
const scenarioOf = (s: string) => ({
  name: s,
  seed: s,
  world: worldOf(s),
  steps: [
    { as: 'mom', send: { mode: 'grab', group: 'fam', sku: 'gift', spec: 'one', count: 1 }, label: s, note: s, mark: s },
    { as: 'dad', claim: s, note: s },
    { as: s, open: s, mark: s },
    { as: 'mom', say: s, chat: 'group:fam' },
    { as: 'mom', send: { mode: 'direct', to: 'dad', sku: 'gift', spec: 'two' } },
    { as: 'dad', spec: 'p0002', to: 'one' },
    { advance: '1h', note: s },
  ],
});

const CASES = HOSTILE.map((s, i) => [`#${i} ${JSON.stringify(s).slice(0, 30)}`, s] as const);

describe.each(CASES)('hostile string %s', (_, s) => {
  it('the account, in both languages, and the --json document', async () => {
    const f = write(scenarioOf(s));
    const plain = write(scenarioOf('plain'));
    for (const lang of ['zh', 'en']) {
      const r = await capture(['play', f, '--lang', lang]);
      expect(r.code, r.stderr).toBe(0);
      expectClean(r, `play --lang ${lang}`);
      // Each line of the account is the printer's: a newline in a name or a note is shown, not
      // obeyed, so the account has as many lines as with a plain string in the same places.
      const lines = (await capture(['play', plain, '--lang', lang])).stdout.split('\n').length;
      expect(r.stdout.split('\n').length).toBe(lines);
    }
    const r = await capture(['play', f, '--json']);
    expect(r.code, r.stderr).toBe(0);
    expectClean(r, 'play --json');
    const doc = JSON.parse(r.stdout);
    // Exact: the escapes read back as the very strings.
    expect(doc.name).toBe(s);
    expect(doc.seed).toBe(s);
    expect(Object.keys(doc.packets)).toEqual([s, 'p0002']);
    expect(doc.packets[s].units[0].holder).toBe('dad');
  });

  it('the insights, as text in both languages and as --json', async () => {
    const f = write(scenarioOf(s));
    for (const argv of [['insights', f], ['insights', f, '--lang', 'en'], ['insights', f, '--json']]) {
      const r = await capture(argv);
      expect(r.code, r.stderr).toBe(0);
      expectClean(r, argv.join(' '));
    }
    const doc = JSON.parse((await capture(['insights', f, '--json'])).stdout);
    expect(doc.name).toBe(s);
    expect(doc.relations).toEqual([{ a: 'dad', b: 'mom', ab: 0, ba: 1, tier: 'weak' }]);
  });

  it('every exit-2 message about a step or a field', async () => {
    const world = worldOf('name');
    const send = { as: 'mom', send: { mode: 'grab', group: 'fam', sku: 'gift', spec: 'one', count: 1 } };
    const invalid: Array<[string, unknown]> = [
      ['a label used twice', { seed: 's', world, steps: [{ ...send, label: s }, { ...send, label: s }] }],
      ['a bad duration', { seed: 's', world, steps: [{ advance: '1h' }, { advance: s }] }],
      ['a bad hold', { seed: 's', world, steps: [{ policy: 'reserve-on-open', hold: s }] }],
      ['a bad draw time', { seed: 's', world, steps: [{ as: 'mom', send: { mode: 'lottery', group: 'fam', sku: 'gift', count: 1, drawAt: s } }] }],
      ['an unknown field name', { seed: 's', world, steps: [{ advance: '1h', [s]: 1 }] }],
      ['an unknown verb', { seed: 's', world, steps: [{ advance: '1h' }, { as: 'mom', [s]: 'G' }] }],
      ['several unknown fields', { seed: 's', world, steps: [{ as: 'mom', [s]: 1, [`${s}2`]: 2 }] }],
      ['a bad start', { seed: 's', start: s, steps: [] }],
      ['a world problem', { seed: 's', world: { ...world, users: [{ id: 'mom', name: `${s}${'x'.repeat(40)}`, wallet: 1 }] }, steps: [] }],
      ['the JSON parse error snippet', `${s} {"seed":`],
      ['the JSON parse error snippet, later in the file', `{"seed": "s", ${s}}`],
    ];
    for (const [what, content] of invalid) expectOneLineError(await capture(['play', write(content)]), what);
    // The file's name is the user's own argument: echoed whole, but never raw.
    expectOneLineError(await capture(['play', join(dir, s)]), 'a file that cannot be read', false);
  });

  it('usage errors, the draw, the lookbook', async () => {
    const f = write({ seed: 's', steps: [] });
    expectOneLineError(await capture([s]), 'an unknown command', false);
    expectOneLineError(await capture(['play', f, `--${s}`]), 'an unknown option', false);
    expectOneLineError(await capture(['play', f, '--lang', s]), 'a bad --lang');
    expectOneLineError(await capture(['draw', '--seed', 'x', '--count', s, 'a']), 'a bad --count');
    expectOneLineError(await capture(['draw', '--seed', s, '--count', '1', s, s]), 'an entrant twice');
    const draw = await capture(['draw', '--seed', s, '--count', '1', s]);
    expect(draw.code).toBe(0);
    expectClean(draw, 'draw');
    expectOneLineError(await capture(['lookbook', s]), 'an unknown lookbook state', false);
  });
});

describe('help and the lookbook', () => {
  it('--help and lookbook --list print nothing raw', async () => {
    for (const argv of [['--help'], ['--help', '--lang', 'en'], ['lookbook', '--list']]) {
      const r = await capture(argv);
      expect(r.code).toBe(0);
      expectClean(r, argv.join(' '));
    }
  });

  it("the diff report shows a tampered golden file's escapes, never obeys them", async () => {
    const golden = mkdtempSync(join(tmpdir(), 'bp-golden-'));
    writeFileSync(join(golden, 'chat-empty.txt'), HOSTILE.join('\n') + '\n');
    const r = await capture(['lookbook', 'chat-empty', '--check', '--dir', golden]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('the screen changed');
    expect(r.stdout).toContain('- \\u001b]0;pwned\\u0007');
    expectClean(r, 'lookbook --check');
  });
});

// ---- as a process: the bytes bin/bluepacket writes ------------------------------------------

const bin = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'buffer' });

/** Decoded output; a lone surrogate that slipped through would come out as U+FFFD. */
function clean(bytes: Buffer, what: string): string {
  const text = bytes.toString('utf8');
  expect(rawUnsafe(text), what).toBeNull();
  expect(text, `${what}: a lone surrogate was written`).not.toContain('\ufffd');
  return text;
}

describe('bin/bluepacket, as a process', () => {
  it('the issue\'s repro: an OSC title and a clear-screen in a note come out visible', () => {
    const f = write('{"seed":"s","steps":[{"advance":"1h","note":"\\u001b]0;pwned\\u0007\\u001b[2JX"}]}');
    const r = bin('play', f);
    expect(r.status).toBe(0);
    expect(clean(r.stdout, 'stdout')).toContain('💬 \\u001b]0;pwned\\u0007\\u001b[2JX');
  });

  it('a file holding the whole corpus, as the account and as --json', () => {
    const steps = HOSTILE.flatMap((s) => [
      { as: 'mom', send: { mode: 'grab', group: 'fam', sku: 'gift', spec: 'one', count: 1 }, label: s, note: s, mark: s },
      { as: s, claim: s },
      { as: 'mom', say: s, chat: 'group:fam' },
    ]);
    const f = write({ name: HOSTILE.join(''), seed: 's', world: worldOf(HOSTILE.join('')), steps });
    for (const lang of ['zh', 'en']) {
      const r = bin('play', f, '--lang', lang);
      expect(r.status, r.stderr.toString()).toBe(0);
      clean(r.stdout, `play --lang ${lang}`);
      expect(r.stderr.length).toBe(0);
    }
    const j = bin('play', f, '--json');
    expect(j.status).toBe(0);
    const doc = JSON.parse(clean(j.stdout, 'play --json'));
    expect(Object.keys(doc.packets)).toEqual([...HOSTILE]);
  });

  it('exit-2 messages: a duplicated label, a bad duration, an unknown field, the parse-error snippet, a world problem', () => {
    for (const s of [HOSTILE.find((x) => x.startsWith('妈妈'))!, '\u009b2J\u202e\u2066\ud800']) {
      const invalid = [
        { seed: 's', steps: [{ advance: '1h', label: s }] },
        { seed: 's', steps: [{ as: 'mom', send: { mode: 'grab', group: 'family', sku: 'luckin', count: 1 }, label: s }, { as: 'mom', send: { mode: 'grab', group: 'family', sku: 'luckin', count: 1 }, label: s }] },
        { seed: 's', steps: [{ advance: s }] },
        { seed: 's', steps: [{ advance: '1h', [s]: 1 }] },
        { seed: 's', steps: [{ advance: '1h' }, { as: 's', [s]: 'G' }] },
        `{"seed":"s",${s}`,
        { seed: 's', world: { ...worldOf(s), groups: [{ id: 'fam', name: s.repeat(60), members: ['mom'] }] }, steps: [] },
      ];
      for (const content of invalid) {
        const r = bin('play', write(content));
        expect(r.status).toBe(2);
        expect(r.stdout.length).toBe(0);
        expect(clean(r.stderr, 'stderr')).toMatch(/^bluepacket: [^\n]*\n$/);
      }
      // An argument cannot carry a lone surrogate: the process would receive U+FFFD itself.
      const u = bin(s.replace(/\p{Cs}/gu, ''));
      expect(u.status).toBe(2);
      clean(u.stderr, 'usage');
    }
  });
});
