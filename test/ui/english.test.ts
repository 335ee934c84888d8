// The English UI: a whole grab flow reads in English. Chinese may appear only as data (names,
// the group's name, product titles, variants, saved addresses), never as the UI's own words.
import { afterEach, expect, it } from 'vitest';
import { lastPacket, openNewestCard, plain, renderApp, type AppHarness } from './helpers';

let app: AppHarness | undefined;
afterEach(() => {
  app?.unmount();
  app = undefined;
});

/** Every string of the world's data, for telling data from UI words. */
function dataText(app: AppHarness): string {
  const s = app.state();
  const out: string[] = [];
  for (const u of Object.values(s.users)) {
    out.push(u.name);
    for (const a of u.addresses) out.push(a.name, a.region, a.detail);
  }
  for (const g of Object.values(s.groups)) out.push(g.name);
  for (const p of Object.values(s.catalog)) {
    out.push(p.title, p.brand ?? '');
    for (const spec of p.specs) out.push(spec.label);
  }
  return out.join('\n');
}

const CJK_RUN = /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]+/g;

it('a grab flow in English: every frame has only English UI words', async () => {
  app = await renderApp({ users: ['mom', 'dad', 'ming'], cols: 120, rows: 40, lang: 'en' });
  await app.press('mom', { text: 'g' });
  await app.waitFor('Gift shop', { user: 'mom' });
  await app.press('mom', { text: '/' });
  await app.type('mom', 'luckin');
  await app.press('mom', 'enter', 'enter');
  await app.waitFor('Pick a variant', { user: 'mom' });
  await app.press('mom', 'enter');
  await app.waitFor('How to give it?', { user: 'mom' });
  await app.press('mom', 'down', 'enter');
  await app.waitFor('Group gift', { user: 'mom' });
  await app.press('mom', { text: '+' }, 'down', 'enter');
  await app.type('mom', 'Happy new year');
  await app.press('mom', 'enter', 'enter');
  await app.waitFor('Pay and send', { user: 'mom' });
  expect(app.pane('mom')).toContain('Total ¥39.80');
  await app.press('mom', 'enter');
  await app.waitFor('Gift sent');
  await app.waitFor('take one · 2/2 left', { user: 'dad' });
  await openNewestCard(app, 'dad');
  await app.waitFor('Fill an address to take it', { user: 'dad' });
  await app.press('dad', 'enter');
  await app.waitFor('Delivery address', { user: 'dad' });
  await app.press('dad', 'enter');
  await app.waitFor('Got it!', { user: 'dad' });
  await app.waitFor('1/2 taken', { user: 'mom' });
  // Ming takes the last one with a new address typed in, one error on the way.
  await openNewestCard(app, 'ming');
  await app.press('ming', 'enter', 'down', 'down', 'enter');
  await app.type('ming', 'Ming');
  await app.press('ming', 'enter');
  await app.type('ming', '123');
  await app.press('ming', 'enter', 'enter', 'enter');
  await app.waitFor('⚠ an 11-digit mobile number', { user: 'ming' });
  await app.waitFor('⚠ required', { user: 'ming' });
  await app.press('ming', { text: '?' });
  await app.waitFor('Help · any key closes');
  await app.press('ming', 'esc');
  await app.press('ming', { text: 't' }); // an hour on: the status line says so
  await app.waitFor('time → 01-28 21:00');
  expect(lastPacket(app).units.map((u) => u.holder)).toEqual(['dad', null]);
  // The sender's view of the opened card, and the chat list.
  await openNewestCard(app, 'mom');
  await app.waitFor('address filled', { user: 'mom' });
  await app.press('mom', 'esc', { text: 'c' });
  await app.waitFor('Chats', { user: 'mom' });

  const data = dataText(app);
  const frames = [...new Set(app.stdout.frames)];
  expect(frames.length).toBeGreaterThan(20);
  const stray = new Set<string>();
  for (const frame of frames) for (const run of plain(frame).join('\n').match(CJK_RUN) ?? []) if (!data.includes(run)) stray.add(run);
  expect([...stray]).toEqual([]);
  // And it did show data in Chinese: the check had something to tell apart.
  expect(app.frame()).toContain('相亲相爱一家人');
});
