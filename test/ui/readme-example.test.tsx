// test/ui/readme-example.test.tsx
import { Bluepacket, pane, press, waitFor } from 'bluepacket/testing';
import { render } from 'ink-testing-library';
import { expect, it } from 'vitest';

it('dad wins the last unit, ming is too slow', async () => {
  const app = render(<Bluepacket world="default" users={['mom', 'dad', 'ming']} seed="qa" size={{ cols: 120, rows: 40 }} />);
  // the shop, the first gift, its first variant, 群发礼物, 下一步, 确认支付
  await press(app, 'mom', 'g', 'enter', 'enter', 'down', 'enter', 'down', 'down', 'enter', 'enter');
  await waitFor(app, '可领取', { user: 'dad' });
  await press(app, 'dad', 'up', 'enter', 'enter', 'enter'); // open the card, take it, first saved address
  await waitFor(app, '抢到了', { user: 'dad' });
  await press(app, 'ming', 'up', 'enter');
  expect(pane(app, 'ming')).toContain('手慢了');
  app.unmount();
});
