// The UI's decider: (UI state, action, what it may read) → the next UI state and the engine
// commands to run. Pure: no store, no React, no clock; the runner carries the commands out and
// feeds their outcomes back in as actions. A pane-bound action goes to the pane's top screen's
// reducer (src/ui/screens/<kind>/reducer.ts); the app's own keys (panes, help, the clock) are
// handled here.
import type { DomainEvent, Millis, State } from '../../domain/types';
import { nextDeadline } from '../../domain/engine';
import { HOUR, toShort } from '../../domain/time';
import { describeEvent } from '../../i18n/events';
import { refusalMessage } from '../../i18n/refusals';
import { say, type Lang } from '../../i18n';
import { APP, READ_FAILURE, STORE_FAILURE } from '../../i18n/app';
import { StoreError } from '../../store/store';
import { reducerOf } from '../screens';
import { chatScreen } from '../screens/chat/reducer';
import { chatsScreen } from '../screens/chats/reducer';
import { feedScreen } from '../screens/feed/reducer';
import { INSIGHTS_KEYS } from '../screens/insights/keys';
import type { ActionId, Context } from '../keys/keymap';
import { paneNews } from '../model/inbox';
import { bringToFront } from './shown';
import { top, type Decision, type Env, type Job, type KeyAction, type LoadJob, type PaneState, type Screen, type Step, type Tone, type UiAction, type UiState } from './types';

/** What the decider reads besides the UI state: the engine's state (read only), the language,
 * and the size screens are drawn at. */
export interface Ctx {
  readonly state: State;
  readonly lang: Lang;
  readonly layout: Layout;
  /** One person's phone (`--as`): see the key table's Context. */
  readonly phone?: boolean;
}

export interface Layout {
  /** A pane's inside width, and the height a screen may draw in. */
  paneWidth: number;
  bodyHeight: number;
}

/** `since`: the last message id when the session opened (older messages are not new to anyone). */
export function initialUi(panes: Array<{ user: string; chat: string }>, since = 0): UiState {
  return {
    panes: panes.map((p) => ({ user: p.user, chat: p.chat, stack: [chatScreen()], alert: null, since, seen: new Map() })),
    focus: 0,
    recent: panes.map((_, i) => i),
    overlay: null,
    notice: null,
    noticeSeq: 0,
  };
}

/** What a pane's screen reads and draws in: `width` columns, and `bodyHeight` rows less the
 * pane's extra lines (a pane showing an alert or news from another chat gives its screen a line
 * less for each). The decider and the drawing (a pane, a phone) make it here alike; the drawing
 * passes the `news` it has worked out already, so the messages are not scanned twice a frame. */
export function paneEnv(pane: PaneState, state: State, lang: Lang, width: number, bodyHeight: number, phone = false, news = paneNews(state, pane)): Env {
  const extraLines = (pane.alert ? 1 : 0) + (news ? 1 : 0);
  return { state, user: pane.user, pane, lang, width, height: bodyHeight - extraLines, ...(phone ? { phone: true } : {}) };
}

export function envFor(ui: UiState, i: number, ctx: Ctx): Env {
  // A phone's screens lay out its larger cards: the reducers that count rows (PgUp) must know.
  return paneEnv(ui.panes[i]!, ctx.state, ctx.lang, ctx.layout.paneWidth, ctx.layout.bodyHeight, ctx.phone === true);
}

/** What a notice belongs to: the depth and kind of a pane's top screen. */
export const screenKey = (p: PaneState): string => `${p.stack.length}:${top(p).kind}`;

/** Give a notice about pane `pane`'s screen as it is in `ui`. */
export function withNotice(ui: UiState, notice: { text: string; tone: Tone } | null, pane = ui.focus): UiState {
  if (notice === null) return ui.notice === null ? ui : { ...ui, notice: null };
  const id = ui.noticeSeq + 1;
  return { ...ui, noticeSeq: id, notice: { ...notice, id, pane, screen: screenKey(ui.panes[pane]!) } };
}

/** Focus pane i: it is shown (it becomes the most recent). */
function focusOn(ui: UiState, i: number): UiState {
  if (i === ui.focus && ui.recent[0] === i) return ui;
  return { ...ui, focus: i, recent: bringToFront(ui.recent, i) };
}

/** Anything unsaved in any pane's screens (the question before quitting names the first). */
export function unsavedPane(ui: UiState): number | null {
  const i = ui.panes.findIndex((p) => p.stack.some((s) => reducerOf(s).unsaved?.(s) === true));
  return i < 0 ? null : i;
}

/** A pane leaves its chat for `chat`: what was in the old one is seen. */
function showChat(p: PaneState, chat: string, state: State): PaneState {
  if (p.chat === chat) return p;
  const last = state.messages[state.messages.length - 1]?.id ?? 0;
  return { ...p, chat, seen: new Map(p.seen).set(p.chat, last) };
}

/** The pane back at rest in `chat`: the chat alone, or over the chat list on a phone. */
function atChat(p: PaneState, chat: string, state: State): PaneState {
  const q = showChat(p, chat, state);
  return { ...q, stack: chatStack(q) };
}

/** The text field that has the keyboard in this screen, or null. */
export const editingField = (s: Screen): string | null => reducerOf(s).editing?.(s) ?? null;

/** A text field has the keyboard: the focused screen is editing one and no overlay is open (the
 * app's key handler stands aside then, and the input guard joins a chunk's pieces for it). */
export const fieldHasKeyboard = (ui: UiState): boolean => ui.overlay === null && editingField(top(ui.panes[ui.focus]!)) !== null;

/** The keys the focused screen answers now: what the key table may resolve to. */
export function screenActions(ui: UiState, ctx: Ctx): ActionId[] {
  const s = top(ui.panes[ui.focus]!);
  return Object.keys(reducerOf(s).keys(s, envFor(ui, ui.focus, ctx))) as ActionId[];
}

/** What the keyboard is doing now: for the key table, the status bar and the help. With a
 * scenario playing (`player`), its keys work while the focused pane is at rest in its chat, and
 * its marks list, when open, takes the moving keys. */
export function keyContext(ui: UiState, ctx: Ctx, player: { marksOpen: boolean } | null = null): Context {
  const phone = ctx.phone === true;
  if (ui.overlay === 'quit') return { editing: false, screenActions: [], dialog: true, phone };
  if (player?.marksOpen) return { editing: false, screenActions: ['up', 'down', 'select', 'back'], phone };
  const editing = editingField(top(ui.panes[ui.focus]!)) !== null;
  // The insights stay up while a scenario plays on under them: the player's keys still work.
  const atRest = player !== null && !editing && ui.overlay !== 'help' && top(ui.panes[ui.focus]!).kind === 'chat';
  const actions = ui.overlay === 'insights' ? INSIGHTS_KEYS : ui.overlay ? [] : screenActions(ui, ctx);
  return { editing, screenActions: actions, player: atRest, phone };
}

const GLOBAL = new Set<ActionId>(['help', 'quit', 'nextPane', 'prevPane', 'pane', 'hour', 'deadline', 'policy', 'confirmYes', 'confirmNo', 'insights', 'feed']);

export function decide(ui: UiState, action: UiAction, ctx: Ctx): Decision {
  const d = decideRaw(ui, action, ctx);
  // A notice belongs to its screen: it goes when that screen does.
  const n = d.ui.notice;
  if (n && screenKey(d.ui.panes[n.pane]!) !== n.screen) return { ...d, ui: { ...d.ui, notice: null } };
  return d;
}

function decideRaw(ui: UiState, action: UiAction, ctx: Ctx): Decision {
  switch (action.type) {
    case 'key':
      if (ui.overlay === 'insights' && action.pane === undefined && action.id === 'back') return same({ ...ui, overlay: null });
      return GLOBAL.has(action.id) ? appKey(ui, action, ctx) : paneKey(ui, action.pane ?? ui.focus, action, ctx);
    case 'text': {
      const s = top(ui.panes[action.pane]!);
      const r = reducerOf(s);
      return r.text ? step(ui, action.pane, { type: 'replace', screen: r.text(s, action.value) }, s, ctx) : same(ui);
    }
    case 'submit': {
      const s = top(ui.panes[action.pane]!);
      return step(ui, action.pane, reducerOf(s).submit?.(s, envFor(ui, action.pane, ctx)) ?? null, s, ctx);
    }
    case 'outcome':
      return step(ui, action.pane, reducerOf(action.from).outcome?.(action.from, action.command, action.outcome, envFor(ui, action.pane, ctx)) ?? null, action.from, ctx);
    case 'appOutcome':
      return same(withNotice(ui, appNotice(action.tag, action.outcome, ctx)));
    case 'failure':
      return same(mapPane(ui, action.pane, (p) => ({ ...p, alert: action.text })));
    case 'recovered':
      return same({ ...ui, panes: ui.panes.map((p) => (p.alert ? { ...p, alert: null } : p)) });
    case 'notice':
      return same(withNotice(ui, action.notice));
    case 'expire':
      return same(ui.notice?.id === action.id ? { ...ui, notice: null } : ui);
    case 'dismiss':
      return same({ ...ui, overlay: null });
    case 'loaded': {
      // The screen that asked may have been left meanwhile: the result goes to the pane's top
      // screen only while it is of the same kind.
      const s = top(ui.panes[action.pane]!);
      if (s.kind !== action.from.kind) return same(ui);
      return step(ui, action.pane, reducerOf(s).loaded?.(s as never, action.load, action.result, envFor(ui, action.pane, ctx)) ?? null, s, ctx);
    }
    case 'rest': {
      // The insights stay up over a story playing under them; the help goes.
      const recent = action.recent ?? ui.recent;
      const panes = ui.panes.map((p, i) => atChat(p, action.chats[i] ?? p.chat, ctx.state));
      return same({ ...ui, overlay: ui.overlay === 'insights' ? 'insights' : null, panes, recent, focus: recent[0] ?? ui.focus });
    }
  }
}

const same = (ui: UiState): Decision => ({ ui, jobs: [] });

/** The bottom of a pane's stack: its chat, or on a phone the chat list (the home screen). */
const baseStack = (p: PaneState): Screen[] => (p.home === 'chats' ? [chatsScreen(p.chat)] : [chatScreen()]);
/** A pane showing its chat: on a phone, above the chat list, so Esc goes back to the list. */
const chatStack = (p: PaneState): Screen[] => (p.home === 'chats' ? [chatsScreen(p.chat), chatScreen()] : [chatScreen()]);

function paneKey(ui: UiState, i: number, a: KeyAction, ctx: Ctx): Decision {
  const s = top(ui.panes[i]!);
  const env = envFor(ui, i, ctx);
  const handler = reducerOf(s).keys(s, env)[a.id];
  return step(ui, i, handler ? handler(s, env, a) : null, s, ctx);
}

function appKey(ui: UiState, a: KeyAction, ctx: Ctx): Decision {
  const n = ui.panes.length;
  switch (a.id) {
    case 'help':
      return same({ ...ui, overlay: 'help' });
    case 'quit':
      // Typing in a form would be lost: ask first (y quits, n or Esc stays).
      return ui.overlay !== 'quit' && unsavedPane(ui) !== null ? same({ ...ui, overlay: 'quit' }) : { ui, jobs: [], quit: true };
    case 'confirmYes':
      return ui.overlay === 'quit' ? { ui, jobs: [], quit: true } : same(ui);
    case 'confirmNo':
      return same({ ...ui, overlay: null });
    case 'nextPane':
      return same(focusOn(ui, (ui.focus + 1) % n));
    case 'prevPane':
      return same(focusOn(ui, (ui.focus + n - 1) % n));
    case 'pane':
      return a.n !== undefined && a.n < n ? same(focusOn(ui, a.n)) : same(ui);
    case 'hour':
      return { ui, jobs: [{ pane: null, tag: 'clock', command: { type: 'advance', by: HOUR } }] };
    case 'deadline': {
      const d = nextDeadline(ctx.state);
      if (!d) return same(withNotice(ui, { text: say(ctx.lang, APP.nothingDue), tone: 'info' }));
      return { ui, jobs: [{ pane: null, tag: 'clock', command: { type: 'advanceTo', to: d.at } }] };
    }
    case 'insights':
      return same({ ...ui, overlay: ui.overlay === 'insights' ? null : 'insights' });
    case 'feed': {
      // The focused user's 朋友圈 opens over their pane (the insights make way); `f` again closes it.
      const pane = ui.panes[ui.focus]!;
      const stack = top(pane).kind === 'feed' ? pane.stack.slice(0, -1) : [...pane.stack, feedScreen()];
      return same({ ...mapPane(ui, ui.focus, (p) => ({ ...p, stack: stack.length ? stack : baseStack(p) })), overlay: null });
    }
    case 'policy': {
      const grabPolicy = ctx.state.settings.grabPolicy === 'first-address' ? 'reserve-on-open' : 'first-address';
      return { ui, jobs: [{ pane: null, tag: 'policy', command: { type: 'policy', grabPolicy } }] };
    }
    default:
      return same(ui);
  }
}

function appNotice(tag: 'clock' | 'policy', o: Extract<UiAction, { type: 'appOutcome' }>['outcome'], ctx: Ctx): { text: string; tone: Tone } {
  if (!o.ok) return { text: refusalMessage(o.code, ctx.lang), tone: 'bad' };
  if (tag === 'policy') return { text: describeEvent(ctx.state, o.events[0]!, ctx.lang) ?? '', tone: 'info' };
  return { text: clockNotice(ctx.state.now, o.events, ctx.lang), tone: 'info' };
}

/** "时间 → 01-28 21:00 · 1 个抽奖开奖 · 2 份礼物退回" */
export function clockNotice(at: Millis, events: readonly DomainEvent[], lang: Lang): string {
  const parts = [say(lang, APP.timeTo, { at: toShort(at) })];
  const draws = events.filter((e) => e.type === 'drawn').length;
  const refunds = events.filter((e) => e.type === 'refunded').length;
  if (draws) parts.push(say(lang, draws === 1 ? APP.drawnOne : APP.drawn, { n: draws }));
  if (refunds) parts.push(say(lang, refunds === 1 ? APP.refundedOne : APP.refunded, { n: refunds }));
  return parts.join(' · ');
}

function mapPane(ui: UiState, i: number, f: (p: PaneState) => PaneState): UiState {
  return { ...ui, panes: ui.panes.map((p, j) => (j === i ? f(p) : p)) };
}

/** Carry a screen's step out on pane i; a command it asks for is a job whose outcome goes back
 * to `from`, the screen that asked. */
function step(ui: UiState, i: number, s: Step | null, from: Screen, ctx: Ctx): Decision {
  const jobs: Job[] = [];
  let notice: { text: string; tone: Tone } | null = null;
  const loads: LoadJob[] = [];
  const apply = (p: PaneState, st: Step): PaneState => {
    switch (st.type) {
      case 'replace':
        return { ...p, stack: [...p.stack.slice(0, -1), st.screen] };
      case 'push':
        return { ...p, stack: [...p.stack, st.screen] };
      case 'pop': {
        const n = st.n ?? 1;
        if (n <= 0) return p;
        return { ...p, stack: p.stack.length > n ? p.stack.slice(0, -n) : baseStack(p) };
      }
      case 'home':
        return { ...p, stack: chatStack(p) };
      case 'chat':
        return atChat(p, st.chat, ctx.state);
      case 'run':
        jobs.push({ pane: i, from, command: st.command });
        return p;
      case 'load':
        loads.push({ pane: i, from, load: st.load });
        return p;
      case 'notice':
        notice = { text: st.text, tone: st.tone };
        return p;
      case 'many':
        return st.steps.reduce(apply, p);
    }
  };
  if (!s) return same(ui);
  const before = ui.panes[i]!;
  const pane = apply(before, s);
  const more = loads.length ? { loads } : {};
  if (pane === before && notice === null) return { ui, jobs, ...more };
  const next = pane === before ? ui : mapPane(ui, i, () => pane);
  // The notice speaks of the screen the step left the pane on.
  return { ui: notice ? withNotice(next, notice, i) : next, jobs, ...more };
}

/** A store failure in words, naming the file at fault; `reading`: while reading history back
 * (nothing was being saved). */
export function failureText(error: unknown, lang: Lang, reading = false): string {
  const words = reading ? READ_FAILURE : STORE_FAILURE;
  if (error instanceof StoreError) return say(lang, words[error.code], { file: error.file });
  return say(lang, words.other, { reason: error instanceof Error ? error.message : String(error) });
}
