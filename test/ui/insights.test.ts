// The presenter's pictures in the real app: `i` draws the insights over the panes and `f` the
// focused user's 朋友圈, at 160×45 and 100×30, in Chinese and English; both follow the engine
// as the demo goes on (a crowd racing a grab, a scenario playing), and 晒礼物 works by keys.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { renderPlayer } from '../../src/testing';
import { lastPacket, renderApp, sendGrab, type AppHarness } from './helpers';

let app: (AppHarness & { unmount(): void }) | undefined;
afterEach(() => {
  app?.unmount();
  app = undefined;
});

const WORDS = {
  zh: { medium: '── 中 ', weak: '·· 弱 ', graph: '关系图谱', board: '送礼排行榜', tags: '消费偏好标签', chart: '礼物数 · 每小时', money: '钱去哪儿了', feed: '朋友圈 · 小明', empty: '朋友圈还没有动态' },
  en: { medium: '── medium ', weak: '·· weak ', graph: 'Who gives to whom', board: 'Gift value given', tags: 'What they give', chart: 'Gifts sent per hour', money: 'Where the money went', feed: 'Moments · 小明', empty: 'Nothing yet' },
} as const;

describe('i: the insights over the panes', () => {
  for (const [cols, rows] of [[160, 45], [100, 30]] as const)
    for (const lang of ['zh', 'en'] as const)
      it(`${cols}×${rows}, ${lang}: the graph, the leaderboard, tags, the chart and the money; Esc closes it, i toggles it`, async () => {
        app = await renderApp({ users: ['mom', 'dad', 'ming'], cols, rows, lang, seed: 'insights' });
        const run = app.runner.run.bind(app.runner);
        const g = await run({ type: 'send', as: 'mom', mode: 'grab', group: 'family', sku: 'chayan', spec: 'youlan', count: 2 });
        const id = String(g.ok && g.result?.packet);
        await run({ type: 'claim', as: 'dad', packet: id, address: 0 });
        await run({ type: 'claim', as: 'ming', packet: id, address: 0 });
        const back = await run({ type: 'send', as: 'dad', mode: 'direct', to: 'mom', sku: 'luckin', spec: '6cups' });
        await run({ type: 'claim', as: 'mom', packet: String(back.ok && back.result?.packet), address: 0 });
        await app.press('mom', { text: 'i' });
        const w = WORDS[lang];
        await app.waitFor(w.graph);
        const frame = app.frame();
        // mom and dad gave each other one gift (medium: a plain line), mom gave ming one (weak: dots).
        for (const word of [w.board, w.tags, w.chart, w.money, w.medium, w.weak, '妈妈', '爸爸', '小明', '─', '··', '█', '¥176.00', '¥19.90']) expect(frame, word).toContain(word);
        expect(frame).not.toContain('1 👥'); // the panes are covered
        for (const line of frame.split('\n')) expect(line.length).toBeLessThanOrEqual(cols);
        await app.press('mom', 'esc');
        await app.waitFor('1 👥');
        await app.press('mom', { text: 'i' });
        await app.waitFor(w.graph);
        await app.press('mom', { text: 'i' });
        await app.waitFor('1 👥');
        expect(app.frame()).not.toContain(w.graph);
      });

  it('follow a crowd racing a grab in the work group, live', async () => {
    app = await renderApp({ users: ['dad', 'ming', 'zhangwei'], group: 'work', cols: 160, rows: 45, crowd: 30, seed: 'race' });
    await app.press('dad', { text: 'i' });
    await app.waitFor('还没有人收下礼物');
    // dad's grab comes from outside the picture (another terminal, say): the insights stay up.
    await app.runner.run({ type: 'send', as: 'dad', mode: 'grab', group: 'work', sku: 'luckin', spec: '6cups', count: 10 });
    await app.waitFor('礼物数 · 每小时 · 共 10 份');
    const before = app.frame();
    expect(before).toContain('还没有人收下礼物');
    await app.crowd!.advance('3s');
    const during = app.state().packets['p0001']!.units.filter((u) => u.state === 'claimed').length;
    await app.crowd!.advance('12s');
    await app.waitFor('¥199.00'); // ten of ¥19.90, all taken: dad tops the leaderboard
    expect(during).toBeLessThan(10);
    const after = app.frame();
    expect(after).toContain('爸爸');
    expect(after).toContain('关系强度 · ');
    expect(after).not.toBe(before);
  });
});

describe('f: the 朋友圈', () => {
  it('opens the focused user\'s feed, fills as a friend broadcasts, Esc goes back', async () => {
    app = await renderApp({ users: ['mom', 'ming', 'grandpa'], cols: 120, rows: 40, seed: 'feed' });
    await app.press('ming', { text: 'f' });
    await app.waitFor(WORDS.zh.feed, { user: 'ming' });
    expect(app.pane('ming')).toContain(WORDS.zh.empty);
    await app.runner.run({ type: 'send', as: 'grandpa', mode: 'direct', to: 'ming', sku: 'fireworks', spec: 'std', showPrice: true });
    await app.waitFor('🎆 🎆 🎆', { user: 'ming' });
    expect(app.pane('ming')).toContain('爷爷 送出 新春烟花 特效礼物 给 小明');
    expect(app.pane('ming')).toContain('价值 ¥18.00');
    await app.press('ming', 'esc');
    await app.waitFor('› ', { user: 'ming' });
    expect(app.pane('ming')).not.toContain(WORDS.zh.feed);
  });

  it('晒礼物 by keys: dad takes a gift, opens it again, shares it; his friend sees it, no price, no address', async () => {
    app = await renderApp({ users: ['mom', 'dad', 'ming'], cols: 120, rows: 40, seed: 'share' });
    await sendGrab(app, 'mom', 'chayan', 2);
    const p = lastPacket(app).id;
    await app.press('dad', 'up', 'enter', 'enter', 'enter'); // open, the address form, the first saved address
    await app.waitFor('抢到了', { user: 'dad' });
    await app.press('dad', 'enter', 'up', 'enter'); // back to the chat, open the card again
    await app.waitFor('晒到朋友圈', { user: 'dad' });
    await app.press('dad', 'down', 'enter');
    await app.waitFor('已晒到朋友圈');
    expect(app.state().packets[p]!.shared).toEqual(['dad']);
    await app.press('ming', { text: 'f' });
    await app.waitFor('爸爸 晒出了 妈妈 送的', { user: 'ming' });
    const pane = app.pane('ming').split(WORDS.zh.feed)[1]!; // the feed, below the wallet line
    expect(pane).not.toContain('¥');
    expect(pane).not.toContain('李强');
    // The card no longer offers it.
    await app.press('dad', 'esc', 'up', 'enter');
    await app.waitFor('返回聊天', { user: 'dad' });
    expect(app.pane('dad')).not.toContain('晒到朋友圈');
  });
});

it('in play --tui the insights stay up while the story plays on under them', async () => {
  const story = readFileSync(join(__dirname, '../../data/scenarios/company-annual-gifts.json'), 'utf8');
  const player = await renderPlayer(story, { users: ['mom', 'dad', 'ming', 'bluewhale'], cols: 160, rows: 45 });
  app = player;
  await player.press('mom', { text: 'i' });
  await player.waitFor('关系图谱');
  for (let k = 0; k < 12; k++) await player.press('mom', 'right');
  await player.idle();
  expect(player.player.view().at).toBe(12);
  expect(player.frame()).toContain('关系图谱');
  expect(player.frame()).toContain('🏢蓝鲸科技');
});
