// The bundled world gained a company (蓝鲸科技, the work group's employer). Every story written
// before it plays to the same result: with the company in the world or not, the --json documents
// differ only by the company's own wallet entry.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../src/scenario/parse';
import { playScenario } from '../../src/scenario/play';
import { playedJson } from '../../src/scenario/report-json';
import { parseWorld, type World } from '../../src/domain/world';
import { bundledWorld } from '../../src/world-file';

const dir = join(__dirname, '../../data/scenarios');
const COMPANY = 'bluewhale';

/** The bundled world as it was: no company. */
function withoutCompany(w: World): World {
  return {
    ...w,
    users: w.users.filter((u) => u.id !== COMPANY),
    groups: w.groups.map((g) => ({ ...g, members: g.members.filter((m) => m !== COMPANY) })),
  };
}

describe('the library before the company', () => {
  const files = readdirSync(dir).filter((f) => f.endsWith('.json') && !readFileSync(join(dir, f), 'utf8').includes(COMPANY));
  it('covers the stories that do not name it', () => expect(files.length).toBeGreaterThanOrEqual(13));
  for (const f of files)
    it(`${f}: the same result with and without the company`, () => {
      const scenario = parseScenario(readFileSync(join(dir, f), 'utf8'), f, parseWorld);
      const now = playedJson(playScenario(scenario, bundledWorld()));
      const before = playedJson(playScenario(scenario, withoutCompany(bundledWorld())));
      expect(now.wallets[COMPANY]).toBe(5_000_000);
      const { [COMPANY]: _, ...wallets } = now.wallets;
      expect(JSON.stringify({ ...now, wallets })).toBe(JSON.stringify(before));
    });
});
