// Playing a scenario in the panes: stepping forward and back, marks, restart, taking over.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { renderPlayer, type PlayerHarness } from '../../src/testing';
import { parseWorld } from '../../src/domain/world';
import { parseScenario } from '../../src/scenario/parse';
import { playScenario, playStep, startScenario } from '../../src/scenario/play';
import { bundledWorld } from '../../src/world-file';

const scenario = (name: string) => readFileSync(join(__dirname, '../../data/scenarios', name), 'utf8');
const story = JSON.stringify({
  name: 'story',
  seed: 'step-test',
  steps: [
    { as: 'mom', send: { mode: 'grab', group: 'family', sku: 'guazi', count: 2, message: '新年快乐' }, label: 'g1', note: '妈妈发了两盒瓜子', mark: 'sent' },
    { as: 'dad', open: 'g1', note: '爸爸打开看看' },
    { as: 'dad', claim: 'g1', address: 0, note: '爸爸先填地址，抢到' },
    { as: 'ming', claim: 'g1', address: { name: '李明', phone: '13700137000', region: '北京市 海淀区', detail: '中关村大街1号' }, mark: 'ming' },
    { as: 'hong', claim: 'g1', address: 0, note: '小红手慢了', mark: 'sold-out' },
    { advance: '24h', note: '一天后' },
  ],
});

let app: PlayerHarness | undefined;
afterEach(() => app?.unmount());

it('the screen after ← equals the screen before →, at every step', async () => {
  app = await renderPlayer(story, { users: ['mom', 'dad', 'ming', 'hong'], cols: 160, rows: 45 });
  const total = app.player.view().total;
  for (let k = 0; k < total; k++) {
    const before = app.frame();
    await app.press('mom', 'right');
    await app.idle();
    expect(app.player.view().at).toBe(k + 1);
    const after = app.frame();
    expect(after).not.toBe(before);
    await app.press('mom', 'left');
    expect(app.player.view().at).toBe(k);
    expect(app.frame()).toBe(before);
    await app.press('mom', 'right');
  }
  expect(app.pane('hong')).toContain('已过期'); // a day later the unclaimed box is gone
});

it('same seed, same screens: two plays give the same frame at every step', async () => {
  const frames = async () => {
    const a = await renderPlayer(story, { users: ['mom', 'dad', 'ming', 'hong'], cols: 120, rows: 40 });
    const out: string[] = [a.frame()];
    for (let k = 0; k < a.player.view().total; k++) {
      await a.press('mom', 'right');
      out.push(a.frame());
    }
    a.unmount();
    return out;
  };
  expect(await frames()).toEqual(await frames());
});

it('m lists the marks and jumps to one; r restarts from the seed', async () => {
  app = await renderPlayer(story, { users: ['mom', 'dad', 'ming', 'hong'], cols: 160, rows: 45 });
  const start = app.frame();
  await app.press('mom', { text: 'm' });
  await app.waitFor('sold-out');
  expect(app.frame()).toContain('sent');
  await app.press('mom', 'down', 'down', 'enter');
  expect(app.player.view().at).toBe(5); // right after the step marked sold-out
  expect(app.pane('hong')).toContain('已领完'); // she claimed without opening it: all taken, not 手慢了
  await app.press('mom', { text: 'r' });
  expect(app.player.view().at).toBe(0);
  expect(app.frame()).toBe(start);
});

it('the presenter takes over with the keyboard: the scenario stops driving', async () => {
  app = await renderPlayer(story, { users: ['mom', 'dad', 'ming', 'hong'], cols: 160, rows: 45 });
  await app.press('mom', 'right');
  await app.press('dad', 'up', 'enter'); // dad opens the card himself: an engine command from the keyboard
  expect(app.player.view().mode).toBe('live');
  await app.waitFor('现场操作');
  await app.press('dad', 'esc', 'right');
  expect(app.player.view().at).toBe(1); // → no longer steps
});

it('plays by itself to the end at --speed 0, with refusals as results', async () => {
  app = await renderPlayer(scenario('work-grab-race.json'), { speed: 0, step: false, cols: 160, rows: 45 });
  await app.waitFor('播放完毕');
  expect(app.player.view().at).toBe(app.player.view().total);
});

it("shown step by step in the actor's pane, each step rests on the very screen an instant play gives, on the headless state", async () => {
  const frames = async (speed: number) => {
    const a = await renderPlayer(story, { users: ['mom', 'dad', 'ming', 'hong'], cols: 120, rows: 40, speed });
    const out: string[] = [];
    const seen = new Set<string>();
    // Every frame drawn on the way: the actor's screens pass by.
    a.runner.subscribe(() => {
      for (const p of a.runner.snapshot().ui.panes) seen.add(p.stack.at(-1)!.kind);
    });
    for (let k = 0; k < a.player.view().total; k++) {
      await a.press('mom', 'right');
      out.push(a.frame());
    }
    const state = a.state();
    a.unmount();
    return { out, seen, state };
  };
  const instant = await frames(0);
  const shown = await frames(1);
  expect(shown.out).toEqual(instant.out);
  for (const kind of ['shop', 'product', 'mode', 'compose', 'confirm', 'card', 'address', 'result']) expect(shown.seen).toContain(kind);
  const headless = playScenario(parseScenario(story, 'story.json', parseWorld), bundledWorld()).state;
  expect(shown.state.events).toEqual(headless.events);
  expect(shown.state.wallets).toEqual(headless.wallets);
});

// The second edition's verbs as their actors do them: a step (by its index) of each new story,
// shown in the panes from the screen the story left, then compared with the same steps played
// headless.
const SHOWN: Array<[string, number, string[]]> = [
  ['redpacket-vs-bluepacket.json', 0, ['shop', 'compose', 'confirm']], // 爸爸 sends a lucky red packet
  ['redpacket-vs-bluepacket.json', 2, ['hongbao']], // 小明 opens it: one key
  ['taobao-code-gift.json', 0, ['mode', 'compose', 'confirm', 'share']], // the code gift and its 口令
  ['taobao-code-gift.json', 4, ['kouling', 'address']], // 李娜's typo: BAD_CODE
  ['jd-secret-gift-reply.json', 0, ['compose', 'confirm']], // a 保密 gift
  ['jd-secret-gift-reply.json', 5, ['card', 'shop', 'product', 'compose']], // 回礼 from its card
  ['order-aftersale.json', 7, ['orders', 'order']], // after-sales from 我的订单
  ['seed2-restraint.json', 14, ['settings']], // mutual friends only, switched off
];

for (const [file, at, kinds] of SHOWN)
  it(`${file} step ${at}: shown on its screens (${kinds.join(', ')}), the state the headless play gives`, async () => {
    const text = scenario(file);
    app = await renderPlayer(text, { cols: 120, rows: 36, speed: 1 });
    await app.player.jumpTo(at);
    const seen = new Set<string>();
    app.runner.subscribe(() => {
      for (const p of app!.runner.snapshot().ui.panes) seen.add(p.stack.at(-1)!.kind);
    });
    await app.player.forward();
    await app.idle();
    for (const kind of kinds) expect(seen, `no ${kind} screen on the way`).toContain(kind);
    const headless = startScenario(parseScenario(text, file, parseWorld), bundledWorld());
    for (const step of headless.scenario.steps.slice(0, at + 1)) playStep(headless, step);
    expect(app.state().events).toEqual(headless.state.events);
  });
