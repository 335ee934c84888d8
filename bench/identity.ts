// The byte-identity check for work on the engine's speed: `play` must print the same bytes
// (stdout, stderr, exit code) before and after. Record the outputs of a corpus with one build,
// check them with another:
//   node --import tsx bench/identity.ts record DIR [--bin path/to/bin/bluepacket] [--random N] [--no-big]
//   node --import tsx bench/identity.ts check DIR [--bin ...]
// The corpus: every file of data/scenarios, the benchmark's 10,000-step scenario and a
// 100,000-step one, N random scenarios (bench/corpus.ts) and a few malformed files; each played
// as text and --json, in Chinese and English, and all but the two long ones through `insights`
// (text and --json). DIR keeps the files and a manifest of hashes.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { MALFORMED, randomScenario } from './corpus';
import { bigScenario } from './generate';

const ROOT = join(import.meta.dirname, '..');
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { bin: { type: 'string' }, random: { type: 'string' }, 'no-big': { type: 'boolean' } },
});
const [mode, dir] = positionals;
if ((mode !== 'record' && mode !== 'check') || !dir) {
  console.error('usage: identity.ts record|check DIR [--bin BIN] [--random N] [--no-big]');
  process.exit(2);
}
const bin = values.bin ?? join(ROOT, 'bin/bluepacket');
const files = join(dir, 'files');

interface Entry {
  file: string;
  args: string[];
  status: number | null;
  stdout: string;
  bytes: number;
  stderr: string;
}

const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const VARIANTS = [['play'], ['play', '--json'], ['play', '--lang', 'en'], ['play', '--json', '--lang', 'en']];
const INSIGHTS = [['insights'], ['insights', '--json']];

/** `args`: the command, then its options (the file goes between them). */
function run(file: string, args: string[]): Entry {
  const [command, ...options] = args;
  const r = spawnSync(process.execPath, [bin, command!, join(files, file), ...options], { maxBuffer: 1 << 30 });
  return { file, args, status: r.status, stdout: sha(r.stdout), bytes: r.stdout.length, stderr: sha(r.stderr) };
}

function writeCorpus(): void {
  mkdirSync(files, { recursive: true });
  for (const f of readdirSync(join(ROOT, 'data/scenarios'))) writeFileSync(join(files, f), readFileSync(join(ROOT, 'data/scenarios', f)));
  const n = Number(values.random ?? 60);
  for (let i = 0; i < n; i++) writeFileSync(join(files, `random-${i}.json`), JSON.stringify(randomScenario(`corpus-${i}`, 40 + ((i * 37) % 400))));
  for (const [name, text] of Object.entries(MALFORMED)) writeFileSync(join(files, name), text);
  writeFileSync(join(files, 'bench-10k.json'), JSON.stringify(bigScenario(10_000, 500)));
  if (!values['no-big']) writeFileSync(join(files, 'bench-100k.json'), JSON.stringify(bigScenario(100_000, 500)));
}

/** Which variants a file is played in: the 100k one in two (each takes seconds), the long ones not through insights. */
const variantsOf = (file: string) => (file === 'bench-100k.json' ? VARIANTS.slice(0, 2) : file === 'bench-10k.json' ? VARIANTS : [...VARIANTS, ...INSIGHTS]);

if (mode === 'record') {
  writeCorpus();
  const entries: Entry[] = [];
  for (const f of readdirSync(files).sort()) for (const v of variantsOf(f)) entries.push(run(f, v));
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(entries, null, 1));
  console.log(`recorded ${entries.length} outputs of ${readdirSync(files).length} files with ${bin}`);
} else {
  if (!existsSync(join(dir, 'manifest.json'))) throw new Error(`${dir}: no manifest: record first`);
  const entries = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Entry[];
  let bad = 0;
  for (const want of entries) {
    const got = run(want.file, want.args);
    const diff = (['status', 'stdout', 'stderr'] as const).filter((k) => got[k] !== want[k]);
    if (diff.length) {
      bad++;
      console.log(`DIFFERS ${want.file} ${want.args.join(' ')}: ${diff.join(', ')} (bytes ${want.bytes} → ${got.bytes})`);
    }
  }
  console.log(`${entries.length - bad}/${entries.length} outputs identical`);
  process.exitCode = bad ? 1 : 0;
}
