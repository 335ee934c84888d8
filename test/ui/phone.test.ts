// One person's phone (`--as`): the same screens and reducers as the panes, arranged for one —
// the chat list as home, Enter into a chat, Esc back, larger cards, a status line — and the
// live line that says who else is on the file, and who moved the shared clock.
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_START, HOUR, parseIso } from '../../src/domain/time';
import { initialState } from '../../src/domain/world';
import { openFileStore } from '../../src/store';
import { Runner } from '../../src/ui/app/runner';
import type { LiveView } from '../../src/ui/app/types';
import { PHONE_CARD_HEIGHT } from '../../src/ui/components/card-lines';
import { bundledWorld } from '../../src/world-file';
import { cleanup, tempDir } from '../store/helpers';
import { renderApp, sendGrab, type AppHarness } from './helpers';

let app: AppHarness | undefined;
afterEach(() => {
  app?.unmount();
  app = undefined;
  cleanup();
});

const LIVE: LiveView = {
  self: 'me',
  peers: [
    { id: 'host', role: 'presenter', users: ['mom', 'ming', 'grandpa'], since: 1 },
    { id: 'p-hong', role: 'phone', users: ['hong'], since: 2 },
  ],
  driver: 'host',
  error: null,
  hearing: 'watch',
};

describe('one person’s phone', () => {
  it('home is the chat list with the person’s chat chosen; Enter opens it, Esc goes back; a private chat too', async () => {
    app = await renderApp({ as: 'dad', cols: 100, rows: 30 });
    let f = app.frame();
    expect(f).toContain('📱 微信');
    expect(f).toContain('爸爸 · 零钱 ¥3,000.00');
    expect(f).toMatch(/▶ 👥 相亲相爱一家人 \(8\) ●/);
    expect(f).not.toMatch(/^1 /m); // no pane numbers: one screen
    await app.press('dad', 'enter');
    f = app.frame();
    expect(f).toContain('‹ 👥 相亲相爱一家人 (8)');
    expect(f).toContain('还没有消息');
    expect(f).toContain('Esc 返回'); // the status line offers the way back
    await app.press('dad', 'esc');
    expect(app.frame()).toContain('📱 微信');
    await app.press('dad', 'down', 'down', 'enter'); // 产品研发部, then 妈妈
    expect(app.frame()).toContain('‹ 👤 妈妈');
    await app.press('dad', 'esc');
    expect(app.frame()).toContain('📱 微信');
  });

  it('the choice follows the chat when a new message reorders the list', async () => {
    app = await renderApp({ as: 'dad', cols: 100, rows: 30 });
    await app.press('dad', 'down', 'down', 'down'); // 妈妈, 小明: rows 3 and 4 → 小明
    expect(app.frame()).toMatch(/▶ 👤 小明/);
    // Mom writes to dad: their private chat jumps to the top; the highlight stays on 小明.
    await app.runner.run({ type: 'say', as: 'mom', chat: 'dm:dad|mom', text: '晚饭回来吃吗' });
    await app.idle();
    const f = app.frame();
    expect(f.indexOf('👤 妈妈')).toBeLessThan(f.indexOf('👥 相亲相爱一家人'));
    expect(f).toMatch(/▶ 👤 小明/);
    expect(f).toContain('妈妈：晚饭回来吃吗'); // the newest message under the chat's name
    await app.press('dad', 'enter');
    expect(app.frame()).toContain('‹ 👤 小明');
  });

  it('cards are larger and say when they are due; the same keys take a unit', async () => {
    app = await renderApp({ as: 'dad', cols: 100, rows: 30 });
    await app.press('dad', 'enter');
    await app.runner.run({ type: 'send', as: 'mom', mode: 'grab', group: 'family', sku: 'luckin', spec: '6cups', count: 2 });
    await app.idle();
    const lines = app.frame().split('\n');
    const top = lines.findIndex((l) => l.includes('╭') && lines[lines.indexOf(l) + 1]?.includes('群发礼物'));
    const bottom = lines.findIndex((l, i) => i > top && l.includes('╰──') && !l.startsWith('╰'));
    expect(bottom - top + 1).toBe(PHONE_CARD_HEIGHT);
    expect(app.frame()).toContain('可领取 · 剩 2/2');
    expect(app.frame()).toContain('01-29 20:00 前有效');
    await app.press('dad', 'up', 'enter', 'enter', 'enter');
    await app.waitFor('抢到了');
  });

  it('a gift sent from the phone: the shop and the forms full-screen, back in the chat after', async () => {
    app = await renderApp({ as: 'mom', cols: 100, rows: 30 });
    await app.press('mom', 'enter');
    await sendGrab(app, 'mom', 'luckin', 3);
    const f = app.frame();
    expect(f).toContain('‹ 👥 相亲相爱一家人 (8)');
    expect(f).toContain('已领 0/3');
  });

  it('fits 80×24, says to enlarge below 40 columns, and speaks English', async () => {
    app = await renderApp({ as: 'hong', cols: 80, rows: 24, lang: 'en' });
    expect(app.frame()).toContain('📱 WeChat');
    expect(app.frame().split('\n').length).toBeLessThanOrEqual(23);
    await app.resize(39, 24);
    expect(app.frame()).toContain('Please enlarge the terminal');
    await app.resize(80, 24);
    expect(app.frame()).toContain('📱 WeChat');
  });
});

describe('the live line', () => {
  it('says who else is connected and who runs the bots, on the phone and under the presenter’s panes', async () => {
    app = await renderApp({ as: 'dad', cols: 100, rows: 30 });
    app.runner.setLive(LIVE);
    await app.idle();
    expect(app.frame()).toContain('在线：主持人 · 小红   🤖 机器人在主持人的终端运行');
    app.runner.setLive({ ...LIVE, peers: [], driver: 'me', hearing: 'poll' });
    await app.idle();
    expect(app.frame()).toContain('在线：只有你   🤖 机器人在本终端运行 · 每秒刷新');
    app.unmount();

    app = await renderApp({ users: ['mom', 'dad', 'ming'], cols: 120, rows: 30 });
    const before = app.pane('mom').split('\n').length;
    app.runner.setLive({ ...LIVE, peers: [...LIVE.peers, { id: 'p-hong-2', role: 'phone', users: ['hong'], since: 3 }] });
    await app.idle();
    expect(app.frame()).toContain('在线：主持人 · 小红×2');
    expect(app.pane('mom').split('\n').length).toBe(before - 1); // the panes gave the line a row
    expect(app.pane('mom')).toMatch(/┗━+┛/); // its bottom border still drawn
  });

  it('a presence failure is shown, and the session goes on', async () => {
    app = await renderApp({ as: 'dad', cols: 100, rows: 30 });
    app.runner.setLive({ ...LIVE, error: "EACCES: permission denied, open '/x/db.json.presence/1-ab.json'\u001b[31m" });
    await app.idle();
    expect(app.frame()).toContain('⚠ 在线状态不可用：EACCES: permission denied');
    expect(app.frame()).not.toContain('\u001b[31m');
    await app.press('dad', 'enter');
    expect(app.frame()).toContain('‹ 👥 相亲相爱一家人');
  });

  it('another terminal’s clock move is said with who moved it; the crowd’s ticks and this session’s own are not', async () => {
    const db = join(tempDir(), 'db.json');
    const init = () => initialState(bundledWorld(), 'live', parseIso(DEFAULT_START)!);
    const other = await openFileStore(db, { init });
    const mine = await openFileStore(db, { init });
    const runner = new Runner(mine, [{ user: 'dad', chat: 'group:family' }], 'zh', { cols: 100, rows: 30 }, { layout: 'phone', session: 'me' });
    runner.setLive(LIVE);
    // A lottery nobody enters: at the draw its gift comes back.
    await other.execute({ type: 'send', as: 'mom', mode: 'lottery', group: 'family', sku: 'luckin', spec: '6cups', count: 1, drawAt: parseIso(DEFAULT_START)! + HOUR });
    await other.execute({ type: 'advance', by: 5_000, mover: { session: 'host', crowd: true } });
    await runner.refresh();
    expect(runner.snapshot().ui.notice).toBeNull();
    await other.execute({ type: 'advance', by: HOUR, mover: { session: 'p-hong' } });
    await runner.refresh();
    expect(runner.snapshot().ui.notice?.text).toBe('小红 拨了时间：时间 → 01-28 21:00:05 · 1 个抽奖开奖 · 1 份礼物退回');
    // This session's own move carries its id and is not news from elsewhere.
    await runner.dispatch({ type: 'key', id: 'hour' });
    await runner.idle();
    expect(mine.state().events.at(-1)).toMatchObject({ type: 'clock', mover: { session: 'me' } });
    expect(runner.snapshot().ui.notice?.text).toBe('时间 → 01-28 22:00:05');
    // A session that has gone is another terminal.
    await other.execute({ type: 'advance', by: HOUR, mover: { session: 'gone' } });
    await runner.refresh();
    expect(runner.snapshot().ui.notice?.text).toBe('另一个终端 拨了时间：时间 → 01-28 23:00:05');
    await other.close();
    await mine.close();
  });
});
