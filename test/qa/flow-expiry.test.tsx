// test/qa/flow-expiry.test.tsx
import { advance, Bluepacket, press, state, waitFor } from 'bluepacket/testing';
import { render } from 'ink-testing-library';
import { expect, it } from 'vitest';

it('a grab nobody takes is refunded after 24 hours', async () => {
  const app = render(<Bluepacket users={['mom', 'dad']} seed="qa" size={{ cols: 120, rows: 40 }} />);
  await press(app, 'mom', 'g', 'enter', 'enter', 'down', 'enter', 'down', 'down', 'enter', 'enter');
  expect(state(app).wallets.mom).toBe(200000 - 1990); // fen: ¥19.90 in escrow
  await advance(app, '23h');
  await waitFor(app, '可领取 · 剩 1/1', { user: 'dad' });
  await advance(app, '1h'); // 24 h after sending: expired, refunded
  await waitFor(app, '已过期 · 已退回', { user: 'mom' });
  expect(state(app).wallets.mom).toBe(200000);
  app.unmount();
});
