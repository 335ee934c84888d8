// The last unit raced for by two members, and the 24 h refund of a grab nobody took.
import { advance, Bluepacket, pane, press, state, waitFor } from 'bluepacket/testing';
import { render } from 'ink-testing-library';
import { afterEach, expect, it } from 'vitest';
import { lastPacket, openNewestCard, sendGrab } from './helpers';

let app: ReturnType<typeof render> | undefined;
afterEach(() => {
  app?.unmount();
  app = undefined;
});

it('two members race for the last unit: both reach the address form, the first to submit wins, the second gets 手慢了', async () => {
  app = render(<Bluepacket users={['mom', 'dad', 'ming']} size={{ cols: 120, rows: 40 }} />);
  await sendGrab(app, 'mom', 'chayan', 1);
  // Both open the card and get to the address form before either submits.
  for (const u of ['dad', 'ming']) {
    await openNewestCard(app, u);
    await press(app, u, 'enter');
    await waitFor(app, '填写收货地址', { user: u });
  }
  await press(app, 'dad', 'enter'); // saved address: dad is first
  await waitFor(app, '抢到了', { user: 'dad' });
  await press(app, 'ming', 'enter');
  await waitFor(app, '手慢了', { user: 'ming' });
  expect(pane(app, 'ming')).toContain('礼物已被领完');
  expect(pane(app, 'ming')).not.toContain('抢到了');

  const p = lastPacket(app);
  expect(p.units).toHaveLength(1);
  expect(p.units[0]).toMatchObject({ state: 'claimed', holder: 'dad' });
  // Ming paid nothing and holds nothing; back in the chat the card says it is gone.
  await press(app, 'ming', 'enter');
  await waitFor(app, '手慢了 · 已领完', { user: 'ming' });
  await waitFor(app, '已领 1/1', { user: 'mom' });
});

it('a grab left unclaimed for 24 h: the card shows it expired and refunded, the wallet is back, a system line says so', async () => {
  app = render(<Bluepacket users={['mom', 'dad', 'ming']} size={{ cols: 120, rows: 40 }} />);
  const before = state(app).wallets.mom!;
  await sendGrab(app, 'mom', 'luckin', 2);
  expect(state(app).wallets.mom).toBe(before - 2 * 1990);
  await waitFor(app, '¥1,960.20', { user: 'mom' });

  // 23½ hours (1410 min): still there to take.
  await advance(app, '1410m');
  await waitFor(app, '可领取 · 剩 2/2', { user: 'dad' });
  expect(pane(app, 'mom')).not.toContain('礼物已过期');
  // Past the 24 h, by the presenter's key (t = +1 h).
  await press(app, 'mom', 't');
  await waitFor(app, '2 份礼物退回');

  await waitFor(app, '已过期 · 已退回', { user: 'mom' });
  // Refunded unit by unit (two refund events), told in one system line, to the sender only.
  expect(state(app).events.filter((e) => e.type === 'refunded')).toHaveLength(2);
  await waitFor(app, '↩ 2 份礼物已过期，已退回 ¥39.80', { user: 'mom' });
  expect(pane(app, 'mom').split('礼物已过期')).toHaveLength(2);
  expect(pane(app, 'mom')).toContain('¥2,000.00');
  expect(state(app).wallets.mom).toBe(before);
  // The other members see it expired, and not the sender's refund line.
  await waitFor(app, '已过期', { user: 'dad' });
  expect(pane(app, 'dad')).not.toContain('已退回 ¥');
  expect(pane(app, 'dad')).not.toContain('可领取');

  const p = lastPacket(app);
  expect(p.units.map((u) => u.state)).toEqual(['refunded', 'refunded']);
  // Opening it now says so, and nothing can be taken.
  await openNewestCard(app, 'dad');
  await waitFor(app, '返回聊天', { user: 'dad' });
  expect(pane(app, 'dad')).not.toContain('填地址领取');
});
