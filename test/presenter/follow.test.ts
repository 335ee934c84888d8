// Follow the actor: whoever acts in a step of a scenario playing in the panes is on screen (and
// focused) when it happens, at every size, in every library story.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { renderPlayer, type PlayerHarness } from '../../src/testing';
import { parseScenario } from '../../src/scenario/parse';
import { initialState, parseWorld } from '../../src/domain/world';
import { scenarioPanes } from '../../src/player/panes';
import { Player } from '../../src/player/player';
import { SwapStore } from '../../src/player/swap-store';
import { Runner } from '../../src/ui/app/runner';
import { screenLayout } from '../../src/ui/app/screen-layout';
import { bundledWorld } from '../../src/world-file';

const DIR = join(__dirname, '../../data/scenarios');
const text = (f: string) => readFileSync(join(DIR, f), 'utf8');
const family = parseScenario(text('family-lottery-new-year.json'), 'family-lottery-new-year.json', parseWorld);
const SIZES = [
  [160, 45],
  [100, 30],
  [80, 24],
] as const;

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

it('family-lottery-new-year at 80×24 (two panes): each actor on screen, drawn', async () => {
  app = await renderPlayer(text('family-lottery-new-year.json'), { cols: 80, rows: 24 });
  for (const step of family.steps) {
    await app.player.forward();
    await app.idle();
    if (step.as) expect(onScreen(app.frame()), `#${step.i} ${step.as}`).toContain(app.state().users[step.as]!.name);
  }
});

// The panes drawn are screenLayout's `shown` (App draws exactly those): checked without drawing,
// for every story at the three sizes of the walkthrough, while the step plays and after it.
describe('every actor of every library story is on screen while and after they act', () => {
  for (const file of readdirSync(DIR).filter((f) => f.endsWith('.json')))
    it(file, async () => {
      const scenario = parseScenario(text(file), file, parseWorld);
      const world = scenario.world ?? bundledWorld();
      for (const [cols, rows] of SIZES) {
        const store = new SwapStore(initialState(world, scenario.seed, scenario.start));
        const runner = new Runner(store, scenarioPanes(store.state(), scenario), 'zh', { cols, rows });
        const shown = () => screenLayout(runner.snapshot(), 'zh').shown.map((i) => runner.snapshot().ui.panes[i]!.user);
        let during: string[] = [];
        const player = new Player(runner, store, scenario, world, { speed: 1, step: true, sleep: async () => void (during = shown()) });
        for (const step of scenario.steps) {
          during = [];
          await player.forward();
          if (!step.as) continue;
          expect(during, `${cols}×${rows} #${step.i} ${step.as}, while it plays`).toContain(step.as);
          expect(shown(), `${cols}×${rows} #${step.i} ${step.as}, after`).toContain(step.as);
          expect(runner.snapshot().ui.panes[runner.snapshot().ui.focus]!.user).toBe(step.as);
        }
      }
    });
});
