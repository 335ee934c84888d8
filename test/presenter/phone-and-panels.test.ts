// The presenter's manners on the second edition's screens and on one person's phone (--as): news
// from another chat while in a chat (the home list counts it instead), the question before
// quitting with typing on the phone or settings not applied, a claim and its settlement on one
// timeline line only when the line holds them whole.
import { afterEach, expect, it } from 'vitest';
import { DEFAULT_START, parseIso } from '../../src/domain/time';
import { execute } from '../../src/domain/engine';
import { initialState } from '../../src/domain/world';
import { renderApp, type AppHarness } from '../../src/testing';
import { lastLines } from '../../src/ui/components/Timeline';
import { width } from '../../src/ui/text/width';
import { bundledWorld } from '../../src/world-file';

let app: AppHarness | undefined;
afterEach(() => {
  app?.unmount();
  app = undefined;
});

it('on a phone in the group chat, a private gift is news on a line of its own; at home the list counts it', async () => {
  app = await renderApp({ as: 'dad', cols: 100, rows: 30 });
  await app.press('dad', 'enter'); // into the family chat
  await app.waitFor('‹ 👥');
  await app.runner.run({ type: 'send', as: 'mom', mode: 'direct', to: 'dad', sku: 'guazi' });
  await app.idle();
  expect(app.frame()).toContain('妈妈私聊送你礼物 · c 查看');
  await app.press('dad', { text: 'c' }); // back to the chat list
  expect(app.frame()).toContain('📱');
  expect(app.frame()).not.toContain('私聊送你礼物');
  expect(app.frame()).toMatch(/👤 妈妈 🎁 1 条新消息/);
});

it('on a phone, typing in the chat and q: the question, drawn on the phone; y quits', async () => {
  app = await renderApp({ as: 'dad', cols: 100, rows: 30 });
  let quit = 0;
  app.runner.onQuit(() => quit++);
  await app.press('dad', 'enter', 'enter'); // into the chat, the input takes the keyboard
  await app.type('dad', '马上到');
  await app.press('dad', 'esc', { text: 'q' });
  expect(quit).toBe(0);
  expect(app.frame()).toContain('还有没提交的输入');
  expect(app.frame()).toContain('聊天输入（没有发送）');
  await app.press('dad', { text: 'y' });
  expect(quit).toBe(1);
});

it('settings changed and not applied: q asks first, naming them', async () => {
  app = await renderApp({ users: ['mom', 'dad'], cols: 120, rows: 40 });
  let quit = 0;
  app.runner.onQuit(() => quit++);
  await app.press('mom', { text: 's' }, 'left');
  await app.press('mom', { text: 'q' });
  expect(quit).toBe(0);
  expect(app.frame()).toContain('设置（没有应用）');
  await app.press('mom', { text: 'n' }, 'esc', { text: 'q' });
  expect(quit).toBe(1);
});

it('a claim and the money it settles share a line only when it holds them whole', () => {
  const s = initialState(bundledWorld(), 'timeline', parseIso(DEFAULT_START)!);
  for (const c of [
    { type: 'send', as: 'mom', mode: 'grab', group: 'family', sku: 'guazi', count: 1 },
    { type: 'claim', as: 'dad', packet: 'p0001', address: 0 },
  ] as const)
    expect(execute(s, c).ok).toBe(true);
  const wide = lastLines(s, 5, 'zh', 200);
  const claim = wide.find((l) => l.e.type === 'claimed')!;
  expect(claim.text).toMatch(/领取了.* · 托管 .*→ 商家/);
  expect(wide.some((l) => l.e.type === 'settled')).toBe(false);
  const narrow = lastLines(s, 5, 'zh', 80);
  expect(narrow.find((l) => l.e.type === 'claimed')!.text).not.toContain('托管');
  expect(narrow.find((l) => l.e.type === 'settled')!.text).toContain('托管');
  for (const l of narrow) expect(width(`01-28 20:00 ${l.text}`), l.text).toBeLessThanOrEqual(80);
});
