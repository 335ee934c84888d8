// test/qa/flow-lottery.test.tsx
import { advance, Bluepacket, frame, pane, press, waitFor } from 'bluepacket/testing';
import { render } from 'ink-testing-library';
import { expect, it } from 'vitest';

it('a lottery drawn by moving the clock: one of two entrants wins', async () => {
  const app = render(<Bluepacket users={['mom', 'dad', 'ming']} seed="qa" size={{ cols: 120, rows: 40 }} />);
  // the shop, the first gift and variant, 礼物抽奖 (1 份, 开奖 1小时后), 下一步, 确认支付
  await press(app, 'mom', 'g', 'enter', 'enter', 'down', 'down', 'enter', 'down', 'down', 'down', 'down', 'enter', 'enter');
  for (const user of ['dad', 'ming']) {
    await press(app, user, 'up', 'enter', 'enter', 'esc'); // open the card, 参与抽奖, back to the chat
    await waitFor(app, '已参与', { user });
  }
  expect(pane(app, 'mom')).toContain('2人参与');
  expect(frame(app)).not.toContain('未中奖'); // not drawn before its time
  await advance(app, '1h'); // the draw is due: it happens, and every pane shows it
  await waitFor(app, '你中奖了');
  await waitFor(app, '未中奖');
  app.unmount();
});
