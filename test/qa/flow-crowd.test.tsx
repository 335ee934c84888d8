// test/qa/flow-crowd.test.tsx
import { advanceCrowd, Bluepacket, pane, press, waitFor } from 'bluepacket/testing';
import { render } from 'ink-testing-library';
import { expect, it } from 'vitest';

it('the crowd of the work group sells out a 10-unit grab; ming, who waited, is too slow', async () => {
  const app = render(<Bluepacket group="work" users={['dad', 'ming']} crowd={30} seed="qa" size={{ cols: 120, rows: 40 }} />);
  // the shop, the first gift and variant, 群发礼物, 份数 1 + 9, 下一步, 确认支付
  await press(app, 'dad', 'g', 'enter', 'enter', 'down', 'enter', { text: '+++++++++' }, 'down', 'down', 'enter', 'enter');
  await waitFor(app, '已领 0/10', { user: 'dad' });
  await advanceCrowd(app, '20s'); // the bots react and fill their addresses on their own clock
  await waitFor(app, '已领 10/10', { user: 'dad' });
  await press(app, 'ming', 'up', 'enter');
  expect(pane(app, 'ming')).toContain('已领完');
  app.unmount();
});
