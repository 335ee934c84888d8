// Acting as a user on a rendered <Bluepacket/>: the result of ink-testing-library's render (or
// anything with its stdout, stdin, lastFrame and rerender). Every key goes in on its own and
// waits for the work it started (the runner's promises) and for the frame that draws the
// outcome, so a test never sleeps and never reads a frame from before its key.
import React, { type ReactElement } from 'react';
import { HOUR, parseDuration } from '../domain/time';
import type { State } from '../domain/types';
import { screenLayout } from '../ui/app/screen-layout';
import { Bluepacket } from './Bluepacket';
import { sessionOf, type Session, type Size } from './session';
import { KEYS, plain, sliceColumns, type KeyName } from './terminal';

/** What the helpers need of a render's result: ink-testing-library's has all of it. */
export interface Rendered {
  stdout: object;
  stdin: { write(data: string): void };
  lastFrame(): string | undefined;
  rerender(tree: ReactElement): void;
}

/** A named key ('enter', 'down', 'esc'…), one character ('g', '+', '2'), or text typed one
 * character at a time. */
export type Key = KeyName | (string & {}) | { text: string };

function bytesOf(key: Key): string[] {
  if (typeof key !== 'string') return [...key.text];
  if (Object.hasOwn(KEYS, key)) return [KEYS[key as KeyName]];
  if ([...key].length === 1) return [key];
  throw new Error(`bluepacket/testing: unknown key "${key}" (keys: ${Object.keys(KEYS).join(', ')}, one character, or { text })`);
}

/** Write to the terminal's input and wait until the app is quiet again. */
async function send(app: Rendered, s: Session, data: string): Promise<void> {
  app.stdin.write(data);
  // Ink holds a lone Esc back until a setImmediate (it could start an escape sequence): let
  // that run before anything else, or the next key would arrive as Meta+key.
  await new Promise((r) => setImmediate(r));
  await s.settle();
}

function paneIndex(s: Session, user: string): number {
  const panes = s.runner.snapshot().ui.panes;
  const i = panes.findIndex((p) => p.user === user);
  if (i < 0) throw new Error(`bluepacket/testing: no pane for "${user}" (panes: ${panes.map((p) => p.user).join(', ')})`);
  return i;
}

function mustBeFocused(s: Session, user: string): void {
  if (s.runner.snapshot().ui.focus !== paneIndex(s, user)) throw new Error(`bluepacket/testing: ${user}'s pane is not focused (press a key there first)`);
}

/** Focus the user's pane (its number key) unless it has the focus already. */
async function focus(app: Rendered, s: Session, user: string): Promise<void> {
  const i = paneIndex(s, user);
  if (s.runner.snapshot().ui.focus === i) return;
  // Only when no text field has the keyboard: a digit typed into a field is text. Past the
  // sixth pane there is no digit: Tab goes round.
  if (i < 6) await send(app, s, String(i + 1));
  else for (let k = 0; k < s.runner.snapshot().ui.panes.length && s.runner.snapshot().ui.focus !== i; k++) await send(app, s, KEYS.tab);
  if (s.runner.snapshot().ui.focus !== i) throw new Error(`bluepacket/testing: could not focus ${user}'s pane (is a text field focused?)`);
}

/** Wait until the app is quiet: the work started is done and its frame is drawn. */
export function idle(app: Rendered): Promise<void> {
  return sessionOf(app).settle();
}

/** Press keys in a user's pane, as that user: the pane takes the focus first, then each key goes
 * in on its own and waits for the frame that shows it. */
export async function press(app: Rendered, user: string, ...keys: Key[]): Promise<void> {
  const s = sessionOf(app);
  await s.settle();
  await focus(app, s, user);
  for (const key of keys) for (const data of bytesOf(key)) await send(app, s, data);
}

/** Type text into the field that has the keyboard in the user's (focused) pane, one character
 * at a time. */
export async function typeText(app: Rendered, user: string, text: string): Promise<void> {
  const s = sessionOf(app);
  mustBeFocused(s, user);
  for (const ch of text) await send(app, s, ch);
}

/** Paste text in one write, as a terminal delivers a paste. */
export async function paste(app: Rendered, user: string, text: string): Promise<void> {
  const s = sessionOf(app);
  mustBeFocused(s, user);
  await send(app, s, text);
}

/** The last frame, plain text (colours and styles removed). */
export function frame(app: Rendered): string {
  return plain(app.lastFrame() ?? '').join('\n');
}

/** One user's pane in the last frame, plain text, its border included ('' when it is not on
 * screen; on a phone, the whole frame). */
export function pane(app: Rendered, user: string): string {
  const s = sessionOf(app);
  const i = paneIndex(s, user);
  if (s.runner.layout === 'phone') return frame(app); // one person, the whole screen
  const { frame: f, shown } = screenLayout(s.runner.snapshot(), s.runner.lang);
  const at = shown.indexOf(i);
  if (at < 0) return '';
  const lines = plain(app.lastFrame() ?? '').slice(0, f.paneHeight);
  return lines.map((l) => sliceColumns(l, at * f.paneWidth, (at + 1) * f.paneWidth)).join('\n');
}

/** The users whose panes are on screen, left to right. */
export function shown(app: Rendered): string[] {
  const s = sessionOf(app);
  const snap = s.runner.snapshot();
  if (s.runner.layout === 'phone') return [snap.ui.panes[0]!.user];
  return screenLayout(snap, s.runner.lang).shown.map((i) => snap.ui.panes[i]!.user);
}

/** Wait until the frame (or one user's pane) shows the text, matches the pattern, or passes the
 * check (given the plain text). Nothing is polled on a timer: it waits for the app to be quiet,
 * then for each new frame (the crowd or a playing scenario may still draw it), and fails with
 * what was shown after `timeoutMs` (default 5 s). */
export async function waitFor(app: Rendered, text: string | RegExp | ((shown: string) => boolean), opts: { user?: string; timeoutMs?: number } = {}): Promise<void> {
  const s = sessionOf(app);
  const read = () => (opts.user ? pane(app, opts.user) : frame(app));
  const shown = () => {
    const f = read();
    return typeof text === 'string' ? f.includes(text) : typeof text === 'function' ? text(f) : text.test(f);
  };
  await s.settle();
  const deadline = Date.now() + (opts.timeoutMs ?? 5000);
  while (!shown()) {
    const left = deadline - Date.now();
    if (left <= 0) throw new Error(`bluepacket/testing: ${typeof text === 'function' ? 'the check never passed' : `"${String(text)}" did not appear`}${opts.user ? ` in ${opts.user}'s pane` : ''}:\n${read()}`);
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([s.nextFrame(), new Promise((r) => (timer = setTimeout(r, left)))]);
    clearTimeout(timer);
  }
}

function durationOf(by: number | string): number {
  const ms = typeof by === 'number' ? by : parseDuration(by);
  if (ms === null || !Number.isFinite(ms) || ms < 0) throw new Error(`bluepacket/testing: bad duration "${String(by)}" (e.g. '90s', '30m', '24h', '2d')`);
  return ms;
}

/** Move the simulated clock ('90s', '30m', '24h', '2d'): the draws, expiries, shipping and
 * deliveries due by then happen, and the panes show them. Whole hours go by the presenter's key
 * (t = +1 hour), so the test walks the path a presenter does. */
export async function advance(app: Rendered, by: string): Promise<void> {
  const s = sessionOf(app);
  const ms = durationOf(by);
  await s.settle();
  if (ms > 0 && ms % HOUR === 0) {
    for (let h = 0; h < ms / HOUR; h++) {
      await s.runner.dispatch({ type: 'key', id: 'hour' });
      await s.settle();
    }
    return;
  }
  await s.runner.run({ type: 'advance', by: ms });
  await s.settle();
}

/** Move the crowd's virtual clock (ms, or '5s', '1m'): the bots' steps due by then run in order,
 * each waiting for the engine, then the frame catches up. Needs `crowd={N}`. */
export async function advanceCrowd(app: Rendered, by: number | string): Promise<void> {
  const s = sessionOf(app);
  if (!s.crowd) throw new Error('bluepacket/testing: no crowd: render <Bluepacket crowd={30} … />');
  const { clock, driver } = s.crowd;
  await s.settle();
  await clock.advance(durationOf(by), () => driver.idle());
  await s.settle();
}

/** Move the presenter's clock (ms, or '5s'): the timers due by then fire (a notice's few
 * seconds, the crowd's steps), then the frame catches up. */
export async function later(app: Rendered, by: number | string): Promise<void> {
  const s = sessionOf(app);
  await s.settle();
  await s.clock.advance(durationOf(by), () => s.settle());
  await s.settle();
}

/** Lay the app out at another size: renders the same <Bluepacket/> again with `size`. */
export async function resize(app: Rendered, size: Size): Promise<void> {
  const s = sessionOf(app);
  app.rerender(React.createElement(Bluepacket, { ...s.props, size }));
  await s.settle();
}

/** The engine state, live: packets, wallets, events. */
export function state(app: Rendered): State {
  return sessionOf(app).store.state();
}
