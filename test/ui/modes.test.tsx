// Each way of giving, end to end through the keyboard, the way QA writes a flow test:
// ink-testing-library's render of <Bluepacket/> and the helpers of bluepacket/testing. The
// sender's keys in the sender's pane, the recipients' keys in theirs, the outcome read from the
// panes and checked in the state.
import { Bluepacket, pane, press, state, typeText, waitFor } from 'bluepacket/testing';
import { render } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { lastPacket, openNewestCard, openProduct, paneShows, pickSpecAndMode, sendGrab, waitForWrapped } from './helpers';

let app: ReturnType<typeof render> | undefined;
afterEach(() => {
  app?.unmount();
  app = undefined;
});

const USERS = ['mom', 'dad', 'ming'];

describe('modes through the keyboard', () => {
  it('direct: mom sends dad a gift with a 赠言; dad opens it in the private chat, switches the variant at the same price and accepts with an address', async () => {
    app = render(<Bluepacket users={USERS} size={{ cols: 120, rows: 40 }} />);
    await openProduct(app, 'mom', 'luckin');
    await waitFor(app, '选规格', { user: 'mom' });
    await pickSpecAndMode(app, 'mom', 0, 'direct');
    // compose: to, message, next
    await waitFor(app, '收礼人', { user: 'mom' });
    await press(app, 'mom', 'enter'); // pick a friend
    await waitFor(app, '送给哪位朋友', { user: 'mom' });
    await press(app, 'mom', 'enter'); // 爸爸, the first friend
    await waitFor(app, '收礼人: 爸爸', { user: 'mom' });
    await press(app, 'mom', 'enter'); // the message row has the cursor: start typing
    await typeText(app, 'mom', '新年快乐老公');
    await press(app, 'mom', 'enter'); // done typing: cursor on next
    await press(app, 'mom', 'enter');
    await waitFor(app, '确认送出', { user: 'mom' });
    expect(pane(app, 'mom')).toContain('送给 爸爸');
    expect(pane(app, 'mom')).toContain('新年快乐老公');
    await press(app, 'mom', 'enter'); // pay
    await waitFor(app, '礼物已发出');

    const p = lastPacket(app);
    expect(p).toMatchObject({ mode: 'direct', sender: 'mom', to: 'dad', message: '新年快乐老公' });
    expect(state(app).wallets.mom).toBe(200000 - 1990);
    // The gift lives in the private chat, not in the group chat.
    expect(pane(app, 'dad')).not.toContain('新年快乐老公');
    expect(pane(app, 'ming')).not.toContain('新年快乐老公');

    // Dad: c opens the chat list; the private chat with mom has the newest message.
    await press(app, 'dad', 'c');
    await waitFor(app, '👤 妈妈', { user: 'dad' });
    await press(app, 'dad', 'enter');
    await waitFor(app, '送给你的 · 待收下', { user: 'dad' });
    expect(pane(app, 'dad')).toContain('妈妈：新年快乐老公');
    await openNewestCard(app, 'dad');
    await waitFor(app, '换成 经典美式 6杯装', { user: 'dad' });
    // The dearer 9-cup variant is not offered: only the same price.
    expect(pane(app, 'dad')).not.toContain('9杯装');
    await press(app, 'dad', 'enter'); // switch to 经典美式
    await waitFor(app, '换成 生椰拿铁 6杯装', { user: 'dad' });
    expect(state(app).packets[p.id]!.units[0]!.spec).toBe('6cups-amer');
    // options now: 换成 生椰拿铁, 换成 燕麦拿铁, 填地址，收下礼物, 返回聊天
    await press(app, 'dad', 'down', 'down', 'enter');
    await waitFor(app, '填写收货地址', { user: 'dad' });
    await press(app, 'dad', 'enter'); // the first saved address
    await waitFor(app, '已收下礼物', { user: 'dad' });
    expect(paneShows(app, 'dad', '经典美式 6杯装')).toBe(true);

    const unit = state(app).packets[p.id]!.units[0]!;
    expect(unit).toMatchObject({ state: 'claimed', holder: 'dad', spec: '6cups-amer' });
    expect(unit.address?.detail).toBe(state(app).users.dad!.addresses[0]!.detail);

    // After accepting the variant is locked: the card offers no switch any more.
    await press(app, 'dad', 'enter'); // back to the chat
    await openNewestCard(app, 'dad');
    await waitFor(app, '返回聊天', { user: 'dad' });
    expect(pane(app, 'dad')).not.toContain('换成');

    // Mom sees the order status in her private chat with dad, never the address.
    await press(app, 'mom', 'c');
    await press(app, 'mom', 'enter');
    await waitFor(app, '对方已收下', { user: 'mom' });
  });

  it('grab: the card appears in every pane; dad takes one with a saved address; the sender sees the count', async () => {
    app = render(<Bluepacket users={USERS} size={{ cols: 120, rows: 40 }} />);
    await sendGrab(app, 'mom', 'chayan', 2);
    await waitFor(app, '可领取 · 剩 2/2', { user: 'dad' });
    await waitFor(app, '可领取 · 剩 2/2', { user: 'ming' });
    expect(pane(app, 'mom')).toContain('已领 0/2');
    await openNewestCard(app, 'dad');
    await waitFor(app, '填地址领取', { user: 'dad' });
    await press(app, 'dad', 'enter');
    await waitFor(app, '填写收货地址', { user: 'dad' });
    await press(app, 'dad', 'enter');
    await waitFor(app, '抢到了', { user: 'dad' });
    await waitFor(app, '已领 1/2', { user: 'mom' });
    await waitFor(app, '可领取 · 剩 1/2', { user: 'ming' });
    const p = lastPacket(app);
    expect(p.units.map((u) => [u.state, u.holder])).toEqual([
      ['claimed', 'dad'],
      ['open', null],
    ]);
    expect(state(app).wallets.mom).toBe(200000 - 2 * 8800);
  });

  it('lottery: entrants join, t moves time past the draw, the winners see 你中奖了 and accept, the others see 未中奖', async () => {
    app = render(<Bluepacket users={['mom', 'dad', 'ming', 'hong']} seed="lottery-ui" size={{ cols: 160, rows: 45 }} />);
    await openProduct(app, 'mom', 'luckin');
    await pickSpecAndMode(app, 'mom', 0, 'lottery');
    // compose rows: count, draw, eligible, message, next
    await waitFor(app, '开奖: ◀ 1小时后 ▶', { user: 'mom' });
    await press(app, 'mom', '+'); // 2 gifts
    await waitFor(app, '份数: ◀ 2 ▶', { user: 'mom' });
    await press(app, 'mom', 'down', 'down', 'down', 'enter'); // message
    await typeText(app, 'mom', '新春抽奖');
    await press(app, 'mom', 'enter', 'enter'); // done typing, next
    await waitFor(app, '1小时后开奖', { user: 'mom' });
    await press(app, 'mom', 'enter');
    await waitFor(app, '参与抽奖 · 0人已参与', { user: 'dad' });
    const p = lastPacket(app);
    expect(p.mode).toBe('lottery');

    for (const u of ['dad', 'ming', 'hong']) {
      await openNewestCard(app, u);
      await waitFor(app, '参与抽奖', { user: u });
      await press(app, u, 'enter');
      await waitFor(app, '已参与抽奖，等待开奖');
      await press(app, u, 'esc');
      await waitFor(app, '已参与 · ', { user: u });
    }
    expect(state(app).packets[p.id]!.lottery!.entrants).toEqual(['dad', 'ming', 'hong']);
    expect(pane(app, 'mom')).toContain('3人参与');

    // The presenter's key: one hour later the lottery is drawn.
    await press(app, 'mom', 't');
    await waitFor(app, '1 个抽奖开奖');
    const lot = state(app).packets[p.id]!.lottery!;
    expect(lot.drawn).toBe(true);
    expect(lot.winners).toHaveLength(2);
    const winners = lot.winners!;
    const loser = ['dad', 'ming', 'hong'].find((u) => !winners.includes(u))!;
    for (const w of winners) await waitFor(app, '你中奖了 · 待收下', { user: w });
    await waitFor(app, '未中奖', { user: loser });
    expect(pane(app, loser)).not.toContain('你中奖了');

    for (const w of winners) {
      // The chat keeps the cursor on the card: Enter opens it again.
      await press(app, w, 'enter');
      await waitFor(app, '填地址，收下礼物', { user: w });
      await press(app, w, 'down', 'down', 'enter'); // past the two same-price variants
      await waitFor(app, '填写收货地址', { user: w });
      await press(app, w, 'enter');
      await waitFor(app, '已收下礼物', { user: w });
    }
    const after = state(app).packets[p.id]!;
    expect(after.units.map((u) => [u.state, u.holder])).toEqual(winners.map((w) => ['claimed', w]));
    // The loser's card offers nothing to take.
    await press(app, loser, 'enter');
    await waitFor(app, '返回聊天', { user: loser });
    expect(pane(app, loser)).toContain('未中奖');
    expect(pane(app, loser)).not.toMatch(/填地址|收下礼物|换成/);
  });

  it('lucky bag: two different gifts via a (add another gift); two members each get one of them', async () => {
    app = render(<Bluepacket users={USERS} seed="bag-ui" size={{ cols: 120, rows: 40 }} />);
    await openProduct(app, 'mom', 'luckin');
    await pickSpecAndMode(app, 'mom', 0, 'luckybag');
    await waitFor(app, '再加一件礼物', { user: 'mom' });
    await press(app, 'mom', 'a');
    await waitFor(app, '加入礼物袋', { user: 'mom' });
    await press(app, 'mom', '/');
    await typeText(app, 'mom', 'guazi');
    await press(app, 'mom', 'enter', 'enter'); // search done, open 三胖蛋瓜子礼盒
    await waitFor(app, '6罐×180g', { user: 'mom' });
    await press(app, 'mom', 'enter'); // its only variant: back to the bag
    await waitFor(app, '三胖蛋瓜子礼盒', { user: 'mom' });
    expect(pane(app, 'mom')).toContain('合计 ¥159.80 · 2 份');
    // rows: item 0, item 1, add, message, next
    await press(app, 'mom', 'down', 'down', 'down', 'down', 'enter');
    await waitFor(app, '确认送出', { user: 'mom' });
    await press(app, 'mom', 'enter');
    await waitFor(app, '可领取 · 剩 2/2', { user: 'dad' });

    for (const u of ['dad', 'ming']) {
      await openNewestCard(app, u);
      await waitFor(app, '填地址领取', { user: u });
      await press(app, u, 'enter', 'enter'); // address form, first saved address
      await waitFor(app, '抢到了', { user: u });
    }
    const p = lastPacket(app);
    expect(p.mode).toBe('luckybag');
    expect(p.units.every((u) => u.state === 'claimed')).toBe(true);
    expect(new Set(p.units.map((u) => u.sku))).toEqual(new Set(['luckin', 'guazi']));
    expect(new Set(p.units.map((u) => u.holder))).toEqual(new Set(['dad', 'ming']));
    const dadGift = p.units.find((u) => u.holder === 'dad')!.sku === 'luckin' ? '瑞幸' : '三胖蛋';
    expect(pane(app, 'dad')).toContain(dadGift);
  });

  it('voucher: the code is shown on taking it, and redeeming it works once', async () => {
    app = render(<Bluepacket users={USERS} size={{ cols: 120, rows: 40 }} />);
    await sendGrab(app, 'mom', 'heytea', 1);
    await openNewestCard(app, 'dad');
    await waitFor(app, '▶ 领取', { user: 'dad' });
    expect(pane(app, 'dad')).not.toContain('填地址');
    await press(app, 'dad', 'enter');
    await waitFor(app, '抢到了', { user: 'dad' });
    const unit = lastPacket(app).units[0]!;
    expect(unit.voucher).toMatch(/\S{4,}/);
    expect(paneShows(app, 'dad', `券码 ${unit.voucher}`)).toBe(true);
    expect(unit.address).toBeNull();

    await press(app, 'dad', 'enter'); // back to the chat, the card still selected
    await press(app, 'dad', 'enter');
    await waitFor(app, '到店核销券码', { user: 'dad' });
    expect(paneShows(app, 'dad', unit.voucher!)).toBe(true);
    await press(app, 'dad', 'enter');
    await waitFor(app, `已核销 ${unit.voucher}`);
    expect(lastPacket(app).units[0]!.redeemed).toBe(true);
    await waitForWrapped(app, 'dad', `${unit.voucher} 已核销`);
    // Redeemed once: the option is gone.
    expect(pane(app, 'dad')).not.toContain('到店核销券码');
    // The sender never sees the code.
    expect(paneShows(app, 'mom', unit.voucher!)).toBe(false);
  });

  it('virtual: a sticker arrives on accept, no address asked', async () => {
    app = render(<Bluepacket users={USERS} size={{ cols: 120, rows: 40 }} />);
    await openProduct(app, 'mom', 'sticker');
    await pickSpecAndMode(app, 'mom', 0, 'direct');
    await press(app, 'mom', 'enter', 'enter'); // pick 爸爸
    await press(app, 'mom', 'down', 'enter'); // next (no message)
    await waitFor(app, '确认送出', { user: 'mom' });
    await press(app, 'mom', 'enter');
    await waitFor(app, '礼物已发出');

    await press(app, 'dad', 'c');
    await press(app, 'dad', 'enter');
    await openNewestCard(app, 'dad');
    await waitFor(app, '收下礼物', { user: 'dad' });
    expect(pane(app, 'dad')).not.toContain('填地址');
    // options: 换成 财神到, 换成 红包拿来, 收下礼物, 返回聊天
    await press(app, 'dad', 'down', 'down', 'enter');
    await waitFor(app, '已收下礼物', { user: 'dad' });
    expect(pane(app, 'dad')).not.toContain('填写收货地址');
    const unit = lastPacket(app).units[0]!;
    expect(unit).toMatchObject({ state: 'claimed', holder: 'dad', sku: 'sticker', address: null });
    await press(app, 'dad', 'enter', 'enter');
    await waitForWrapped(app, 'dad', '已放入卡包');
  });
});
