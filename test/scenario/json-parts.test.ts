// The --json document written by hand (report-json-parts.ts, the sanitizer's jsonString) must be
// byte for byte what the encoder writes: jsonSafe(JSON.stringify(s)) for a string and, for a whole
// report, jsonSafe(documentText(playedJson(…))). These tests hold the hand writer to the encoder
// over the bundled scenarios and random ones whose packets are of every kind the engine makes.
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseWorld } from '../../src/domain/world';
import { parseScenario } from '../../src/scenario/parse';
import { playStep, startScenario, type Played } from '../../src/scenario/play';
import { documentText } from '../../src/scenario/json-text';
import { playedJson } from '../../src/scenario/report-json';
import { playedJsonParts, StepEntries, type HandWritten } from '../../src/scenario/report-json-parts';
import { jsonSafe, jsonString } from '../../src/text/sanitize';
import { bundledWorld } from '../../src/world-file';
import { randomScenario } from '../../bench/corpus';
import { HOSTILE } from '../support/hostile';

/** Strings an encoder could trip on: hostile ones, lone surrogates, quotes, digits, prototype names. */
const nasty = fc.oneof(
  fc.constantFrom(...HOSTILE.slice(0, 60), '', '"', '\\', '"\\"', '\ud800', 'a\udfff', '🎁\ud83c', '9', '007', '__proto__', 'constructor', 'toJSON', '妈妈 ¥19.90'),
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.string({ unit: 'grapheme', maxLength: 8 }),
);

describe('jsonString: a string as the document writes it', () => {
  it('is jsonSafe(JSON.stringify(s)) for every hostile string and any string of code units', () => {
    for (const s of HOSTILE) expect(jsonString(s)).toBe(jsonSafe(JSON.stringify(s)));
    fc.assert(
      fc.property(nasty, (s) => {
        expect(jsonString(s)).toBe(jsonSafe(JSON.stringify(s)));
      }),
      { numRuns: 3000 },
    );
  });
});

/** A report in parts, joined (written by hand from `handWritten`'s counts), and the report made whole. */
function bothReports(played: Played, steps: StepEntries, handWritten?: HandWritten) {
  return { parts: [...playedJsonParts(played, steps, handWritten)].join(''), whole: jsonSafe(documentText(playedJson(played))) };
}

/** Each writer: all by the encoder, all by hand, and the steps, packets and relations each by hand alone. */
const WRITERS: ReadonlyArray<HandWritten | undefined> = [
  undefined,
  { units: Infinity, steps: Infinity, relations: Infinity },
  { units: 0, steps: 0, relations: 0 },
  { units: 0, steps: Infinity, relations: Infinity },
  { units: Infinity, steps: 0, relations: Infinity },
  { units: Infinity, steps: Infinity, relations: 0 },
];

function playedFrom(scenario: ReturnType<typeof parseScenario>) {
  const played = startScenario(scenario, scenario.world ?? bundledWorld());
  const steps = new StepEntries('zh');
  for (const step of scenario.steps) steps.add(played, playStep(played, step));
  return { played, steps };
}

/** Labels a writer could trip on: prototype names, digits (which a plain object would put first),
 * a label one letter from an automatic id, Chinese text. Hostile ones follow. */
const TRICKY_LABELS = ['__proto__', 'constructor', 'toJSON', '0002', '7', 'p0002x', '妈妈 ¥19.90'];

/**
 * A random scenario (every kind of packet, hostile text, labels that look like numbers) with
 * every other label `g<n>` renamed to a tricky one, then to hostile ones, each used once (a
 * label names one packet), and every step that names those packets following.
 */
function randomFile(i: number): string {
  const scenario = randomScenario(`parts-${i}`, 200) as { steps: unknown[] };
  const used = new Set(scenario.steps.map((step) => (step as { label?: string }).label));
  const turn = (i * 5) % HOSTILE.length;
  const fresh = [...new Set([...TRICKY_LABELS, ...HOSTILE.slice(turn), ...HOSTILE.slice(0, turn)])].filter((l) => !used.has(l));
  const renamed = new Map<string, string>();
  let n = 0;
  for (const step of scenario.steps) {
    const { label } = step as { label?: string };
    if (label !== undefined && /^g\d+$/.test(label) && n++ % 2 === 0 && renamed.size < fresh.length) renamed.set(label, fresh[renamed.size]!);
  }
  const rename = (v: unknown): unknown =>
    typeof v === 'string' ? (renamed.get(v) ?? v) : Array.isArray(v) ? v.map(rename) : v !== null && typeof v === 'object' ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, rename(x)])) : v;
  return JSON.stringify({ ...scenario, steps: rename(scenario.steps) });
}

describe('the report in parts is the report made whole', () => {
  const LIBRARY = join(__dirname, '../../data/scenarios');
  const bundled = readdirSync(LIBRARY).map((f) => [f, readFileSync(join(LIBRARY, f), 'utf8')] as const);
  const random = Array.from({ length: 12 }, (_, i) => [`random-${i}`, randomFile(i)] as const);

  // Each report written every way: its steps, packets and relations by the encoder (as a short
  // report's are) and by hand.
  it.each([...bundled, ...random])('%s', (name, text) => {
    for (const handWritten of WRITERS) {
      const { played, steps } = playedFrom(parseScenario(text, name, parseWorld));
      const { parts, whole } = bothReports(played, steps, handWritten);
      expect(parts === whole, `hand-written from ${JSON.stringify(handWritten)}`).toBe(true);
    }
  });

  // The comparisons above hold only for what the states hold: the files must reach every branch
  // of the hand writer, the random ones nearly all (an answer to a packet and a redeemed voucher
  // are rare in them, and in bundled scenarios).
  it('the files hold every kind of packet, unit and label the hand writer writes', () => {
    const inRandom = kindsIn(random);
    const all = new Set([...inRandom, ...kindsIn(bundled)]);
    const kinds = ['red packet', 'code gift', 'grab first-address', 'grab reserve-on-open', 'entrants', 'winners', 'lottery not drawn', 'shared', 'showPrice', 'secret', 'order', 'voucher', 'amount'];
    const labels = [...TRICKY_LABELS, 'digits', 'hostile label'];
    expect([...inRandom].sort()).toEqual([...kinds, ...labels].sort());
    expect([...all].sort()).toEqual([...kinds, ...labels, 'replyTo', 'redeemed'].sort());
  });
});

/** What the files' reports hold of each kind the hand writer writes in its own way. */
function kindsIn(files: ReadonlyArray<readonly [string, string]>): Set<string> {
  const seen = new Set<string>();
  for (const [name, text] of files) {
    const { played } = playedFrom(parseScenario(text, name, parseWorld));
    for (const p of Object.values(played.state.packets)) {
      if (p.red) seen.add('red packet');
      if (p.code) seen.add('code gift');
      if (p.mode === 'grab') seen.add(`grab ${p.policy?.grabPolicy}`);
      if (p.lottery?.entrants.length) seen.add('entrants');
      if (p.lottery?.winners?.length) seen.add('winners');
      if (p.lottery && !p.lottery.drawn) seen.add('lottery not drawn');
      if (p.shared?.length) seen.add('shared');
      if (p.replyTo) seen.add('replyTo');
      if (p.showPrice) seen.add('showPrice');
      if (p.secret) seen.add('secret');
      for (const u of p.units) {
        if (u.order) seen.add('order');
        if (u.voucher !== null) seen.add('voucher');
        if (u.redeemed) seen.add('redeemed');
        if (p.red && u.amount != null) seen.add('amount');
      }
    }
    for (const label of played.labelOf.values()) {
      if (TRICKY_LABELS.includes(label)) seen.add(label);
      if (/^\d+$/.test(label)) seen.add('digits');
      if (jsonString(label) !== `"${label}"`) seen.add('hostile label');
    }
  }
  return seen;
}
