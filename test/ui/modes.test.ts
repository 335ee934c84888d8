// Each way of giving, end to end through the keyboard: the sender's keys in the sender's pane,
// the recipients' keys in theirs, the outcome read from the panes and checked in the state.
import { afterEach, describe, expect, it } from 'vitest';
import { lastPacket, openNewestCard, openProduct, paneShows, pickSpecAndMode, renderApp, sendGrab, waitForWrapped, type AppHarness } from './helpers';

let app: AppHarness | undefined;
afterEach(() => {
  app?.unmount();
  app = undefined;
});

const USERS = ['mom', 'dad', 'ming'];

describe('modes through the keyboard', () => {
  it('direct: mom sends dad a gift with a 赠言; dad opens it in the private chat, switches the variant at the same price and accepts with an address', async () => {
    app = await renderApp({ users: USERS, cols: 120, rows: 40 });
    await openProduct(app, 'mom', 'luckin');
    await app.waitFor('选规格', { user: 'mom' });
    await pickSpecAndMode(app, 'mom', 0, 'direct');
    // compose: to, message, next
    await app.waitFor('收礼人', { user: 'mom' });
    await app.press('mom', 'enter'); // pick a friend
    await app.waitFor('送给哪位朋友', { user: 'mom' });
    await app.press('mom', 'enter'); // 爸爸, the first friend
    await app.waitFor('收礼人: 爸爸', { user: 'mom' });
    await app.press('mom', 'enter'); // the message row has the cursor: start typing
    await app.type('mom', '新年快乐老公');
    await app.press('mom', 'enter'); // done typing: cursor on next
    await app.press('mom', 'enter');
    await app.waitFor('确认送出', { user: 'mom' });
    expect(app.pane('mom')).toContain('送给 爸爸');
    expect(app.pane('mom')).toContain('新年快乐老公');
    await app.press('mom', 'enter'); // pay
    await app.waitFor('礼物已发出');

    const p = lastPacket(app);
    expect(p).toMatchObject({ mode: 'direct', sender: 'mom', to: 'dad', message: '新年快乐老公' });
    expect(app.state().wallets.mom).toBe(200000 - 1990);
    // The gift lives in the private chat, not in the group chat.
    expect(app.pane('dad')).not.toContain('新年快乐老公');
    expect(app.pane('ming')).not.toContain('新年快乐老公');

    // Dad: c opens the chat list; the private chat with mom has the newest message.
    await app.press('dad', { text: 'c' });
    await app.waitFor('👤 妈妈', { user: 'dad' });
    await app.press('dad', 'enter');
    await app.waitFor('送给你的 · 待收下', { user: 'dad' });
    expect(app.pane('dad')).toContain('妈妈：新年快乐老公');
    await openNewestCard(app, 'dad');
    await app.waitFor('换成 经典美式 6杯装', { user: 'dad' });
    // The dearer 9-cup variant is not offered: only the same price.
    expect(app.pane('dad')).not.toContain('9杯装');
    await app.press('dad', 'enter'); // switch to 经典美式
    await app.waitFor('换成 生椰拿铁 6杯装', { user: 'dad' });
    expect(app.state().packets[p.id]!.units[0]!.spec).toBe('6cups-amer');
    // options now: 换成 生椰拿铁, 换成 燕麦拿铁, 填地址，收下礼物, 返回聊天
    await app.press('dad', 'down', 'down', 'enter');
    await app.waitFor('填写收货地址', { user: 'dad' });
    await app.press('dad', 'enter'); // the first saved address
    await app.waitFor('已收下礼物', { user: 'dad' });
    expect(paneShows(app, 'dad', '经典美式 6杯装')).toBe(true);

    const unit = app.state().packets[p.id]!.units[0]!;
    expect(unit).toMatchObject({ state: 'claimed', holder: 'dad', spec: '6cups-amer' });
    expect(unit.address?.detail).toBe(app.state().users.dad!.addresses[0]!.detail);

    // After accepting the variant is locked: the card offers no switch any more.
    await app.press('dad', 'enter'); // back to the chat
    await openNewestCard(app, 'dad');
    await app.waitFor('返回聊天', { user: 'dad' });
    expect(app.pane('dad')).not.toContain('换成');

    // Mom sees the order status in her private chat with dad, never the address.
    await app.press('mom', { text: 'c' });
    await app.press('mom', 'enter');
    await app.waitFor('对方已收下', { user: 'mom' });
  });

  it('grab: the card appears in every pane; dad takes one with a saved address; the sender sees the count', async () => {
    app = await renderApp({ users: USERS, cols: 120, rows: 40 });
    await sendGrab(app, 'mom', 'chayan', 2);
    await app.waitFor('可领取 · 剩 2/2', { user: 'dad' });
    await app.waitFor('可领取 · 剩 2/2', { user: 'ming' });
    expect(app.pane('mom')).toContain('已领 0/2');
    await openNewestCard(app, 'dad');
    await app.waitFor('填地址领取', { user: 'dad' });
    await app.press('dad', 'enter');
    await app.waitFor('填写收货地址', { user: 'dad' });
    await app.press('dad', 'enter');
    await app.waitFor('抢到了', { user: 'dad' });
    await app.waitFor('已领 1/2', { user: 'mom' });
    await app.waitFor('可领取 · 剩 1/2', { user: 'ming' });
    const p = lastPacket(app);
    expect(p.units.map((u) => [u.state, u.holder])).toEqual([
      ['claimed', 'dad'],
      ['open', null],
    ]);
    expect(app.state().wallets.mom).toBe(200000 - 2 * 8800);
  });

  it('lottery: entrants join, t moves time past the draw, the winners see 你中奖了 and accept, the others see 未中奖', async () => {
    app = await renderApp({ users: ['mom', 'dad', 'ming', 'hong'], cols: 160, rows: 45, seed: 'lottery-ui' });
    await openProduct(app, 'mom', 'luckin');
    await pickSpecAndMode(app, 'mom', 0, 'lottery');
    // compose rows: count, draw, eligible, message, next
    await app.waitFor('开奖: ◀ 1小时后 ▶', { user: 'mom' });
    await app.press('mom', { text: '+' }); // 2 gifts
    await app.waitFor('份数: ◀ 2 ▶', { user: 'mom' });
    await app.press('mom', 'down', 'down', 'down', 'enter'); // message
    await app.type('mom', '新春抽奖');
    await app.press('mom', 'enter', 'enter'); // done typing, next
    await app.waitFor('1小时后开奖', { user: 'mom' });
    await app.press('mom', 'enter');
    await app.waitFor('参与抽奖 · 0人已参与', { user: 'dad' });
    const p = lastPacket(app);
    expect(p.mode).toBe('lottery');

    for (const u of ['dad', 'ming', 'hong']) {
      await openNewestCard(app, u);
      await app.waitFor('参与抽奖', { user: u });
      await app.press(u, 'enter');
      await app.waitFor('已参与抽奖，等待开奖');
      await app.press(u, 'esc');
      await app.waitFor('已参与 · ', { user: u });
    }
    expect(app.state().packets[p.id]!.lottery!.entrants).toEqual(['dad', 'ming', 'hong']);
    expect(app.pane('mom')).toContain('3人参与');

    // The presenter's key: one hour later the lottery is drawn.
    await app.press('mom', { text: 't' });
    await app.waitFor('1 个抽奖开奖');
    const lot = app.state().packets[p.id]!.lottery!;
    expect(lot.drawn).toBe(true);
    expect(lot.winners).toHaveLength(2);
    const winners = lot.winners!;
    const loser = ['dad', 'ming', 'hong'].find((u) => !winners.includes(u))!;
    for (const w of winners) await app.waitFor('你中奖了 · 待收下', { user: w });
    await app.waitFor('未中奖', { user: loser });
    expect(app.pane(loser)).not.toContain('你中奖了');

    for (const w of winners) {
      // The chat keeps the cursor on the card: Enter opens it again.
      await app.press(w, 'enter');
      await app.waitFor('填地址，收下礼物', { user: w });
      await app.press(w, 'down', 'down', 'enter'); // past the two same-price variants
      await app.waitFor('填写收货地址', { user: w });
      await app.press(w, 'enter');
      await app.waitFor('已收下礼物', { user: w });
    }
    const after = app.state().packets[p.id]!;
    expect(after.units.map((u) => [u.state, u.holder])).toEqual(winners.map((w) => ['claimed', w]));
    // The loser's card offers nothing to take.
    await app.press(loser, 'enter');
    await app.waitFor('返回聊天', { user: loser });
    expect(app.pane(loser)).toContain('未中奖');
    expect(app.pane(loser)).not.toMatch(/填地址|收下礼物|换成/);
  });

  it('lucky bag: two different gifts via a (add another gift); two members each get one of them', async () => {
    app = await renderApp({ users: USERS, cols: 120, rows: 40, seed: 'bag-ui' });
    await openProduct(app, 'mom', 'luckin');
    await pickSpecAndMode(app, 'mom', 0, 'luckybag');
    await app.waitFor('再加一件礼物', { user: 'mom' });
    await app.press('mom', { text: 'a' });
    await app.waitFor('加入礼物袋', { user: 'mom' });
    await app.press('mom', { text: '/' });
    await app.type('mom', 'guazi');
    await app.press('mom', 'enter', 'enter'); // search done, open 三胖蛋瓜子礼盒
    await app.waitFor('6罐×180g', { user: 'mom' });
    await app.press('mom', 'enter'); // its only variant: back to the bag
    await app.waitFor('三胖蛋瓜子礼盒', { user: 'mom' });
    expect(app.pane('mom')).toContain('合计 ¥159.80 · 2 份');
    // rows: item 0, item 1, add, message, next
    await app.press('mom', 'down', 'down', 'down', 'down', 'enter');
    await app.waitFor('确认送出', { user: 'mom' });
    await app.press('mom', 'enter');
    await app.waitFor('可领取 · 剩 2/2', { user: 'dad' });

    for (const u of ['dad', 'ming']) {
      await openNewestCard(app, u);
      await app.waitFor('填地址领取', { user: u });
      await app.press(u, 'enter', 'enter'); // address form, first saved address
      await app.waitFor('抢到了', { user: u });
    }
    const p = lastPacket(app);
    expect(p.mode).toBe('luckybag');
    expect(p.units.every((u) => u.state === 'claimed')).toBe(true);
    expect(new Set(p.units.map((u) => u.sku))).toEqual(new Set(['luckin', 'guazi']));
    expect(new Set(p.units.map((u) => u.holder))).toEqual(new Set(['dad', 'ming']));
    const dadGift = p.units.find((u) => u.holder === 'dad')!.sku === 'luckin' ? '瑞幸' : '三胖蛋';
    expect(app.pane('dad')).toContain(dadGift);
  });

  it('voucher: the code is shown on taking it, and redeeming it works once', async () => {
    app = await renderApp({ users: USERS, cols: 120, rows: 40 });
    await sendGrab(app, 'mom', 'heytea', 1);
    await openNewestCard(app, 'dad');
    await app.waitFor('▶ 领取', { user: 'dad' });
    expect(app.pane('dad')).not.toContain('填地址');
    await app.press('dad', 'enter');
    await app.waitFor('抢到了', { user: 'dad' });
    const unit = lastPacket(app).units[0]!;
    expect(unit.voucher).toMatch(/\S{4,}/);
    expect(paneShows(app, 'dad', `券码 ${unit.voucher}`)).toBe(true);
    expect(unit.address).toBeNull();

    await app.press('dad', 'enter'); // back to the chat, the card still selected
    await app.press('dad', 'enter');
    await app.waitFor('到店核销券码', { user: 'dad' });
    expect(paneShows(app, 'dad', unit.voucher!)).toBe(true);
    await app.press('dad', 'enter');
    await app.waitFor(`已核销 ${unit.voucher}`);
    expect(lastPacket(app).units[0]!.redeemed).toBe(true);
    await waitForWrapped(app, 'dad', `${unit.voucher} 已核销`);
    // Redeemed once: the option is gone.
    expect(app.pane('dad')).not.toContain('到店核销券码');
    // The sender never sees the code.
    expect(paneShows(app, 'mom', unit.voucher!)).toBe(false);
  });

  it('virtual: a sticker arrives on accept, no address asked', async () => {
    app = await renderApp({ users: USERS, cols: 120, rows: 40 });
    await openProduct(app, 'mom', 'sticker');
    await pickSpecAndMode(app, 'mom', 0, 'direct');
    await app.press('mom', 'enter', 'enter'); // pick 爸爸
    await app.press('mom', 'down', 'enter'); // next (no message)
    await app.waitFor('确认送出', { user: 'mom' });
    await app.press('mom', 'enter');
    await app.waitFor('礼物已发出');

    await app.press('dad', { text: 'c' });
    await app.press('dad', 'enter');
    await openNewestCard(app, 'dad');
    await app.waitFor('收下礼物', { user: 'dad' });
    expect(app.pane('dad')).not.toContain('填地址');
    // options: 换成 财神到, 换成 红包拿来, 收下礼物, 返回聊天
    await app.press('dad', 'down', 'down', 'enter');
    await app.waitFor('已收下礼物', { user: 'dad' });
    expect(app.pane('dad')).not.toContain('填写收货地址');
    const unit = lastPacket(app).units[0]!;
    expect(unit).toMatchObject({ state: 'claimed', holder: 'dad', sku: 'sticker', address: null });
    await app.press('dad', 'enter', 'enter');
    await waitForWrapped(app, 'dad', '已放入卡包');
  });
});
