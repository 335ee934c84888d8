// The last unit raced for by two members, and the 24 h refund of a grab nobody took.
import { afterEach, expect, it } from 'vitest';
import { lastPacket, openNewestCard, renderApp, sendGrab, type AppHarness } from './helpers';

let app: AppHarness | undefined;
afterEach(() => {
  app?.unmount();
  app = undefined;
});

it('two members race for the last unit: both reach the address form, the first to submit wins, the second gets 手慢了', async () => {
  app = await renderApp({ users: ['mom', 'dad', 'ming'], cols: 120, rows: 40 });
  await sendGrab(app, 'mom', 'chayan', 1);
  // Both open the card and get to the address form before either submits.
  for (const u of ['dad', 'ming']) {
    await openNewestCard(app, u);
    await app.press(u, 'enter');
    await app.waitFor('填写收货地址', { user: u });
  }
  await app.press('dad', 'enter'); // saved address: dad is first
  await app.waitFor('抢到了', { user: 'dad' });
  await app.press('ming', 'enter');
  await app.waitFor('手慢了', { user: 'ming' });
  expect(app.pane('ming')).toContain('礼物已被领完');
  expect(app.pane('ming')).not.toContain('抢到了');

  const p = lastPacket(app);
  expect(p.units).toHaveLength(1);
  expect(p.units[0]).toMatchObject({ state: 'claimed', holder: 'dad' });
  // Ming paid nothing and holds nothing; back in the chat the card says it is gone.
  await app.press('ming', 'enter');
  await app.waitFor('手慢了 · 已领完', { user: 'ming' });
  await app.waitFor('已领 1/1', { user: 'mom' });
});

it('a grab left unclaimed for 24 h: the card shows it expired and refunded, the wallet is back, a system line says so', async () => {
  app = await renderApp({ users: ['mom', 'dad', 'ming'], cols: 120, rows: 40 });
  const before = app.state().wallets.mom!;
  await sendGrab(app, 'mom', 'luckin', 2);
  expect(app.state().wallets.mom).toBe(before - 2 * 1990);
  await app.waitFor('¥1,960.20', { user: 'mom' });

  // 23½ hours (1410 min): still there to take.
  await app.advance('1410m');
  await app.waitFor('可领取 · 剩 2/2', { user: 'dad' });
  expect(app.pane('mom')).not.toContain('礼物已过期');
  // Past the 24 h, by the presenter's key (t = +1 h).
  await app.press('mom', { text: 't' });
  await app.waitFor('2 份礼物退回');

  await app.waitFor('已过期 · 已退回', { user: 'mom' });
  // Refunded unit by unit (two refund events), told in one system line, to the sender only.
  expect(app.state().events.filter((e) => e.type === 'refunded')).toHaveLength(2);
  await app.waitFor('↩ 2 份礼物已过期，已退回 ¥39.80', { user: 'mom' });
  expect(app.pane('mom').split('礼物已过期')).toHaveLength(2);
  expect(app.pane('mom')).toContain('¥2,000.00');
  expect(app.state().wallets.mom).toBe(before);
  // The other members see it expired, and not the sender's refund line.
  await app.waitFor('已过期', { user: 'dad' });
  expect(app.pane('dad')).not.toContain('已退回 ¥');
  expect(app.pane('dad')).not.toContain('可领取');

  const p = lastPacket(app);
  expect(p.units.map((u) => u.state)).toEqual(['refunded', 'refunded']);
  // Opening it now says so, and nothing can be taken.
  await openNewestCard(app, 'dad');
  await app.waitFor('返回聊天', { user: 'dad' });
  expect(app.pane('dad')).not.toContain('填地址领取');
});
