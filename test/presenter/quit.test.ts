// q does not throw away typing: with a form holding unsent input, it asks first (y quits, n or
// Esc goes back to the form as it was); with nothing typed, it quits at once.
import { afterEach, expect, it } from 'vitest';
import { renderApp, type AppHarness } from '../../src/testing';

let app: AppHarness | undefined;
afterEach(() => {
  app?.unmount();
  app = undefined;
});

it('收货人 and 手机号 typed, Esc, q: the app asks; n keeps the form; q then y quits', async () => {
  app = await renderApp({ users: ['mom', 'dad', 'ming'], cols: 120, rows: 40 });
  let quit = 0;
  app.runner.onQuit(() => quit++);
  await app.runner.run({ type: 'send', as: 'mom', mode: 'grab', group: 'family', sku: 'guazi', count: 1 });
  await app.idle();
  await app.press('dad', 'up', 'enter', 'enter'); // open the card, 填地址领取
  await app.waitFor('收货人', { user: 'dad' });
  const saved = app.state().users.dad!.addresses.length;
  for (let i = 0; i < saved; i++) await app.press('dad', 'down');
  await app.press('dad', 'enter'); // 收货人 takes the keyboard
  await app.type('dad', '李爸爸');
  await app.press('dad', 'enter'); // on to 手机号
  await app.type('dad', '13800138000');
  await app.press('dad', 'esc', { text: 'q' });
  expect(quit).toBe(0);
  expect(app.frame()).toContain('还有没提交的输入');
  expect(app.frame()).toContain('爸爸 的窗格：收货地址');
  await app.press('dad', { text: 'n' });
  expect(app.pane('dad')).toContain('李爸爸');
  expect(app.pane('dad')).toContain('13800138000');
  await app.press('dad', { text: 'q' }, { text: 'y' });
  expect(quit).toBe(1);
});

it('with nothing typed, q quits at once', async () => {
  app = await renderApp({ users: ['mom', 'dad'], cols: 120, rows: 40 });
  let quit = 0;
  app.runner.onQuit(() => quit++);
  await app.press('mom', { text: 'g' }, { text: 'q' });
  expect(quit).toBe(1);
});
