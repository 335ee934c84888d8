// A status message belongs to its screen: it goes when that screen does, or after a few seconds,
// and while it is up it gets the width of the line.
import { afterEach, expect, it } from 'vitest';
import { renderApp, type AppHarness } from '../../src/testing';
import { sendGrab } from '../ui/helpers';

let app: AppHarness | undefined;
afterEach(() => {
  app?.unmount();
  app = undefined;
});

/** The status bar's first line. */
const statusLine = (a: AppHarness) => a.frame().split('\n').at(-2) ?? '';

it('礼物已发出 goes as soon as the pane moves on', async () => {
  app = await renderApp({ users: ['mom', 'dad', 'ming'], cols: 120, rows: 40 });
  await sendGrab(app, 'mom', 'guazi', 2);
  expect(statusLine(app)).toContain('礼物已发出');
  await app.press('dad', 'up', 'enter'); // another pane acts: the message is mom's, it stays…
  expect(statusLine(app)).toContain('礼物已发出');
  await app.press('mom', { text: 'g' }); // …until mom's screen changes
  await app.waitFor('选礼物', { user: 'mom' });
  expect(statusLine(app)).not.toContain('礼物已发出');
});

it("a refusal in the shop is shown whole, and goes when the shop does", async () => {
  app = await renderApp({ users: ['mom', 'dad', 'ming'], cols: 160, rows: 45 });
  await app.press('mom', { text: 'g' }, { text: '/' });
  await app.type('mom', '周大福');
  await app.press('mom', 'enter', 'enter'); // the jewellery: not giftable
  expect(statusLine(app)).toContain('周大福 足金蛇年生肖吊坠：此类商品不支持送礼');
  await app.press('mom', 'esc');
  await app.press('mom', { text: 'c' }, 'esc', { text: 'g' }, 'esc');
  expect(statusLine(app)).not.toContain('此类商品不支持送礼');
});

it('a message goes by itself after a few seconds', async () => {
  app = await renderApp({ users: ['mom', 'dad'], cols: 120, rows: 40 });
  await app.press('mom', { text: 'n' }); // nothing is due
  expect(statusLine(app)).toContain('没有待到期的礼物');
  await app.later('2s');
  expect(statusLine(app)).toContain('没有待到期的礼物');
  await app.later('3s');
  expect(statusLine(app)).not.toContain('没有待到期的礼物');
});
