// The runner against an independent reading of the contract. Random scenarios (several inline
// worlds and the bundled one; every verb, valid and invalid steps, clock moves across deadlines
// and Beijing midnight, settings, holds) are played by the real runner (parse + play +
// report-json, in-process) and by bench/naive, written from SCENARIOS.md and PRODUCT.md alone.
// The two documents must be equal (key order aside; key presence counts), and every document
// must keep the page's presence rules and the money law on its own.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { daysScenarioArb, flowScenarioArb, holdScenarioArb, lotteryScenarioArb, scenarioArb } from './arbitrary';
import { companyScenarioArb } from './company';
import { BUNDLED_WORLD_JSON, outcomeDifference, playBoth } from './harness';
import { presenceProblems, worldFacts } from './presence';

/** What is wrong with one scenario: the two disagree, or the real document breaks the page. */
function problems(scenario: { world?: unknown }): string[] {
  const { real, naive } = playBoth(scenario);
  const diff = outcomeDifference(real, naive);
  if (diff) return [diff];
  if (real.exit !== 0) return [];
  const { deliveryOf, startTotal } = worldFacts(scenario.world, BUNDLED_WORLD_JSON);
  return presenceProblems(real.doc as Record<string, unknown>, deliveryOf, startTotal);
}

const property = (arb: fc.Arbitrary<{ world?: unknown }>) =>
  fc.property(arb, (s) => {
    expect(problems(s)).toEqual([]);
  });

describe('the runner and the naive interpreter agree', () => {
  it('on random steps of every verb, valid and not, in four worlds', () => {
    fc.assert(property(scenarioArb), { numRuns: 400, seed: 20250128 });
  });
  it('on interleaved packet lives: takers, the clock, after-sales, return gifts, wrong codes', () => {
    fc.assert(property(flowScenarioArb), { numRuns: 300, seed: 2025 });
  });
  it('on lotteries: entries, the draw at its instant, winners accepting, variants', () => {
    fc.assert(property(lotteryScenarioArb), { numRuns: 250, seed: 128 });
  });
  it('on reserve-on-open holds: first opens, lapses, claims, the expiry', () => {
    fc.assert(property(holdScenarioArb), { numRuns: 200, seed: 5 });
  });
  it('on sending day after day: streaks, badges, sentToday, the daily limit across midnight', () => {
    fc.assert(property(daysScenarioArb), { numRuns: 150, seed: 30 });
  });
  it('on a company\'s 年会福利 (bulk, to a group or a list) and 晒礼物 (share, showPrice)', () => {
    // How often each verb was accepted and refused by the real runner: the mix must reach both.
    const seen = new Map<string, number>();
    fc.assert(
      fc.property(companyScenarioArb, (s) => {
        expect(problems(s)).toEqual([]);
        const { real } = playBoth(s);
        if (real.exit !== 0) return;
        const results = (real.doc as { steps: Array<{ i: number; ok: boolean; code?: string }> }).steps;
        for (const r of results) {
          const step = s.steps[r.i] as { share?: string; send?: { mode: string } };
          const verb = step.share !== undefined ? 'share' : step.send?.mode === 'bulk' ? 'bulk' : null;
          if (verb) seen.set(`${verb} ${r.ok ? 'ok' : r.code}`, (seen.get(`${verb} ${r.ok ? 'ok' : r.code}`) ?? 0) + 1);
        }
      }),
      { numRuns: 200, seed: 12 },
    );
    for (const k of ['bulk ok', 'share ok', 'bulk NOT_COMPANY', 'bulk NOT_MEMBER', 'bulk BAD_COUNT', 'bulk WRONG_MODE', 'share ALREADY_SHARED', 'share NOT_ACCEPTED', 'share NOT_RECIPIENT'])
      expect(seen.get(k) ?? 0, k).toBeGreaterThan(5);
  });
});
