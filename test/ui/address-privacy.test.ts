// The new-address form: a bad phone is shown on its field and fixed in place; and the privacy
// rule checked on every frame: only the claimer's pane ever shows what they typed.
import { afterEach, expect, it } from 'vitest';
import { ADDRESS_SECRETS, lastPacket, openNewestCard, outsidePane, paneShows, plain, renderApp, sendGrab, TYPED_ADDRESS, type AppHarness } from './helpers';

let app: AppHarness | undefined;
afterEach(() => {
  app?.unmount();
  app = undefined;
});

const { name: NAME, phone: PHONE, region: REGION, detail: DETAIL } = TYPED_ADDRESS;
// What must never show outside the claimer's pane.
const SECRETS = ADDRESS_SECRETS;

it('a bad phone on the new-address form is flagged on the field, fixed with Backspace, and the claim goes through; no other pane ever shows the address', async () => {
  const cols = 120;
  const rows = 40;
  const users = ['mom', 'dad', 'ming'];
  app = await renderApp({ users, cols, rows });
  await sendGrab(app, 'mom', 'chayan', 2);
  await openNewestCard(app, 'dad');
  await app.press('dad', 'enter');
  await app.waitFor('填写收货地址', { user: 'dad' });
  // Two saved addresses, then the fields: name, phone, region, detail.
  await app.press('dad', 'down', 'down', 'enter');
  await app.type('dad', NAME);
  await app.press('dad', 'enter'); // Enter moves to the next field
  await app.type('dad', '12345');
  await app.press('dad', 'enter');
  await app.type('dad', REGION);
  await app.press('dad', 'enter');
  await app.type('dad', DETAIL);
  await app.press('dad', 'enter'); // Enter on the last field submits
  await app.waitFor('⚠ 须为 1 开头的 11 位手机号', { user: 'dad' });
  // The error sits under the phone field, and only there.
  const lines = app.pane('dad').split('\n');
  const at = lines.findIndex((l) => l.includes('⚠'));
  expect(lines[at - 1]).toContain('手机号');
  expect(lines[at - 1]).toContain('12345');
  expect(lines.filter((l) => l.includes('⚠'))).toHaveLength(1);
  // Nothing was claimed, the form keeps what was typed.
  expect(lastPacket(app).units.every((u) => u.state === 'open')).toBe(true);
  expect(app.pane('dad')).toContain(NAME);
  expect(paneShows(app, 'dad', DETAIL)).toBe(true);

  // The cursor is on the phone field: Enter edits it, Backspace clears the bad number.
  await app.press('dad', 'enter');
  for (let i = 0; i < 5; i++) await app.press('dad', 'backspace');
  await app.type('dad', PHONE);
  expect(app.pane('dad')).not.toContain('⚠'); // typing clears the field's error
  await app.press('dad', 'enter', 'enter', 'enter'); // phone → region → detail → submit
  await app.waitFor('抢到了', { user: 'dad' });

  const unit = lastPacket(app).units.find((u) => u.holder === 'dad')!;
  expect(unit.state).toBe('claimed');
  expect(unit.address).toEqual({ name: NAME, phone: PHONE, region: REGION, detail: DETAIL });

  // The sender and another member open the card: the sender sees that an address was filled.
  await app.press('dad', 'enter'); // back to the chat
  await openNewestCard(app, 'dad');
  await app.waitFor(NAME, { user: 'dad' }); // the claimer sees their own name and masked phone
  expect(app.pane('dad')).toContain('139****8642');
  expect(app.pane('dad')).not.toContain(PHONE);
  await openNewestCard(app, 'mom');
  await app.waitFor('已填地址', { user: 'mom' });
  await openNewestCard(app, 'ming');
  await app.waitFor('返回聊天', { user: 'ming' });

  // Every frame ever drawn: nothing outside dad's pane shows any of it.
  const dad = users.indexOf('dad');
  const frames = [...new Set(app.stdout.frames)];
  expect(frames.length).toBeGreaterThan(20);
  let sawInDad = 0;
  for (const frame of frames) {
    const text = plain(frame);
    // Only lines that show a secret somewhere need cutting into panes.
    const hits = text.map((line, y) => ({ line, y })).filter(({ line }) => SECRETS.some((secret) => line.includes(secret)));
    if (hits.length === 0) continue;
    sawInDad++;
    for (const { line, y } of hits) {
      const outside = outsidePane(line, y, dad, cols, rows, users.length);
      for (const secret of SECRETS) expect(outside, `a frame shows "${secret}" outside the claimer's pane:\n${text.join('\n')}`).not.toContain(secret);
    }
  }
  // The check looked at frames that did show the address (in dad's pane).
  expect(sawInDad).toBeGreaterThan(5);
});
