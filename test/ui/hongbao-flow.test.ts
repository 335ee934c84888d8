// 红包 beside 蓝包, through the keyboard: a red packet sent from the shop's 红包 tab, opened and
// taken by one key in the other panes (the amount the engine drew), 手慢了 when it is empty, and
// the claimants with 手气最佳 once it is over.
import { afterEach, expect, it } from 'vitest';
import { bestLuckUnit } from '../../src/domain/views';
import { yuan } from '../../src/domain/money';
import { lastPacket, openNewestCard, renderApp, type AppHarness } from './helpers';

let app: AppHarness | undefined;
afterEach(() => {
  app?.unmount();
  app = undefined;
});

const USERS = ['mom', 'dad', 'ming'];

/** g ←: the red tab; Enter: the form; the amount typed, the count, the split, a message; pay. */
async function sendRed(a: AppHarness, user: string, amount: string, count: number, opts: { equal?: boolean; message?: string } = {}) {
  await a.press(user, { text: 'g' }, 'left');
  await a.waitFor('发红包', { user });
  await a.press(user, 'enter'); // the form: the amount row
  await a.waitFor('红包个数', { user });
  await a.press(user, 'enter');
  await a.type(user, amount);
  await a.press(user, 'enter'); // on to the count
  for (let i = 1; i < count; i++) await a.press(user, { text: '+' });
  await a.press(user, 'down');
  if (opts.equal) await a.press(user, 'right');
  await a.press(user, 'down');
  if (opts.message) {
    await a.press(user, 'enter');
    await a.type(user, opts.message);
    await a.press(user, 'enter'); // done typing: the cursor on 下一步
  } else await a.press(user, 'down');
  await a.press(user, 'enter');
  await a.waitFor('确认支付', { user });
  await a.press(user, 'enter');
  await a.waitFor('红包已发出');
}

it('a lucky red packet: sent by keys from the shop, opened by Enter in the other panes, the amounts the engine drew, 手气最佳 once it is over', async () => {
  app = await renderApp({ users: USERS, cols: 120, rows: 40 });
  await sendRed(app, 'mom', '8.88', 2, { message: '拼手气' });
  const p = lastPacket(app);
  expect(p).toMatchObject({ mode: 'redpacket', sender: 'mom', group: 'family', red: { amount: 888, split: 'lucky' }, message: '拼手气' });
  expect(app.state().wallets.mom).toBe(200000 - 888);
  // A red card in every pane: taken by one key.
  await app.waitFor('领取红包 · 剩 2/2', { user: 'dad' });
  await openNewestCard(app, 'dad');
  await app.waitFor('已存入零钱', { user: 'dad' });
  const dadGot = app.state().packets[p.id]!.units.find((u) => u.holder === 'dad')!.amount!;
  expect(app.pane('dad')).toContain(yuan(dadGot));
  expect(app.state().wallets.dad).toBe(300000 + dadGot);
  // Not over yet: no 手气最佳.
  expect(app.pane('dad')).not.toContain('手气最佳');
  await app.press('dad', 'enter'); // back to the chat
  await openNewestCard(app, 'ming');
  await app.waitFor('已存入零钱', { user: 'ming' });
  const mingGot = app.state().packets[p.id]!.units.find((u) => u.holder === 'ming')!.amount!;
  expect(dadGot + mingGot).toBe(888);
  // Over: the best luck is marked on the opened packet and on its claimant's card.
  await app.waitFor('手气最佳', { user: 'ming' });
  const best = app.state().packets[p.id]!.units[bestLuckUnit(app.state().packets[p.id]!)]!.holder!;
  await app.press('ming', 'enter');
  await app.waitFor(`已领 ${yuan(best === 'dad' ? dadGot : mingGot)} · 手气最佳`, { user: best });
  // The sender opens it: 你发的红包 and every claimant.
  await openNewestCard(app, 'mom');
  await app.waitFor('你发的红包', { user: 'mom' });
  expect(app.pane('mom')).toContain('已领取 2/2 个');
  expect(app.pane('mom')).toContain('👑 手气最佳');
  // Enter on a red packet one has taken: it shows what they got, and takes nothing more.
  const events = app.state().events.length;
  await app.press('dad', 'up', 'enter');
  await app.waitFor(yuan(dadGot), { user: 'dad' });
  expect(app.state().events.slice(events).some((e) => e.type === 'claimed')).toBe(false);
});

it('an equal red packet of 1: the first to open takes it, the next sees 手慢了，红包派完了; an amount over ¥200 is refused with why', async () => {
  app = await renderApp({ users: USERS, cols: 120, rows: 40 });
  await sendRed(app, 'mom', '5', 1, { equal: true });
  expect(lastPacket(app).red).toEqual({ amount: 500, split: 'equal' });
  await openNewestCard(app, 'dad');
  await app.waitFor('¥5.00', { user: 'dad' });
  await openNewestCard(app, 'ming');
  await app.waitFor('手慢了，红包派完了', { user: 'ming' });
  expect(app.pane('ming')).toContain('爸爸');
  expect(app.state().wallets.ming).toBe(80000);

  // ¥300 in 2: the engine's BAD_AMOUNT, said on the confirm screen with what was asked.
  await app.press('ming', 'enter');
  await app.press('mom', { text: 'g' }, 'left', 'enter', 'enter');
  await app.type('mom', '300');
  await app.press('mom', 'enter', { text: '+' }, 'down', 'down', 'down', 'enter');
  await app.waitFor('确认支付', { user: 'mom' });
  await app.press('mom', 'enter');
  await app.waitFor('你填了 ¥300.00 分 2 个', { user: 'mom' });
  expect(app.state().order).toHaveLength(1); // refused: nothing sent
});
