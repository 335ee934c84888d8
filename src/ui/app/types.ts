// The UI as data: what each pane shows (a stack of screens), the focus, the overlay, the notice;
// the actions that change it; and the steps a screen's reducer answers with. Plain values, so the
// whole UI can be reasoned about and tested without rendering.
import type { Command } from '../../domain/commands';
import type { Outcome } from '../../domain/engine';
import type { State, UserId } from '../../domain/types';
import type { Lang } from '../../i18n';
import type { Scheduler } from '../../crowd/clock';
import type { PresenceView } from '../../store/presence';
import type { ActionId } from '../keys/keymap';
import type { AddressScreen } from '../screens/address/reducer';
import type { CardScreen } from '../screens/card/reducer';
import type { ChatScreen } from '../screens/chat/reducer';
import type { ChatsScreen } from '../screens/chats/reducer';
import type { ComposeScreen } from '../screens/compose/reducer';
import type { ConfirmScreen } from '../screens/confirm/reducer';
import type { ModeScreen } from '../screens/mode/reducer';
import type { PickScreen } from '../screens/pick/reducer';
import type { ProductScreen } from '../screens/product/reducer';
import type { ResultScreen } from '../screens/result/reducer';
import type { ShopScreen } from '../screens/shop/reducer';
import type { RedScreen } from '../screens/hongbao/reducer';
import type { ShareScreen } from '../screens/share/reducer';
import type { KoulingScreen } from '../screens/kouling/reducer';
import type { OrdersScreen } from '../screens/orders/reducer';
import type { OrderScreen } from '../screens/order/reducer';
import type { SettingsScreen } from '../screens/settings/reducer';
import type { FeedScreen } from '../screens/feed/reducer';

export type Screen =
  | ChatScreen
  | ChatsScreen
  | ShopScreen
  | ProductScreen
  | ModeScreen
  | ComposeScreen
  | PickScreen
  | ConfirmScreen
  | CardScreen
  | AddressScreen
  | ResultScreen
  | RedScreen
  | ShareScreen
  | KoulingScreen
  | OrdersScreen
  | OrderScreen
  | SettingsScreen
  | FeedScreen;

export type ScreenKind = Screen['kind'];
export type ScreenOf<K extends ScreenKind> = Extract<Screen, { kind: K }>;

export type Tone = 'good' | 'bad' | 'info';
export interface Notice {
  text: string;
  tone: Tone;
  /** Which notice this is (a timer clears it by this id). */
  id: number;
  /** The pane and screen it speaks of (`screenKey`): it goes when that pane's screen changes. */
  pane: number;
  screen: string;
}

export interface PaneState {
  user: UserId;
  /** The chat the pane's chat screen shows: `group:ID` or `dm:a|b`. */
  chat: string;
  stack: Screen[];
  /** A store failure met while acting in this pane (the file named): shown until an action works. */
  alert: string | null;
  /** Messages up to this id were there when the pane opened: none of them is new. */
  since: number;
  /** Per chat, the last message id the pane has seen there (when it left the chat). */
  seen: ReadonlyMap<string, number>;
  /** The screen the pane rests on: absent, the chat (the presenter's panes); 'chats', the chat
   * list, with the chat opened above it (one person's phone, `--as`). */
  home?: 'chats';
}

/** What sits over the panes: the help (any key closes it), the question before quitting with
 * unsaved input (only its answers), or the insights (Esc closes them). */
export type Overlay = 'help' | 'quit' | 'insights' | null;

export interface UiState {
  /** Every pane of the session (its roster); as many as fit are shown (shown.ts). */
  panes: PaneState[];
  focus: number;
  /** The roster indices, most recently focused first: which panes are shown when not all fit. */
  recent: number[];
  overlay: Overlay;
  /** A line for the status bar: the last thing that happened (a refusal, a clock move). */
  notice: Notice | null;
  /** The id of the last notice given. */
  noticeSeq: number;
}

/** What a screen may read when it answers an action or draws itself: the engine state (read
 * only), the pane's user and UI state, the language, and the size the screen is drawn at. */
export interface Env {
  readonly state: State;
  readonly user: UserId;
  readonly pane: PaneState;
  readonly lang: Lang;
  readonly width: number;
  readonly height: number;
  /** Drawn full-screen for one person (`--as`): room for larger cards and fuller rows. */
  readonly phone?: boolean;
}

/** A key from the key table (with the digit for `pane`). */
export interface KeyAction {
  id: ActionId;
  n?: number;
}

/** Everything that changes the UI. Pane-bound actions name their pane. */
export type UiAction =
  /** A key of the key table, in the focused pane (or in `pane`: the scenario player acts there). */
  | { type: 'key'; id: ActionId; n?: number; pane?: number }
  /** The focused field of a pane took this value (typing, a paste, Backspace). */
  | { type: 'text'; pane: number; value: string }
  /** Enter in the focused field of a pane. */
  | { type: 'submit'; pane: number }
  /** An engine command a screen asked for came back: to the screen that asked (`from`). */
  | { type: 'outcome'; pane: number; from: Screen; command: Command; outcome: Outcome }
  /** An app-wide command (the clock, the grab rule) came back. */
  | { type: 'appOutcome'; tag: 'clock' | 'policy'; outcome: Outcome }
  /** The store failed (a corrupt file, a lock, the disk): said in this pane. */
  | { type: 'failure'; pane: number; text: string }
  /** The store works again: the alerts go. */
  | { type: 'recovered' }
  | { type: 'notice'; notice: { text: string; tone: Tone } | null }
  /** A notice's time is up (a timer the runner set when it was given). */
  | { type: 'expire'; id: number }
  /** Any key while the help is open: it closes. */
  | { type: 'dismiss' }
  /** Every pane back to its chat, showing these chats (one per pane); `recent` orders the panes
   * (its first is focused). */
  | { type: 'rest'; chats: string[]; recent?: number[] }
  /** History a screen asked the store for came back: to that pane's top screen, if of its kind. */
  | { type: 'loaded'; pane: number; from: Screen; load: Load; result: LoadResult };

/** What a screen's handler answers with: changes to its pane, a command to run, a notice. */
export type Step =
  | { type: 'replace'; screen: Screen }
  | { type: 'push'; screen: Screen }
  | { type: 'pop'; n?: number }
  | { type: 'home' }
  | { type: 'chat'; chat: string }
  | { type: 'notice'; text: string; tone: Tone }
  | { type: 'run'; command: Command }
  /** Read history kept on disk (a file store's archive): older chat lines, archived packets. */
  | { type: 'load'; load: Load }
  | { type: 'many'; steps: Step[] };

/** What a screen may ask the store to read back: the next `n` older messages of a chat
 * (Store.loadOlder), or packets by id (Store.loadPackets). */
export type Load = { type: 'older'; chat: string; n: number } | { type: 'packets'; ids: string[] };

/** How a load went: how many messages came in, which ids name no packet at all; or it failed
 * (the pane's alert says why, naming the file). */
export type LoadResult = { ok: true; added: number; missing: string[] } | { ok: false };

/** A load the decider wants done, and the screen its result goes back to. */
export interface LoadJob {
  pane: number;
  from: Screen;
  load: Load;
}

/** An engine command the decider wants run, and where its outcome goes back to. */
export type Job = { pane: number; from: Screen; command: Command } | { pane: null; tag: 'clock' | 'policy'; command: Command };

export interface Decision {
  ui: UiState;
  jobs: Job[];
  /** History to read back (absent: none). */
  loads?: LoadJob[];
  /** The user asked to quit. */
  quit?: boolean;
}

/** A key's handler: the screen and what it reads in, a step (or nothing) out. */
export type KeyHandler<S> = (s: S, env: Env, a: KeyAction) => Step | null;
/** The keys a screen answers now. The status bar, the help's list and the key resolver read
 * the same map, so a screen cannot offer a key it does not handle. */
export type KeyMap<S> = Partial<Record<ActionId, KeyHandler<S>>>;

export interface ScreenReducer<S extends Screen> {
  keys(s: S, env: Env): KeyMap<S>;
  /** The focused text field takes this value. */
  text?(s: S, value: string): S;
  /** Enter in the focused text field. */
  submit?(s: S, env: Env): Step | null;
  /** An engine command this screen asked for came back (`s` is the screen as it asked). */
  outcome?(s: S, command: Command, outcome: Outcome, env: Env): Step | null;
  /** The text field that has the keyboard, or null. */
  editing?(s: S): string | null;
  /** The screen holds typing that would be lost by quitting (a half-filled form). */
  unsaved?(s: S): boolean;
  /** History this screen asked for came back (`s` is the pane's top screen now, of this kind). */
  loaded?(s: S, load: Load, result: LoadResult, env: Env): Step | null;
}

export const many = (...steps: Array<Step | null | undefined>): Step => ({ type: 'many', steps: steps.filter((e): e is Step => !!e) });

export const top = (p: PaneState): Screen => p.stack[p.stack.length - 1]!;

/** The world as the panes see it: a new object whenever the engine state changed. */
export interface World {
  readonly state: State;
}

export interface Snapshot {
  readonly ui: UiState;
  readonly world: World;
  readonly player: PlayerViewLike | null;
  readonly cols: number;
  readonly rows: number;
  /** How many panes may be shown side by side at most (`--users` may ask for more than the default). */
  readonly maxPanes: number;
  /** Several terminals on one data file: who else is there (a session on a file only). */
  readonly live?: LiveView | null;
}

/** What a session on a shared data file knows of the others (src/store/presence.ts), and how it
 * hears their writes: 'watch' at once, 'poll' every second. */
export interface LiveView extends PresenceView {
  readonly hearing: 'watch' | 'poll';
}

/** What the runner needs of a scenario player driving the panes (src/player). */
export interface PlayerHooks {
  /** The marks list is open: the moving keys go to it. */
  readonly marksOpen: boolean;
  handle(action: { id: ActionId }): Promise<void>;
  /** The presenter ran a command themselves: the scenario stops driving. */
  live(): void;
  view(): PlayerViewLike;
}

export interface PlayerViewLike {
  /** Steps done. */
  at: number;
  total: number;
  /** The step the bar speaks of, by its index (steps[i], `#i` in the account): the one playing,
   * else the last one done; null before the first. */
  shown: number | null;
  mode: 'auto' | 'step' | 'live';
  paused: boolean;
  busy: boolean;
  /** The note of the step shown. */
  note: string | null;
  marksOpen: boolean;
  marksCursor: number;
  /** Each mark: its name, the step it follows, that step's note. */
  marks: Array<{ name: string; step: number; note: string | null }>;
}

export interface RunnerOptions {
  /** Panes shown side by side at most (default 4; `--users` may ask for more). */
  maxPanes?: number;
  /** The presenter's clock, for the notices' time (the machine's by default; a virtual one in tests). */
  scheduler?: Scheduler;
  /** 'panes' (the presenter's, side by side) or 'phone' (one person, full-screen: `--as`). */
  layout?: 'panes' | 'phone';
  /** This session's id on a shared data file: its clock moves carry it, so the other terminals
   * can say who moved the clock. */
  session?: string;
}
