// JD's 保密 and 回礼, through the keyboard: a secret gift shows as 神秘礼物 in every pane but its
// sender's, on every frame, until its recipient takes it; she answers it from its card with a
// 回礼, whose card says so.
import { afterEach, expect, it } from 'vitest';
import { lastPacket, openNewestCard, openProduct, renderApp, wordsOnlyInPane, type AppHarness } from './helpers';

let app: AppHarness | undefined;
afterEach(() => {
  app?.unmount();
  app = undefined;
});

const USERS = ['dad', 'mom', 'ming'];
/** What the cream is called anywhere it is named: never in a pane but dad's before mom takes it. */
const PRODUCT = ['珀莱雅', '面霜', '¥459'];

it('a 保密 gift: 神秘礼物 to the recipient (no product, no price) until she accepts it; then a 回礼 from its card, marked as one', async () => {
  app = await renderApp({ users: USERS, cols: 120, rows: 40 });
  // dad: the cream, 50ml, 送给朋友, 妈妈 (his friends list her last), 保密 on (the row under 下一步), pay.
  await openProduct(app, 'dad', 'cream');
  await app.press('dad', 'enter');
  await app.waitFor('怎么送', { user: 'dad' });
  await app.press('dad', 'enter', 'enter'); // 送给朋友; the 收礼人 row: pick a friend
  await app.waitFor('送给哪位朋友', { user: 'dad' });
  const friends = app.state().users.dad!.friends;
  for (let i = 0; i < friends.indexOf('mom'); i++) await app.press('dad', 'down');
  await app.press('dad', 'enter');
  await app.waitFor('收礼人: 妈妈', { user: 'dad' });
  await app.press('dad', 'down', 'down', 'down', 'enter'); // 🔒 保密
  await app.waitFor('保密: 开', { user: 'dad' });
  await app.press('dad', 'up', 'enter');
  await app.waitFor('收下前对方只看到「神秘礼物」', { user: 'dad' });
  await app.press('dad', 'enter');
  await app.waitFor('礼物已发出');
  const gift = lastPacket(app);
  expect(gift).toMatchObject({ mode: 'direct', to: 'mom', secret: true });

  // Both open their private chat: dad sees what he sent, mom a mystery.
  await app.press('dad', { text: 'c' }, 'enter');
  await app.waitFor('礼物 · 爸爸 · 保密', { user: 'dad' });
  expect(app.pane('dad')).toContain('珀莱雅');
  await app.press('mom', { text: 'c' }, 'enter');
  await app.waitFor('神秘礼物', { user: 'mom' });
  await openNewestCard(app, 'mom');
  await app.waitFor('神秘礼物 ×1 · 收下后揭晓', { user: 'mom' });
  expect(app.pane('mom')).not.toContain('换成'); // no variants of a gift she cannot see
  // Every frame so far: the product and its price in dad's pane only (the presenter's timeline,
  // under the panes, names it: it is not anyone's phone). Frames from now on may show it to mom.
  expect(wordsOnlyInPane(app, PRODUCT, USERS.indexOf('dad'), USERS.length)).toBeGreaterThan(3);

  // mom accepts with her first saved address: revealed.
  await app.press('mom', 'enter', 'enter');
  await app.waitFor('已收下礼物', { user: 'mom' });
  expect(app.pane('mom')).toContain('珀莱雅');

  // 回礼 from the card: the shop for a return gift, a sticker, 下一步, pay.
  await app.press('mom', 'enter');
  await openNewestCard(app, 'mom');
  await app.waitFor('回礼给爸爸', { user: 'mom' });
  await app.press('mom', 'enter');
  await app.waitFor('回礼给爸爸', { user: 'mom' });
  await app.press('mom', { text: '/' });
  await app.type('mom', 'sticker');
  await app.press('mom', 'enter', 'enter', 'enter'); // search done, the sticker, its first variant
  await app.waitFor('回礼给: 爸爸', { user: 'mom' });
  await app.press('mom', 'down', 'down', 'enter');
  await app.waitFor('回赠爸爸送的礼物', { user: 'mom' });
  await app.press('mom', 'enter');
  await app.waitFor('礼物已发出');
  expect(lastPacket(app)).toMatchObject({ mode: 'direct', sender: 'mom', to: 'dad', replyTo: gift.id });
  expect(lastPacket(app).units[0]!.sku).toBe('sticker');
  // dad's chat with mom: the card is a 回礼.
  await app.waitFor('回礼 · 妈妈', { user: 'dad' });
});

