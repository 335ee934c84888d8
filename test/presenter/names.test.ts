// Names are never cut to a bare …: the shop's rows, the ways to give in English, the variants,
// the cards in the chat (which use their width before anything is cut), and the bundled world's
// icons draw at the width every terminal gives them.
import { afterEach, expect, it } from 'vitest';
import { renderApp, type AppHarness } from '../../src/testing';
import { displaySafe } from '../../src/ui/text/sanitize';
import { bundledWorld } from '../../src/world-file';
import { flat, openProduct } from '../ui/helpers';

let app: AppHarness | undefined;
afterEach(() => {
  app?.unmount();
  app = undefined;
});

/** Does the pane show the name whole (allowing it to be wrapped onto a second line)? */
const whole = (pane: string, name: string) => flat(pane).includes(flat(name));

it('the shop at 160×45: a product that cannot be given keeps its whole name beside its reason', async () => {
  app = await renderApp({ cols: 160, rows: 45 });
  await app.press('mom', { text: 'g' });
  await app.waitFor('选礼物', { user: 'mom' });
  const pane = app.pane('mom');
  for (const name of ['周大福 足金蛇年生肖吊坠', 'B端产品经理实战课', '艺术家联名 限量版蛇年摆件']) expect(whole(pane, name), name).toBe(true);
  expect(pane).not.toMatch(/[💍📚] …/u);
});

it('English at 100×30: the ways to give are named in full', async () => {
  app = await renderApp({ cols: 100, rows: 30, lang: 'en' });
  await openProduct(app, 'mom', 'luckin');
  await app.press('mom', 'enter');
  await app.waitFor('How to give it', { user: 'mom' });
  const pane = app.pane('mom');
  for (const name of ['To a friend', 'Group gift', 'Gift lottery', 'Lucky bag']) expect(pane).toContain(name);
});

it('a variant over ¥10,000 keeps its name beside its price, stock and reason', async () => {
  app = await renderApp({ cols: 100, rows: 30, lang: 'en' });
  await openProduct(app, 'mom', 'dahongpao');
  await app.waitFor('Pick a variant', { user: 'mom' });
  const pane = app.pane('mom');
  expect(whole(pane, '大师手作 典藏版')).toBe(true);
  expect(whole(pane, 'over ¥10,000: not giftable')).toBe(true);
});

it('a card in the chat widens before it cuts, and a long gift name takes a second line', async () => {
  app = await renderApp({ cols: 160, rows: 45 });
  const pk = await app.runner.run({ type: 'send', as: 'mom', mode: 'grab', group: 'family', sku: 'luckin', spec: '6cups', count: 1 });
  expect(pk.ok).toBe(true);
  await app.idle();
  for (const user of ['mom', 'dad']) expect(whole(app.pane(user), '瑞幸即享咖啡定制套装·生椰拿铁 6杯装'), user).toBe(true);
  await app.resize(100, 30);
  expect(whole(app.pane('dad'), '瑞幸即享咖啡定制套装·生椰拿铁 6杯装')).toBe(true);
});

it('every icon of the bundled world is an emoji-presentation picture; a text-style one is followed by a space', () => {
  for (const p of Object.values(bundledWorld().catalog)) expect(/^\p{Emoji_Presentation}$/u.test(p.emoji ?? '🎁'), `${p.id} ${p.emoji}`).toBe(true);
  expect(displaySafe('🖼版画')).toBe('🖼 版画');
  expect(displaySafe('🖼 版画')).toBe('🖼 版画');
  expect(displaySafe('☕咖啡')).toBe('☕咖啡');
});
