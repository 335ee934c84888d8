// Follow the actor: whoever acts in a step of a scenario playing in the panes is on screen (and
// focused) when it happens, at every size, in every library story.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { renderPlayer, type PlayerHarness } from '../../src/testing';
import { parseScenario } from '../../src/scenario/parse';

const DIR = join(__dirname, '../../data/scenarios');
const text = (f: string) => readFileSync(join(DIR, f), 'utf8');

let app: PlayerHarness | undefined;
afterEach(() => {
  app?.unmount();
  app = undefined;
});

/** The names in the panes' second header lines ("小红 · 零钱 ¥600.00"), left to right. */
const onScreen = (frame: string) => [...frame.split('\n')[2]!.matchAll(/[┃│]([^┃│·]+?) · 零钱/g)].map((m) => m[1]!);

it('family-lottery-new-year at 160×45: 小红 switches the variant (#14) and accepts (#15) in her own pane, on screen', async () => {
  app = await renderPlayer(text('family-lottery-new-year.json'), { cols: 160, rows: 45 });
  for (let i = 0; i < 16; i++) {
    await app.player.forward();
    await app.idle();
    if (i === 14 || i === 15) expect(onScreen(app.frame()), `#${i}`).toContain('小红');
  }
  expect(app.pane('hong')).toContain('已收下');
});

// At 80×24, two panes: the hardest case (the walkthrough looked at 160×45 and 100×30 too).
describe('every actor of every library story is on screen after their step, at 80×24', () => {
  for (const file of readdirSync(DIR).filter((f) => f.endsWith('.json')))
    for (const [cols, rows] of [[80, 24]] as const)
      it(`${file}`, async () => {
        const scenario = parseScenario(text(file), file);
        app = await renderPlayer(text(file), { cols, rows });
        for (const step of scenario.steps) {
          await app.player.forward();
          await app.idle();
          if (!step.as) continue;
          const name = app.state().users[step.as]!.name;
          expect(onScreen(app.frame()), `#${step.i} ${step.as}`).toContain(name);
        }
      });
});
