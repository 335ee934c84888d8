// New gifts are noticed: a pane that receives something in another chat says so on a line of its
// own, the chat list counts what is new in each chat, and after sending, the sender's pane shows
// the chat the card went to.
import { afterEach, expect, it } from 'vitest';
import { renderApp, type AppHarness } from '../../src/testing';
import { openProduct, pickSpecAndMode } from '../ui/helpers';

let app: AppHarness | undefined;
afterEach(() => {
  app?.unmount();
  app = undefined;
});

it("mom's direct gift to 小明 is noticed in his pane, counted in his chat list, and read once he opens the chat", async () => {
  app = await renderApp({ users: ['mom', 'dad', 'ming'], cols: 120, rows: 40 });
  await openProduct(app, 'mom', 'guazi');
  await pickSpecAndMode(app, 'mom', 0, 'direct');
  await app.press('mom', 'enter'); // 送给: the friends
  const friends = app.state().users.mom!.friends;
  for (let i = 0; i < friends.indexOf('ming'); i++) await app.press('mom', 'down');
  await app.press('mom', 'enter', 'down', 'enter'); // 小明 (the cursor goes on to 赠言), then 下一步
  await app.waitFor('确认送出', { user: 'mom' });
  await app.press('mom', 'enter');
  await app.waitFor('礼物已发出');
  // The sender sees the card where it went: the private chat with 小明.
  expect(app.pane('mom')).toContain('👤 小明');
  expect(app.pane('mom')).toContain('三胖蛋瓜子礼盒');
  // 小明 is in the family group: a line says a gift came in the private chat.
  expect(app.pane('ming')).toContain('妈妈私聊送你礼物');
  expect(app.pane('dad')).not.toContain('送你礼物');
  await app.press('ming', { text: 'c' });
  expect(app.pane('ming')).toMatch(/妈妈\s+🎁 1 条新消息/);
  const rows = app.pane('ming').split('\n');
  const at = rows.findIndex((l) => l.includes('🎁 1 条新消息'));
  const cursor = rows.findIndex((l) => l.includes('▶'));
  for (let i = 0; i < at - cursor; i++) await app.press('ming', 'down');
  await app.press('ming', 'enter');
  expect(app.pane('ming')).toContain('👤 妈妈');
  expect(app.pane('ming')).not.toContain('送你礼物');
  await app.press('ming', 'esc'); // back to the group: nothing new any more
  expect(app.pane('ming')).toContain('👥');
  expect(app.pane('ming')).not.toContain('送你礼物');
});

it('a group gift sent from a private chat leaves the sender in the group, looking at her card', async () => {
  app = await renderApp({ users: ['mom', 'dad'], cols: 120, rows: 40, panes: [{ user: 'mom', chat: 'dm:dad|mom' }, { user: 'dad', chat: 'group:family' }] });
  await openProduct(app, 'mom', 'guazi');
  await pickSpecAndMode(app, 'mom', 0, 'grab');
  await app.press('mom', 'down', 'down', 'enter');
  await app.waitFor('确认送出', { user: 'mom' });
  await app.press('mom', 'enter');
  await app.waitFor('礼物已发出');
  expect(app.pane('mom')).toContain('👥 相亲相爱一家人');
  expect(app.pane('mom')).toContain('已领 0/1');
});
