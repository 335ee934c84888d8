// "Extend-only: every file valid before stays valid and plays to the same results; the --json
// output gains the new fields." The documents in first-edition/cases.json were printed by the
// runner as it was before the second edition (commit 0eeef66): the library's seven stories (on
// the bundled world of then, first-edition/world.json, given inline) and random first-edition
// files. Today's runner must print the same, less the fields the second edition added.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { firstDifference, outcomeDifference, playBoth } from './harness';

type Doc = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const here = join(import.meta.dirname, 'first-edition');
const FIRST_WORLD: unknown = JSON.parse(readFileSync(join(here, 'world.json'), 'utf8'));
const CASES: Array<{ file: string; scenario: Doc; doc: Doc }> = JSON.parse(readFileSync(join(here, 'cases.json'), 'utf8'));

/** Today's document less what the second edition added: the four top-level fields, a packet's
 * `secret` and `replyTo`, a unit's `order`. */
function firstEditionPart(doc: Doc): Doc {
  const d = structuredClone(doc);
  for (const k of ['platform', 'users', 'leaderboard', 'relations']) delete d[k];
  for (const p of Object.values(d.packets as Doc)) {
    delete p.secret;
    delete p.replyTo;
    for (const u of p.units) delete u.order;
  }
  return d;
}

describe('first-edition files play to the same results', () => {
  it.each(CASES.map((c) => [c.file, c] as const))('%s', (file, c) => {
    const scenario = c.scenario.world === 'first-edition-world' ? { ...c.scenario, world: FIRST_WORLD } : c.scenario;
    const { real, naive } = playBoth(scenario, file);
    expect(outcomeDifference(real, naive)).toBeNull();
    if (real.exit !== 0) throw new Error(`exit 2: ${real.message}`);
    expect(firstDifference(c.doc, firstEditionPart(real.doc as Doc))).toBeNull();
    // Only fields were added: the new document has every old key, with the second edition's beside.
    expect((real.doc as Doc).platform).toBe(0);
  });
});
