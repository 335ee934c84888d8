// Taobao's 口令 gift, through the keyboard: sent from the mode screen with a typed code (the
// platform's discount on the confirm screen), its 口令 and code shown to the sender, and claimed
// with k in the pane of someone in no shared group with her — a wrong code counted (tries left),
// five lock — each refusal's trace recorded by the engine and shown at once.
import { afterEach, expect, it } from 'vitest';
import { openProduct, lastPacket, renderApp, type AppHarness } from './helpers';

let app: AppHarness | undefined;
afterEach(() => {
  app?.unmount();
  app = undefined;
});

const USERS = ['mom', 'lina', 'zhangwei'];

/** mom: 三胖蛋瓜子 ×2 as a code gift with the code typed, paid: the share screen. */
async function sendCodeGift(a: AppHarness, code: string) {
  await openProduct(a, 'mom', 'guazi');
  await a.press('mom', 'enter'); // the only variant
  await a.waitFor('怎么送', { user: 'mom' });
  await a.press('mom', 'down', 'down', 'down', 'down', 'enter'); // 口令礼物
  await a.waitFor('领取码', { user: 'mom' });
  await a.press('mom', { text: '+' }, 'down', 'enter'); // 2 gifts; the code row: type one
  await a.type('mom', code);
  await a.press('mom', 'enter', 'down', 'enter'); // the 赠言 row, 下一步
  await a.waitFor('确认支付', { user: 'mom' });
}

/** k in a pane: the share text pasted, Enter, the code typed, Enter; the first saved address. */
async function claim(a: AppHarness, user: string, share: string, code: string) {
  await a.press(user, { text: 'k' });
  await a.waitFor('输入口令', { user });
  await a.paste(user, share);
  await a.press(user, 'enter');
  await a.waitFor('领取码', { user });
  await a.type(user, code);
  await a.press(user, 'enter');
  await a.waitFor('填写收货地址', { user });
  await a.press(user, 'enter');
}

it('a code gift: the discount on the confirm screen, the 口令 to pass on, a wrong code counted with the tries left, then taken by someone in no shared group', async () => {
  app = await renderApp({ users: USERS, cols: 120, rows: 40 });
  await sendCodeGift(app, '8866');
  // 85折: the list price, the platform's 15%, what mom pays.
  expect(app.pane('mom')).toContain('标价 ¥139.90 ×2 = ¥279.80');
  expect(app.pane('mom')).toContain('平台补贴 15% −¥41.96');
  expect(app.pane('mom')).toContain('你付 ¥237.84');
  await app.press('mom', 'enter'); // pay
  await app.waitFor('口令已生成', { user: 'mom' });
  const p = lastPacket(app);
  expect(p).toMatchObject({ mode: 'code', group: null, code: { code: '8866', discount: 2098 } });
  expect(app.state().wallets.mom).toBe(200000 - 23784);
  expect(app.pane('mom')).toContain('8866');
  // The share text as the sender would copy it (wrapped in the pane): it names the packet.
  const share = app
    .pane('mom')
    .split('\n')
    .filter((l) => l.includes('│ '))
    .map((l) => l.replace(/^.*?│ /, '').replace(/\s*│.*$/, ''))
    .join('');
  expect(share).toContain(`¥${p.id}¥`);
  // No other pane ever saw the code.
  expect(app.pane('lina')).not.toContain('8866');

  // 李娜: not in mom's groups, not her friend; a typo first.
  expect(Object.values(app.state().groups).some((g) => g.members.includes('mom') && g.members.includes('lina'))).toBe(false);
  await claim(app, 'lina', share, '8686');
  await app.waitFor('还能试 4 次', { user: 'lina' });
  expect(app.state().packets[p.id]!.code!.wrong).toEqual({ lina: 1 });
  expect(app.state().packets[p.id]!.units.every((u) => u.state === 'open')).toBe(true);
  // The code field has the keyboard again: the right one, the address, 已收下.
  await app.type('lina', '8866');
  await app.press('lina', 'enter');
  await app.waitFor('填写收货地址', { user: 'lina' });
  await app.press('lina', 'enter');
  await app.waitFor('已收下礼物', { user: 'lina' });
  expect(app.state().packets[p.id]!.units[0]).toMatchObject({ state: 'claimed', holder: 'lina' });
  // The sender's card says who got a code wrong, never what they typed.
  await app.press('lina', 'enter');
  await app.press('mom', 'enter', { text: 'c' });
  await app.waitFor('🔑 口令礼物 · 妈妈', { user: 'mom' });
});

it('five wrong codes lock: the tries left count down, and the right code after is CODE_LOCKED', async () => {
  app = await renderApp({ users: USERS, cols: 120, rows: 40 });
  await sendCodeGift(app, '8866');
  await app.press('mom', 'enter');
  await app.waitFor('口令已生成', { user: 'mom' });
  const id = lastPacket(app).id;
  await claim(app, 'zhangwei', `¥${id}¥`, '1111');
  for (let left = 4; left >= 1; left--) {
    await app.waitFor(`还能试 ${left} 次`, { user: 'zhangwei' });
    await app.type('zhangwei', '1111');
    await app.press('zhangwei', 'enter');
    await app.waitFor('填写收货地址', { user: 'zhangwei' });
    await app.press('zhangwei', 'enter');
  }
  await app.waitFor('错了 5 次，已锁定', { user: 'zhangwei' });
  expect(app.state().packets[id]!.code!.wrong).toEqual({ zhangwei: 5 });
  // The right code now: the engine says CODE_LOCKED, and counts nothing more.
  await app.press('zhangwei', 'up', 'enter');
  await app.type('zhangwei', '8866');
  await app.press('zhangwei', 'enter');
  await app.waitFor('填写收货地址', { user: 'zhangwei' });
  await app.press('zhangwei', 'enter');
  await app.waitFor('码对了也不能再领', { user: 'zhangwei' });
  expect(app.state().packets[id]!.code!.wrong).toEqual({ zhangwei: 5 });
  expect(app.state().packets[id]!.units.every((u) => u.state === 'open')).toBe(true);
});
