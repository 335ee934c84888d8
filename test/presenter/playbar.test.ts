// The play bar tells the truth: the counter, the caption and the status line speak of the same
// step (named by its index, as in the file's account); the label does not flicker between steps;
// after a takeover r goes back to where the presenter took over. The caption is the whole note;
// the marks list shows each mark's note; --at opens at a mark or a step, paused; a recording gets
// a marker at each mark.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { initialState, parseWorld } from '../../src/domain/world';
import { Player } from '../../src/player/player';
import { SwapStore } from '../../src/player/swap-store';
import { parseScenario } from '../../src/scenario/parse';
import { renderApp, renderPlayer, type AppHarness } from '../../src/testing';
import { bundledWorld } from '../../src/world-file';
import { atOption } from '../../src/cli/play-command';
import { flat } from '../ui/helpers';

const FAMILY = readFileSync(join(__dirname, '../../data/scenarios/family-lottery-new-year.json'), 'utf8');
const family = parseScenario(FAMILY, 'family-lottery-new-year.json', parseWorld);

let app: AppHarness | undefined;
afterEach(() => {
  app?.unmount();
  app = undefined;
});

/** The lines under the panes and the timeline: the caption, then the status bar. */
const bottom = (a: AppHarness, n = 4) => a.frame().split('\n').slice(-n).join('\n');

/** The family story in the panes at speed 1, every pause of the player recorded as the frame it shows. */
async function playing(step: boolean) {
  const world = bundledWorld();
  const store = new SwapStore(initialState(world, family.seed, family.start));
  const panes = ['grandma', 'mom', 'dad', 'ming'].map((user) => ({ user, chat: 'group:family' }));
  const a = await renderApp({ store, panes, cols: 160, rows: 45 });
  const frames: Array<{ busy: boolean; at: number; frame: string }> = [];
  const player: Player = new Player(a.runner, store, family, world, {
    speed: 1,
    step,
    sleep: async () => {
      await a.idle();
      frames.push({ busy: player.busy, at: player.view().at, frame: a.frame() });
    },
  });
  return { a, player, frames };
}

it('while #4 (小明参与) plays, the bar says #4 and its note, and the status line has no other step', async () => {
  const p = await playing(true);
  app = p.a;
  for (let i = 0; i < 5; i++) await p.player.forward();
  const during = p.frames.filter((f) => f.busy && f.at === 4);
  expect(during.length).toBeGreaterThan(0);
  for (const f of during) {
    const tail = f.frame.split('\n').slice(-3).join('\n');
    expect(tail).toContain('步骤 #4（共 20 步）');
    expect(tail).toContain('小明参与');
    expect(tail).not.toContain('爸爸 参与了抽奖');
  }
});

it('playing by itself, the label says 播放中 between steps too', async () => {
  const p = await playing(false);
  app = p.a;
  const run = p.player.start();
  while (p.frames.length < 12) await new Promise((r) => setTimeout(r, 5));
  p.player.paused = true;
  await run;
  const labels = p.frames.slice(0, 12).map((f) => /([▶⏸■●] \S+) (?:步骤|第|开始前)/u.exec(f.frame)?.[1]);
  expect(new Set(labels)).toEqual(new Set(['▶ 播放中']));
});

it('after a takeover, r goes back to where the presenter took over, not to the start', async () => {
  const h = await renderPlayer(FAMILY, { cols: 160, rows: 45 });
  app = h;
  for (let i = 0; i < 3; i++) await h.player.forward();
  await h.press('dad', 'up', 'enter'); // dad opens the lottery himself
  expect(h.player.view().mode).toBe('live');
  await h.press('dad', 'esc', { text: 'r' });
  expect(h.player.view().at).toBe(3);
  expect(h.player.view().mode).not.toBe('live');
});

it('the whole note at 100 columns, on as many lines as it takes', async () => {
  const h = await renderPlayer(FAMILY, { cols: 100, rows: 30 });
  app = h;
  await h.player.forward();
  expect(flat(bottom(h, 6))).toContain(flat(family.steps[0]!.note!));
});

it("m lists each mark with its step's note", async () => {
  const h = await renderPlayer(FAMILY, { cols: 160, rows: 45 });
  app = h;
  await h.press('grandma', { text: 'm' });
  await h.waitFor('跳到标记');
  for (const s of family.steps.filter((x) => x.mark)) {
    expect(h.frame()).toContain(s.mark!);
    expect(flat(h.frame())).toContain(flat(s.note!).slice(0, 12));
  }
});

it('--at a mark or an index opens right after that step, paused', async () => {
  expect(atOption('accept', family)).toBe(16); // the mark on #15
  expect(atOption('15', family)).toBe(16);
  expect(atOption('0', family)).toBe(1);
  expect(() => atOption('20', family)).toThrow(/0 to 19.*sent, entries-closed/);
  expect(() => atOption('nope', family)).toThrow(/its marks: sent, entries-closed, draw, switch, accept, refund/);
  const h = await renderPlayer(FAMILY, { cols: 160, rows: 45, step: false, at: 16 });
  app = h;
  expect(h.player.view()).toMatchObject({ at: 16, shown: 15, paused: true });
  expect(bottom(h)).toContain('⏸ 已暂停 步骤 #15（共 20 步）');
  expect(h.pane('hong')).toContain('已收下');
});

it('each mark the story passes is told to the recording, in order', async () => {
  const marks: string[] = [];
  const h = await renderPlayer(FAMILY, { cols: 120, rows: 35, onMark: (m) => marks.push(m) });
  app = h;
  for (let i = 0; i < family.steps.length; i++) await h.player.forward();
  expect(marks).toEqual(['sent', 'entries-closed', 'draw', 'switch', 'accept', 'refund']);
});
