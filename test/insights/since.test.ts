// A data file written before the insights' tallies were kept has gifts the tallies never saw: the
// tallies made for it say since when they count, and the money section says so instead of a sum
// that cannot add up (✗). A state played afresh has no such date.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { execute } from '../../src/domain/engine';
import { parseWorld } from '../../src/domain/world';
import { insightsJson, insightsLines } from '../../src/insights/report';
import { plainLine } from '../../src/insights/lines';
import { parseScenario } from '../../src/scenario/parse';
import { playScenario } from '../../src/scenario/play';
import { talliesIssue } from '../../src/store/shape';
import { bundledWorld } from '../../src/world-file';

const story = (f: string) => {
  const text = readFileSync(join(__dirname, '../../data/scenarios', f), 'utf8');
  const scenario = parseScenario(text, f, parseWorld);
  return playScenario(scenario, scenario.world ?? bundledWorld()).state;
};
const text = (s: ReturnType<typeof story>) => insightsLines(s, 'zh', 't').map(plainLine).join('\n');

describe('tallies on a state older than them', () => {
  it('a story played afresh counts everything: no date, the money adds up', () => {
    for (const f of ['redpacket-vs-bluepacket.json', 'work-grab-race.json']) {
      const s = story(f);
      expect(s.social?.tallies).toBeDefined();
      expect(s.social!.tallies!.since).toBeUndefined();
      expect(text(s)).toContain('✓');
      expect(insightsJson(s, 'zh', {})).not.toHaveProperty('since');
    }
  });

  it('made for a state that already had gifts, they say since when they count, and no ✗', () => {
    const s = story('work-grab-race.json');
    delete s.social!.tallies; // as a file written before the tallies were kept
    const at = s.now;
    const o = execute(s, { type: 'send', as: 'dad', mode: 'grab', group: 'work', sku: 'dfzx', spec: 'std', count: 2 });
    expect(o.ok).toBe(true);
    expect(s.social!.tallies!.since).toBe(at);
    const t = text(s);
    expect(t).toContain('起计');
    expect(t).not.toContain('✗');
    expect(t).not.toContain('✓');
    expect(insightsJson(s, 'zh', {})).toHaveProperty('since');
  });

  it('the store checks the date it reads', () => {
    const t = { units: {}, hours: [], days: [], money: { paid: 0, subsidy: 0, merchants: 0, commission: 0, creators: 0, redPackets: 0, refunds: 0 } };
    expect(talliesIssue(t, 's')).toBeNull();
    expect(talliesIssue({ ...t, since: 1738000000000 }, 's')).toBeNull();
    expect(talliesIssue({ ...t, since: 'yesterday' }, 's')).toMatch(/since/);
  });
});
