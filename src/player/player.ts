// Playing a scenario in the panes: each step shown as the acting user doing it (the UI actions
// of steps.ts, through the same decider as the keyboard), at a readable speed; Space pauses, → and ← step, m lists the marks to jump to, r restarts from the seed. Going
// back replays the scenario from its seed to the step before, so the screen after ← is exactly
// the screen that was there before →. Any engine command from the keyboard hands the session to
// the presenter (live), who carries on from there.
import type { Command } from '../domain/commands';
import { chatFor } from '../domain/rules';
import type { Outcome } from '../domain/engine';
import type { State } from '../domain/types';
import { refusalMessage } from '../i18n/refusals';
import { describeEvent } from '../i18n/events';
import type { World } from '../domain/world';
import type { Scenario } from '../scenario/parse';
import { playStep, startScenario, type Played } from '../scenario/play';
import type { PlayerHooks, Runner } from '../ui/app/runner';
import { top } from '../ui/app/types';
import type { ActionId } from '../ui/keys/keymap';
import { planStep } from './steps';
import type { SwapStore } from './swap-store';

export type PlayerMode = 'auto' | 'step' | 'live';

export interface PlayerOptions {
  /** 1 = the readable default; 2 = twice as fast; 0 = instant (no animation). */
  speed: number;
  /** Wait for → before each step. */
  step: boolean;
  sleep?: (ms: number) => Promise<void>;
}

/** Milliseconds each screen of a step stays up at speed 1, and the pause between steps. */
export const FRAME_MS = 650;
export const BETWEEN_MS = 900;

export interface PlayerView {
  at: number;
  total: number;
  mode: PlayerMode;
  paused: boolean;
  busy: boolean;
  /** The caption: the note of the step just shown (or about to be). */
  note: string | null;
  mark: string | null;
  marksOpen: boolean;
  marksCursor: number;
  marks: Array<{ name: string; step: number }>;
}

export class Player implements PlayerHooks {
  private played: Played;
  /** Steps done. */
  private at = 0;
  /** The chats the panes showed after each number of steps (index = steps done). */
  private chats: string[][];
  mode: PlayerMode;
  paused = false;
  busy = false;
  marksOpen = false;
  marksCursor = 0;
  private listeners = new Set<() => void>();
  private readonly sleep: (ms: number) => Promise<void>;
  private running: Promise<void> | null = null;

  constructor(
    private readonly c: Runner,
    private readonly store: SwapStore,
    readonly scenario: Scenario,
    private readonly world: World,
    private readonly opts: PlayerOptions,
  ) {
    this.played = startScenario(scenario, world);
    store.swap(this.played.state);
    this.chats = [c.snapshot().ui.panes.map((p) => p.chat)];
    this.mode = opts.step ? 'step' : 'auto';
    this.sleep = opts.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
    c.player = this;
    c.publish({ world: true });
  }

  subscribe(fn: () => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }
  private changed() {
    for (const fn of this.listeners) fn();
    this.c.publish();
  }

  view(): PlayerView {
    const step = this.scenario.steps[Math.max(0, this.at - 1)];
    const next = this.scenario.steps[this.at];
    return {
      at: this.at,
      total: this.scenario.steps.length,
      mode: this.mode,
      paused: this.paused,
      busy: this.busy,
      // While a step plays, its own note; at rest, the note of the step just shown (or of the
      // first, before anything happened).
      note: (this.busy || this.at === 0 ? next?.note : step?.note) ?? null,
      mark: (this.at === 0 ? null : step?.mark) ?? null,
      marksOpen: this.marksOpen,
      marksCursor: this.marksCursor,
      marks: this.marks(),
    };
  }

  marks(): Array<{ name: string; step: number }> {
    return this.scenario.steps.filter((s) => s.mark !== null).map((s) => ({ name: s.mark!, step: s.i }));
  }

  /** Start playing (auto mode plays to the end unless paused). */
  start(): Promise<void> {
    this.changed();
    if (this.mode === 'auto') return this.autoplay();
    return Promise.resolve();
  }

  private autoplay(): Promise<void> {
    if (this.running) return this.running;
    this.running = (async () => {
      while (this.mode === 'auto' && !this.paused && this.at < this.scenario.steps.length) {
        await this.forward();
        if (this.opts.speed > 0) await this.sleep(BETWEEN_MS / this.opts.speed);
      }
    })().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  live(): void {
    if (this.mode === 'live') return;
    this.mode = 'live';
    this.changed();
  }

  async handle(a: { id: ActionId }): Promise<void> {
    if (this.marksOpen) return this.marksKey(a);
    if (this.mode === 'live') {
      // Live: the presenter has the keys; only restart brings the scenario back.
      if (a.id === 'restart') {
        this.mode = this.opts.step ? 'step' : 'auto';
        await this.jumpTo(0);
        if (this.mode === 'auto') void this.autoplay();
      }
      return;
    }
    if (this.busy) {
      if (a.id === 'playPause') this.paused = true;
      return;
    }
    switch (a.id) {
      case 'playPause':
        if (this.mode === 'step') this.mode = 'auto';
        else this.paused = !this.paused;
        this.changed();
        if (!this.paused && this.mode === 'auto') void this.autoplay();
        return;
      case 'stepForward':
        this.paused = true;
        if (this.mode === 'auto') this.mode = 'step';
        return this.forward();
      case 'stepBack':
        this.paused = true;
        if (this.mode === 'auto') this.mode = 'step';
        return this.jumpTo(Math.max(0, this.at - 1));
      case 'restart':
        this.paused = this.mode === 'step';
        await this.jumpTo(0);
        if (this.mode === 'auto' && !this.paused) void this.autoplay();
        return;
      case 'marks':
        this.marksOpen = true;
        this.marksCursor = 0;
        this.changed();
        return;
      default:
        return;
    }
  }

  private async marksKey(a: { id: ActionId }): Promise<void> {
    const marks = this.marks();
    if (a.id === 'up') this.marksCursor = Math.max(0, this.marksCursor - 1);
    else if (a.id === 'down') this.marksCursor = Math.min(marks.length - 1, this.marksCursor + 1);
    else if (a.id === 'back' || a.id === 'marks') this.marksOpen = false;
    else if (a.id === 'select') {
      this.marksOpen = false;
      const m = marks[this.marksCursor];
      this.paused = true;
      if (this.mode === 'auto') this.mode = 'step';
      // A mark names the moment right after its step.
      if (m) await this.jumpTo(m.step + 1);
    }
    this.changed();
  }

  /** Play the next step as the acting user doing it. */
  async forward(): Promise<void> {
    const step = this.scenario.steps[this.at];
    if (!step || this.busy) return;
    this.busy = true;
    this.changed();
    try {
      const state = this.played.state;
      const resolve = (ref: string) => this.played.labels.get(ref) ?? ref;
      const cmd: Command = step.command(state.now, resolve);
      const frame = this.opts.speed > 0 ? FRAME_MS / this.opts.speed : 0;
      // A settings step has no actor: the presenter changes them, in the focused pane.
      const pane = 'as' in cmd ? this.c.snapshot().ui.panes.findIndex((p) => p.user === cmd.as) : cmd.type === 'settings' ? this.c.snapshot().ui.focus : -1;
      // Instantly (speed 0) the step just runs; else the actor's pane shows the way to it.
      const outcome = pane >= 0 && frame > 0 ? await this.playInPane(pane, cmd, frame) : playStep(this.played, step).outcome;
      this.c.publish({ world: true });
      const users = this.c.snapshot().ui.panes.map((p) => p.user);
      this.chats[this.at + 1] = chatsAfter(state, cmd, outcome, users, this.chats[this.at]!);
      this.at++;
      this.settle();
    } finally {
      this.busy = false;
      this.changed();
    }
  }

  /** The state and screens after `n` steps, replayed from the seed (no animation). */
  async jumpTo(n: number): Promise<void> {
    const played = startScenario(this.scenario, this.world);
    const users = this.c.snapshot().ui.panes.map((p) => p.user);
    let chats = this.chats[0]!;
    for (let i = 0; i < n && i < this.scenario.steps.length; i++) {
      const step = this.scenario.steps[i]!;
      const cmd = step.command(played.state.now, (ref) => played.labels.get(ref) ?? ref);
      const { outcome } = playStep(played, step);
      chats = chatsAfter(played.state, cmd, outcome, users, chats);
      this.chats[i + 1] = chats;
    }
    this.played = played;
    this.at = Math.min(n, this.scenario.steps.length);
    this.store.swap(played.state);
    this.c.publish({ world: true });
    this.settle();
    this.changed();
  }

  /**
   * The step as its actor does it: the way there, screen by screen; then the step's own command
   * in place of the one the screens would run (the outcome stays the headless one), answered to
   * the screen that asked; then a moment on what it showed (抢到了, 手慢了…).
   */
  private async playInPane(pane: number, cmd: Command, frame: number): Promise<Outcome> {
    const plan = planStep(this.c.snapshot().ui, pane, cmd, this.c.ctx());
    for (const a of plan.actions) {
      const kind = top(this.c.snapshot().ui.panes[pane]!).kind;
      this.c.apply(a);
      // A new screen stays up for a frame; a cursor step or a keystroke goes by faster.
      if (top(this.c.snapshot().ui.panes[pane]!).kind !== kind) await this.sleep(frame);
      else if (a.type === 'key' || a.type === 'text') await this.sleep(frame / 6);
    }
    if (plan.commit) {
      const kind = top(this.c.snapshot().ui.panes[pane]!).kind;
      this.c.apply(plan.commit);
      // The commit put a screen up while the engine decides (a red packet's envelope): a moment on it.
      if (top(this.c.snapshot().ui.panes[pane]!).kind !== kind) await this.sleep(frame);
    }
    const from = plan.ui?.from ?? top(plan.before.panes[pane]!);
    const { outcome } = playStep(this.played, this.scenario.steps[this.at]!);
    this.c.publish({ world: true });
    this.c.apply({ type: 'outcome', pane, from, command: cmd, outcome });
    await this.sleep(frame * 1.5);
    return outcome;
  }

  /** The panes at rest after `at` steps: their chats, and the last step's outcome in the status
   * bar. A function of the step count alone, so ← lands on the very screen → left. */
  private settle(): void {
    this.c.apply({ type: 'rest', chats: this.chats[this.at]! });
    const last = this.played.outcomes[this.at - 1];
    const notice = (text: string | null, tone: 'bad' | 'info' = 'info') => {
      this.c.apply({ type: 'notice', notice: text === null ? null : { text, tone } });
    };
    if (!last) return notice(null);
    const o = last.outcome;
    if (!o.ok) return notice(`✗ ${o.code} ${refusalMessage(o.code, this.c.lang)}`, 'bad');
    const line = o.events.map((e) => describeEvent(this.played.state, e, this.c.lang)).find((x) => x !== null);
    notice(line ?? null);
  }
}

/** Which chat each pane shows once a step is done: the acting user (and a direct gift's
 * recipient) look at the chat the packet lives in. */
export function chatsAfter(state: State, cmd: Command, outcome: Outcome, users: string[], chats: string[]): string[] {
  const packetId = cmd.type === 'send' ? (outcome.ok ? String(outcome.result?.packet) : undefined) : 'packet' in cmd ? cmd.packet : undefined;
  const p = packetId ? state.packets[packetId] : undefined;
  if (!p || !('as' in cmd)) return chats;
  const bulkTo = (u: string) => p.mode === 'bulk' && p.units.some((x) => x.holder === u);
  return users.map((u, i) => (u === cmd.as || (p.group === null && (u === p.to || u === p.sender || bulkTo(u))) ? chatFor(p, u) : chats[i]!));
}
