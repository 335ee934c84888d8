// After the gift and seed 2's restraint, through the keyboard: 我的订单 (o) with the order on the
// clock, the address in the recipient's pane only (every frame, the orders view included),
// after-sales and its refusals; the settings panel (s) switching mutual-friends-only off so a
// one-sided friend's gift goes through, and the daily cap said where it refuses.
import { afterEach, expect, it } from 'vitest';
import { ADDRESS_SECRETS, openNewestCard, openProduct, renderApp, TYPED_ADDRESS, waitForWrapped, wordsOnlyInPane, type AppHarness } from './helpers';

let app: AppHarness | undefined;
afterEach(() => {
  app?.unmount();
  app = undefined;
});

const { name: NAME, phone: PHONE, detail: DETAIL } = TYPED_ADDRESS;

it('an order: accepted with a typed address, shipped and delivered on the clock, refunded by after-sales from 我的订单; the address never in the sender\'s pane', async () => {
  const users = ['grandpa', 'ming', 'hong'];
  const cols = 120;
  const rows = 40;
  app = await renderApp({ users, cols, rows });
  const sent = await app.runner.run({ type: 'send', as: 'grandpa', mode: 'direct', to: 'ming', sku: 'nuts', spec: 'big', message: '过年多吃点' });
  const id = String(sent.ok && sent.result?.packet);
  await app.idle();
  // Before accepting: NOT_ACCEPTED, said in the order.
  await app.press('ming', { text: 'o' });
  await app.waitFor('待收下', { user: 'ming' });
  await app.press('ming', 'enter', 'enter');
  await app.waitFor('收下之后才能申请售后', { user: 'ming' });
  // Accept in the private chat with a typed address.
  await app.press('ming', 'down', 'enter', 'esc', { text: 'c' });
  await app.waitFor('👤 爷爷', { user: 'ming' });
  await app.press('ming', 'enter'); // the newest chat first: the one with grandpa's gift
  await openNewestCard(app, 'ming');
  await app.press('ming', 'enter'); // 填地址，收下礼物
  await app.waitFor('填写收货地址', { user: 'ming' });
  const saved = app.state().users.ming!.addresses.length;
  for (let i = 0; i < saved; i++) await app.press('ming', 'down');
  await app.press('ming', 'enter');
  for (const [i, v] of [NAME, PHONE, TYPED_ADDRESS.region, DETAIL].entries()) {
    await app.type('ming', v);
    if (i < 3) await app.press('ming', 'enter');
  }
  await app.press('ming', 'enter');
  await app.waitFor('已收下礼物', { user: 'ming' });
  await app.press('ming', 'enter');

  // Two hours on (t t): shipped. Both open the order.
  await app.advance('2h');
  await app.press('ming', { text: 'o' }, 'enter');
  await app.waitFor('✓ 已发货', { user: 'ming' });
  expect(app.pane('ming')).toContain(NAME);
  expect(app.pane('ming')).toContain('· 已送达 预计');
  await app.press('grandpa', { text: 'o' }, 'right', 'enter');
  await app.waitFor('收货地址仅收礼人可见', { user: 'grandpa' });
  expect(app.pane('grandpa')).toContain('小明 · 已发货');
  await app.press('grandpa', 'enter'); // back to the list
  // Delivered, then after-sales from the order: the money goes back to grandpa.
  await app.advance('46h');
  await app.press('ming', 'esc', 'enter');
  await app.waitFor('✓ 已送达', { user: 'ming' });
  const wallet = app.state().wallets.grandpa!;
  await app.press('ming', 'enter');
  await app.waitFor('已退款：¥169.00 原路退回 爷爷', { user: 'ming' });
  expect(app.state().wallets.grandpa).toBe(wallet + 16900);
  expect(app.state().packets[id]!.units[0]!.order).toBe('refunded');
  await app.press('ming', 'enter');
  await app.waitFor('已经售后退款过了', { user: 'ming' });
  await app.press('grandpa', 'enter');
  await app.waitFor('小明 · 已退款', { user: 'grandpa' });

  // Every frame, the timeline too: the address in ming's pane only.
  expect(wordsOnlyInPane(app, ADDRESS_SECRETS, users.indexOf('ming'), users.length, { everywhere: true })).toBeGreaterThan(5);
});

it('restraint: a one-sided friend refused (who has not added whom), the settings panel turns mutual-friends-only off, the gift goes; the daily cap said where it refuses', async () => {
  app = await renderApp({ users: ['zhangwei', 'ming', 'mom'], cols: 120, rows: 40 });
  const sticker = async () => {
    await openProduct(app!, 'zhangwei', 'sticker');
    await app!.press('zhangwei', 'enter', 'enter', 'enter'); // the first variant, 送给朋友, pick a friend
    await app!.waitFor('送给哪位朋友', { user: 'zhangwei' });
    await app!.press('zhangwei', 'enter', 'down', 'enter'); // 小明, 下一步
    await app!.waitFor('确认支付', { user: 'zhangwei' });
    await app!.press('zhangwei', 'enter');
  };
  await sticker();
  await waitForWrapped(app, 'zhangwei', '小明没有加你为好友（单向好友）');
  expect(app.state().order).toHaveLength(0);
  await app.press('zhangwei', 'down', 'enter', 'esc', 'esc', 'esc', 'esc');

  // s in mom's pane: 仅限双向好友 off, 应用设置.
  await app.press('mom', { text: 's' });
  await app.waitFor('仅限双向好友', { user: 'mom' });
  await app.press('mom', 'down', 'enter');
  await app.waitFor('改动还没应用', { user: 'mom' });
  await app.press('mom', 'down', 'down', 'down', 'down', 'enter');
  await app.waitFor('单向好友也可送');
  expect(app.state().settings.mutualFriendsOnly).toBe(false);
  expect(app.state().settings.dailySendLimit).toBe(8); // untouched: not sent
  const change = app.state().events.at(-1)!;
  expect(change).toMatchObject({ type: 'settings', changes: { mutualFriendsOnly: false } });

  await sticker();
  await app.waitFor('礼物已发出');
  expect(app.state().packets[app.state().order[0]!]).toMatchObject({ sender: 'zhangwei', to: 'ming' });

  // The cap down to 1 on the panel: zhangwei's second gift is refused, and says why.
  await app.press('mom', 'up', 'up', 'up', 'up', 'up');
  for (let i = 0; i < 7; i++) await app.press('mom', 'left');
  await app.press('mom', 'down', 'down', 'down', 'down', 'down', 'enter');
  await app.waitFor('每人每天最多送 1 次');
  await sticker();
  await waitForWrapped(app, 'zhangwei', '已送 1/1 · 明天 00:00 重置');
  expect(app.state().order).toHaveLength(1);
});
