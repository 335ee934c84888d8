// A grab race between two users, written from the README and docs/flow-tests.md alone: grandpa
// drops a 2-unit 群发礼物 in the family chat, dad takes one, then hong and ming both open the
// card and reach the address form before either submits. The first to submit wins the last unit.
import { Bluepacket, pane, press, state, waitFor } from 'bluepacket/testing';
import { render } from 'ink-testing-library';
import { afterEach, expect, it } from 'vitest';

let app: ReturnType<typeof render> | undefined;
afterEach(() => app?.unmount());

it('hong and ming race for the last unit: both reach the address form, hong submits first and wins, ming gets 手慢了', async () => {
  app = render(<Bluepacket users={['grandpa', 'dad', 'hong', 'ming']} seed="race" size={{ cols: 160, rows: 45 }} />);
  const before = { ...state(app).wallets };
  // the shop, the first gift and variant, 群发礼物, 份数 2, 下一步, 确认支付
  await press(app, 'grandpa', 'g', 'enter', 'enter', 'down', 'enter', '+', 'down', 'down', 'enter', 'enter');
  await waitFor(app, '可领取 · 剩 2/2', { user: 'hong' });
  await waitFor(app, '已领 0/2', { user: 'grandpa' });

  await press(app, 'dad', 'up', 'enter', 'enter', 'enter'); // open, 填地址领取, the first saved address
  await waitFor(app, '抢到了', { user: 'dad' });
  await waitFor(app, '可领取 · 剩 1/2', { user: 'ming' });

  for (const user of ['hong', 'ming']) {
    await press(app, user, 'up', 'enter', 'enter'); // open, 填地址领取
    await waitFor(app, '填写收货地址', { user });
  }
  await press(app, 'hong', 'enter'); // hong's first saved address: she is first
  await waitFor(app, '抢到了', { user: 'hong' });
  await press(app, 'ming', 'enter');
  await waitFor(app, '手慢了', { user: 'ming' });
  expect(pane(app, 'ming')).not.toContain('抢到了');
  await waitFor(app, '已领 2/2', { user: 'grandpa' });

  const [id] = state(app).order;
  const packet = state(app).packets[id!]!;
  expect(packet.units.map((u) => u.holder)).toEqual(['dad', 'hong']);
  expect(state(app).wallets.ming).toBe(before.ming); // the slow one paid nothing
  expect(state(app).wallets.grandpa).toBe(before.grandpa! - 2 * 1990); // two sets of ¥19.90, in fen
});
