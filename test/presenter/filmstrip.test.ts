// Filmstrips: `lookbook --scenario FILE --out DIR` writes one frame per step, as text and as an
// SVG picture with its colours; `lookbook NAME --size --lang` draws a named state another way.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { frameName, writeFilmstrip } from '../../src/lookbook/filmstrip';
import { parseWorld } from '../../src/domain/world';
import { parseScenario } from '../../src/scenario/parse';
import { bundledWorld } from '../../src/world-file';

const BIN = join(__dirname, '../../bin/bluepacket');
const story = parseScenario(
  JSON.stringify({
    name: 'strip',
    seed: 'strip',
    steps: [
      { as: 'mom', send: { mode: 'grab', group: 'family', sku: 'guazi', count: 1 }, label: 'g', note: '妈妈发了一盒瓜子', mark: 'sent' },
      { as: 'dad', claim: 'g', address: 0, note: '爸爸抢到了' },
      { as: 'ming', claim: 'g', address: 0, mark: '../../手慢了 ✗' },
      { advance: '1h' },
    ],
  }),
  'strip.json',
  parseWorld,
);

it('one frame per step, named by its index and its mark or verb, as text and as a coloured SVG', async () => {
  const out = join(mkdtempSync(join(tmpdir(), 'bp-strip-')), 'frames');
  const files = await writeFilmstrip(story, bundledWorld(), { cols: 120, rows: 35, lang: 'zh', out });
  expect(readdirSync(out).sort()).toEqual(['000-sent', '001-claim', '002-手慢了', '003-advance'].flatMap((n) => [`${n}.svg`, `${n}.txt`]));
  expect(files).toHaveLength(8);
  const text = readFileSync(join(out, '001-claim.txt'), 'utf8');
  expect(text.split('\n')[0]).toBe('── #1 claim — 爸爸抢到了 (120×35) ──');
  expect(text).toContain('抢到了'); // the moment the outcome shows, in dad's pane
  expect(text).toContain('步骤 #1（共 4 步）');
  expect(readFileSync(join(out, '002-手慢了.txt'), 'utf8')).toContain('手慢了');
  const svg = readFileSync(join(out, '000-sent.svg'), 'utf8');
  expect(svg.startsWith('<svg')).toBe(true);
  expect(svg).toContain('<title>#0 sent — 妈妈发了一盒瓜子</title>');
  expect(new Set([...svg.matchAll(/fill="(#[0-9a-f]{6})"/g)].map((m) => m[1])).size).toBeGreaterThan(3); // colours kept
});

it('a mark becomes a file name of letters, digits, - and _ only', () => {
  expect(frameName(7, '../../etc/passwd')).toBe('007-etc-passwd');
  expect(frameName(12, '抽奖 开奖!')).toBe('012-抽奖-开奖');
  expect(frameName(3, '***')).toBe('003-step');
});

it('lookbook NAME --size --lang draws a named state at another size and in another language', () => {
  const r = spawnSync(process.execPath, [BIN, 'lookbook', 'chat-empty', '--size', '100x30', '--lang', 'en'], { encoding: 'utf8' });
  expect(r.status).toBe(0);
  expect(r.stdout.split('\n')[0]).toContain('(100×30)');
  expect(r.stdout).toContain('No messages yet');
  expect(r.stdout.split('\n')[1]!.length).toBe(99);
  const bad = spawnSync(process.execPath, [BIN, 'lookbook', '--check', '--size', '100x30'], { encoding: 'utf8' });
  expect(bad.status).toBe(2);
});
