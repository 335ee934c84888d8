// Shared steps for the UI flow tests: every step goes through the keyboard, one key at a time,
// on a rendered <Bluepacket/> (ink-testing-library's render, or renderApp: the helpers take
// either).
import stringWidth from 'string-width';
import { expect } from 'vitest';
import { pane, press, renderApp, plain, sliceColumns, state, typeText, waitFor, type AppHarness, type Rendered, type RenderOptions } from '../../src/testing';
import { frameFor } from '../../src/ui/layout';
import type { Packet } from '../../src/domain/types';

export { renderApp, plain, sliceColumns, type AppHarness };

/** The mode menu's rows, in order. */
export const MODE_ROW = { direct: 0, grab: 1, lottery: 2, luckybag: 3 } as const;

/** Open the shop (g), search for a product (/ query Enter) and open it (Enter). */
export async function openProduct(app: Rendered, user: string, query: string): Promise<void> {
  await press(app, user, 'g');
  await waitFor(app, /选礼物|Gift shop/, { user });
  await press(app, user, '/');
  await typeText(app, user, query);
  await press(app, user, 'enter'); // ends the search
  await press(app, user, 'enter'); // opens the first hit
}

/** From the product screen: the variant at `spec` (rows down), then the mode. */
export async function pickSpecAndMode(app: Rendered, user: string, spec: number, mode: keyof typeof MODE_ROW): Promise<void> {
  for (let i = 0; i < spec; i++) await press(app, user, 'down');
  await press(app, user, 'enter');
  await waitFor(app, /怎么送|How to give it/, { user });
  for (let i = 0; i < MODE_ROW[mode]; i++) await press(app, user, 'down');
  await press(app, user, 'enter');
}

/** A grab packet of `count` units of a product, sent from the user's group chat. */
export async function sendGrab(app: Rendered, user: string, query: string, count: number, spec = 0): Promise<void> {
  await openProduct(app, user, query);
  await pickSpecAndMode(app, user, spec, 'grab');
  // compose rows: count, message, next
  for (let i = 1; i < count; i++) await press(app, user, '+');
  await press(app, user, 'down', 'down', 'enter'); // next → confirm
  await waitFor(app, /确认支付|Pay and send/, { user });
  await press(app, user, 'enter'); // pay
  await waitFor(app, /礼物已发出|Gift sent/);
}

/** The packets in send order. */
export function packets(app: Rendered): Packet[] {
  const s = state(app);
  return s.order.map((id) => s.packets[id]!);
}

export function lastPacket(app: Rendered): Packet {
  const all = packets(app);
  expect(all.length).toBeGreaterThan(0);
  return all[all.length - 1]!;
}

/** Select the newest card in the user's chat (↑) and open it (Enter). */
export async function openNewestCard(app: Rendered, user: string): Promise<void> {
  await press(app, user, 'up', 'enter');
}

/** The frame's pane rows, plain, for a frame written by the harness's fake terminal. */
export function paneRows(frame: string, cols: number, rows: number, panes: number): string[] {
  const f = frameFor(cols, rows, panes);
  return plain(frame).slice(0, f.paneHeight);
}

/** The columns of pane i in a plain line. */
export function paneColumns(line: string, i: number, cols: number, rows: number, panes: number): string {
  const f = frameFor(cols, rows, panes);
  return sliceColumns(line, i * f.paneWidth, (i + 1) * f.paneWidth);
}

/** What line y of a plain frame shows outside pane i's columns (all of it below the panes). */
export function outsidePane(line: string, y: number, i: number, cols: number, rows: number, panes: number): string {
  const f = frameFor(cols, rows, panes);
  if (y >= f.paneHeight) return line;
  return sliceColumns(line, 0, i * f.paneWidth) + '\n' + sliceColumns(line, (i + 1) * f.paneWidth, cols);
}

export const displayWidth = (s: string) => stringWidth(s);

export type { RenderOptions };

/** A pane's text with borders, line breaks and spaces removed: for text a card may wrap. */
export function flat(text: string): string {
  return text
    .split('\n')
    .map((l) => l.replace(/[│┃║╭╮╰╯┏┓┗┛╔╗╚╝─━═]/g, ''))
    .join('')
    .replace(/\s+/g, '');
}

/** Does the pane show the text, allowing for it to be wrapped across lines? */
export function paneShows(app: Rendered, user: string, text: string): boolean {
  return flat(pane(app, user)).includes(flat(text));
}

/** waitFor, for text that may be wrapped. */
export function waitForWrapped(app: Rendered, user: string, text: string): Promise<void> {
  return waitFor(app, (shown) => flat(shown).includes(flat(text)), { user });
}

/** An address typed into the form in privacy tests, and the pieces of it no other pane may show:
 * the name, the whole phone and its hidden middle digits, the detail (and pieces of it, in case
 * it is wrapped). */
export const TYPED_ADDRESS = { name: '甄隐士', phone: '13975318642', region: '浙江省 杭州市', detail: '秘密路77号XQZ小区' } as const;
export const ADDRESS_SECRETS = [TYPED_ADDRESS.name, TYPED_ADDRESS.phone, '7531', TYPED_ADDRESS.detail, '秘密路', 'XQZ'];

/**
 * Every frame drawn so far: the words appear only in pane `owner`'s columns of the pane rows
 * (`everywhere`: not below the panes either). How many lines showed one of them: a check that
 * saw nothing could not have failed.
 */
export function wordsOnlyInPane(app: AppHarness, words: readonly string[], owner: number, panes: number, opts: { everywhere?: boolean } = {}): number {
  const { columns: cols, rows } = app.stdout;
  const paneRows = frameFor(cols, rows, panes).paneHeight;
  let seen = 0;
  for (const frame of new Set(app.stdout.frames)) {
    const lines = plain(frame);
    for (const [y, line] of lines.entries()) {
      if (!words.some((w) => line.includes(w))) continue;
      if (y >= paneRows && !opts.everywhere) continue;
      seen++;
      const outside = y < paneRows ? outsidePane(line, y, owner, cols, rows, panes) : line;
      for (const w of words) expect(outside, `a frame shows "${w}" outside pane ${owner + 1}:\n${lines.join('\n')}`).not.toContain(w);
    }
  }
  return seen;
}
