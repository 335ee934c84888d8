// The app's brain, outside React: it owns the UI state (panes, their screen stacks, the focus
// owner, the overlay), turns a key into an action through the one key table, asks the focused
// screen what the action means, and carries the effects out — engine commands go through the
// store, the only way anything in the world changes. React components only draw snapshots.
import type { Key } from 'ink';
import type { Command } from '../domain/commands';
import { nextDeadline, type Outcome } from '../domain/engine';
import { refusalMessage } from '../i18n/refusals';
import { HOUR, toShort } from '../domain/time';
import type { DomainEvent, State } from '../domain/types';
import { describeEvent } from '../i18n/events';
import type { Lang } from '../i18n';
import type { Store } from '../store';
import { resolveKey, type ActionId, type Context } from './keys/keymap';
import { tr, type Action, type Effect, type Env } from './model/effects';
import { chatScreen, editingField, top, type PaneState, type UiState } from './model/screens';
import { SCREENS } from './screens';

export interface Layout {
  paneWidth: number;
  bodyHeight: number;
}

export interface ControllerOptions {
  lang: Lang;
  /** Called when the user quits (q). */
  onQuit?: () => void;
}

type Listener = () => void;

/** What the controller needs of a scenario player driving the panes (src/player). */
export interface PlayerHooks {
  /** The marks list is open: the moving keys go to it. */
  readonly marksOpen: boolean;
  handle(action: Action): Promise<void>;
  /** The presenter did something themselves: the scenario stops driving. */
  live(): void;
  /** What the player bar and the marks list show. */
  view(): PlayerViewLike;
}

export interface PlayerViewLike {
  at: number;
  total: number;
  mode: 'auto' | 'step' | 'live';
  paused: boolean;
  busy: boolean;
  note: string | null;
  marksOpen: boolean;
  marksCursor: number;
  marks: Array<{ name: string; step: number }>;
}

const PLAYER_ACTIONS = new Set<ActionId>(['playPause', 'stepForward', 'stepBack', 'marks', 'restart']);

export class Controller {
  private ui: UiState;
  private listeners = new Set<Listener>();
  private queue: Promise<unknown> = Promise.resolve();
  /** Bumped on every change of the UI state or the world: what React subscribes to. */
  version = 0;
  /** Bumped only when the world (the engine state) changes: panes whose own UI state did not
   * change re-render only then. */
  stateVersion = 0;
  /** The version the last drawn frame showed (the test harness waits for it to catch up). */
  drawnVersion = -1;
  /** The work the last key started: tests wait for it instead of sleeping. */
  private work: Promise<void> = Promise.resolve();
  /** The scenario player, when `play --tui` drives the panes. */
  player: PlayerHooks | null = null;
  layout: Layout = { paneWidth: 30, bodyHeight: 20 };

  constructor(
    readonly store: Store,
    panes: Array<{ user: string; chat: string }>,
    readonly options: ControllerOptions,
  ) {
    this.ui = {
      panes: panes.map((p) => ({ user: p.user, chat: p.chat, stack: [chatScreen()] })),
      focus: 0,
      overlay: null,
      notice: null,
    };
  }

  get lang(): Lang {
    return this.options.lang;
  }
  state(): State {
    return this.store.state();
  }
  snapshot(): UiState {
    return this.ui;
  }

  subscribe = (fn: Listener) => {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  };
  getVersion = () => this.version;

  private changed() {
    this.version++;
    for (const fn of this.listeners) fn();
  }

  private setUi(ui: UiState) {
    this.ui = ui;
    this.changed();
  }

  /** Another process wrote the data file: show what it did. */
  async refresh(): Promise<void> {
    if (await this.store.refresh()) {
      this.stateVersion++;
      this.changed();
    }
  }

  envFor(i: number): Env {
    const pane = this.ui.panes[i]!;
    return { state: this.state(), user: pane.user, pane, lang: this.lang, width: this.layout.paneWidth, height: this.layout.bodyHeight };
  }

  /** What the keyboard is doing now: for the key table, the status bar and the help. */
  context(): Context {
    const pane = this.ui.panes[this.ui.focus]!;
    const screen = top(pane);
    const editing = editingField(screen) !== null;
    if (this.player?.marksOpen) return { editing: false, screenActions: ['up', 'down', 'select', 'back'] };
    const actions = SCREENS[screen.kind].actions(screen, this.envFor(this.ui.focus));
    const atRest = this.player !== null && !editing && screen.kind === 'chat' && this.ui.overlay === null;
    return { editing, screenActions: this.ui.overlay ? [] : actions, player: atRest };
  }

  /** Resolves once the work started by the keys so far is done. */
  async settled(): Promise<void> {
    let seen: Promise<void>;
    do {
      seen = this.work;
      await seen;
    } while (seen !== this.work);
  }

  /** A key from Ink's useInput. Returns the promise of any engine work it started. */
  handleKey(input: string, key: Key): Promise<void> {
    const job = this.keyJob(input, key);
    this.work = this.work.then(() => job).catch(() => undefined);
    return job;
  }

  private keyJob(input: string, key: Key): Promise<void> {
    if (this.ui.overlay === 'help') {
      // The help overlay takes any key to close; q still quits.
      if (input === 'q') return this.global({ id: 'quit' });
      this.setUi({ ...this.ui, overlay: null });
      return Promise.resolve();
    }
    const action = resolveKey(input, key, this.context());
    if (!action) return Promise.resolve();
    return this.dispatch(action);
  }

  dispatch(action: Action): Promise<void> {
    if (this.player && (this.player.marksOpen || PLAYER_ACTIONS.has(action.id))) return this.player.handle(action);
    if (GLOBAL.has(action.id)) return this.global(action);
    const i = this.ui.focus;
    const pane = this.ui.panes[i]!;
    const screen = top(pane);
    const effect = SCREENS[screen.kind].act(screen, action, this.envFor(i));
    return effect ? this.apply(i, effect) : Promise.resolve();
  }

  /** Typing in the focused pane's text field. */
  setText(paneIndex: number, value: string) {
    const pane = this.ui.panes[paneIndex]!;
    const screen = top(pane);
    const mod = SCREENS[screen.kind];
    if (!mod.setText) return;
    this.setUi(this.withTop(paneIndex, mod.setText(screen, value)));
  }

  /** Enter in the focused pane's text field. */
  submitText(paneIndex: number): Promise<void> {
    // Deferred to a microtask: the app's own key handler gets the same Enter, before or after
    // the field's (ink re-subscribes handlers on every render), and must still see the field
    // editing, or the Enter that ends typing would also select the row the cursor lands on.
    const job = Promise.resolve().then(() => {
      const screen = top(this.ui.panes[paneIndex]!);
      const effect = SCREENS[screen.kind].submit?.(screen, this.envFor(paneIndex));
      return effect ? this.apply(paneIndex, effect) : undefined;
    });
    this.work = this.work.then(() => job).catch(() => undefined);
    return job;
  }

  private withTop(i: number, screen: PaneState['stack'][number]): UiState {
    return this.mapPane(i, (p) => ({ ...p, stack: [...p.stack.slice(0, -1), screen] }));
  }

  private mapPane(i: number, f: (p: PaneState) => PaneState): UiState {
    return { ...this.ui, panes: this.ui.panes.map((p, j) => (j === i ? f(p) : p)) };
  }

  /** Carry out an effect for pane i. Engine commands are queued so key presses never interleave. */
  async apply(i: number, effect: Effect): Promise<void> {
    switch (effect.type) {
      case 'replace':
        return this.setUi(this.withTop(i, effect.screen));
      case 'push':
        return this.setUi(this.mapPane(i, (p) => ({ ...p, stack: [...p.stack, effect.screen] })));
      case 'pop': {
        const n = effect.n ?? 1;
        if (n <= 0) return;
        return this.setUi(this.mapPane(i, (p) => ({ ...p, stack: p.stack.length > n ? p.stack.slice(0, -n) : [chatScreen()] })));
      }
      case 'home':
        return this.setUi(this.mapPane(i, (p) => ({ ...p, stack: [chatScreen()] })));
      case 'chat':
        return this.setUi(this.mapPane(i, (p) => ({ ...p, chat: effect.chat, stack: [chatScreen()] })));
      case 'notice':
        return this.setUi({ ...this.ui, notice: { text: effect.text, tone: effect.tone } });
      case 'many':
        for (const e of effect.effects) await this.apply(i, e);
        return;
      case 'run': {
        const outcome = await this.run(effect.command);
        const next = outcome.ok ? effect.ok(outcome) : effect.fail(outcome);
        if (next) await this.apply(i, next);
        return;
      }
    }
  }

  // ---- for the scenario player: it changes the world itself and shows the acting user's screens

  /** The world was changed outside run() (the player played a step, or swapped the state in). */
  worldChanged(): void {
    this.stateVersion++;
    this.changed();
  }

  paneOf(user: string): number {
    return this.ui.panes.findIndex((p) => p.user === user);
  }

  /** Show a screen over the chat in a user's pane (null: back to the chat), as that user would. */
  show(user: string, screen: PaneState['stack'][number] | null, chat?: string): void {
    const i = this.paneOf(user);
    if (i < 0) return;
    this.setUi(this.mapPane(i, (p) => ({ ...p, chat: chat ?? p.chat, stack: screen ? [chatScreen(), screen] : [chatScreen()] })));
  }

  /** Every pane back to its chat, showing these chats (one per pane). */
  rest(chats: string[]): void {
    this.setUi({ ...this.ui, panes: this.ui.panes.map((p, i) => ({ ...p, chat: chats[i] ?? p.chat, stack: [chatScreen()] })), overlay: null });
  }

  notify(text: string | null, tone: 'good' | 'bad' | 'info' = 'info'): void {
    this.setUi({ ...this.ui, notice: text === null ? null : { text, tone } });
  }

  /** Redraw (the player's bar changed). */
  touch(): void {
    this.changed();
  }

  /** Run an engine command through the store, one at a time. */
  run(command: Command): Promise<Outcome> {
    // A command from the keyboard (not from the player): the presenter takes over.
    this.player?.live();
    const job = this.queue.then(() => this.store.execute(command));
    this.queue = job.catch(() => undefined);
    return job.then((outcome) => {
      if (outcome.ok) this.stateVersion++;
      this.changed();
      return outcome;
    });
  }

  private async global(action: Action): Promise<void> {
    const t = tr(this.lang);
    switch (action.id) {
      case 'help':
        return this.setUi({ ...this.ui, overlay: 'help' });
      case 'quit':
        this.options.onQuit?.();
        return;
      case 'nextPane':
      case 'prevPane': {
        const n = this.ui.panes.length;
        return this.setUi({ ...this.ui, focus: (this.ui.focus + (action.id === 'nextPane' ? 1 : n - 1)) % n });
      }
      case 'pane':
        if (action.n !== undefined && action.n < this.ui.panes.length) this.setUi({ ...this.ui, focus: action.n });
        return;
      case 'hour':
        return this.advance({ type: 'advance', by: HOUR });
      case 'deadline': {
        const d = nextDeadline(this.state());
        if (!d) return this.setUi({ ...this.ui, notice: { text: t('没有待到期的礼物', 'Nothing is due'), tone: 'info' } });
        return this.advance({ type: 'advanceTo', to: d.at });
      }
      case 'policy': {
        const next = this.state().settings.grabPolicy === 'first-address' ? 'reserve-on-open' : 'first-address';
        const o = await this.run({ type: 'policy', grabPolicy: next });
        if (o.ok) this.setUi({ ...this.ui, notice: { text: describeEvent(this.state(), o.events[0]!, this.lang) ?? '', tone: 'info' } });
        return;
      }
    }
  }

  private async advance(cmd: Command): Promise<void> {
    const o = await this.run(cmd);
    if (!o.ok) return this.setUi({ ...this.ui, notice: { text: refusalMessage(o.code, this.lang), tone: 'bad' } });
    this.setUi({ ...this.ui, notice: { text: clockNotice(this.state(), o.events, this.lang), tone: 'info' } });
  }
}

const GLOBAL = new Set<ActionId>(['help', 'quit', 'nextPane', 'prevPane', 'pane', 'hour', 'deadline', 'policy']);

/** "时间 → 01-28 21:00 · l1 开奖 · 退回 2 份" */
function clockNotice(state: State, events: DomainEvent[], lang: Lang): string {
  const t = tr(lang);
  const parts = [t(`时间 → ${toShort(state.now)}`, `time → ${toShort(state.now)}`)];
  const draws = events.filter((e) => e.type === 'drawn').length;
  const refunds = events.filter((e) => e.type === 'refunded').length;
  if (draws) parts.push(t(`${draws} 个抽奖开奖`, `${draws} lottery drawn`));
  if (refunds) parts.push(t(`${refunds} 份礼物退回`, `${refunds} gifts refunded`));
  return parts.join(' · ');
}
