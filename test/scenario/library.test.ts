// The scenario library tells stories whose captions say what happens: a note that names a
// refusal ("→ SOLD_OUT") must get exactly that refusal, and every other step must be accepted.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseWorld } from '../../src/domain/world';
import { parseScenario } from '../../src/scenario/parse';
import { playScenario } from '../../src/scenario/play';
import { bundledWorld } from '../../src/world-file';
import { invariantViolations } from '../../src/domain/invariants';

const dir = join(__dirname, '../../data/scenarios');
const files = readdirSync(dir).filter((f) => f.endsWith('.json'));

describe('the scenario library', () => {
  it('has the stories of the articles', () => {
    for (const name of [
      'family-lottery-new-year', 'work-grab-race', 'direct-variant-switch', 'direct-expiry-refund', 'jd-lucky-bag', 'meituan-vouchers', 'grab-policies-side-by-side',
      'redpacket-vs-bluepacket', 'taobao-code-gift', 'jd-secret-gift-reply', 'order-aftersale', 'seed2-restraint', 'seed2-social-economy', 'company-annual-gifts',
    ])
      expect(files).toContain(`${name}.json`);
  });

  for (const f of files) {
    it(`${f}: every outcome is the one its note announces, money conserved`, () => {
      const scenario = parseScenario(readFileSync(join(dir, f), 'utf8'), f, parseWorld);
      const played = playScenario(scenario, scenario.world ?? bundledWorld());
      for (const { step, outcome } of played.outcomes) {
        const announced = /→\s*([A-Z_]{4,})/.exec(step.note ?? '')?.[1] ?? null;
        expect(outcome.ok ? null : outcome.code, `step ${step.i}: ${step.note ?? ''}`).toBe(announced);
      }
      expect(invariantViolations(played.state)).toEqual([]);
      expect(scenario.steps.filter((s) => s.note !== null).length).toBeGreaterThan(scenario.steps.length / 2);
    });
  }
});
