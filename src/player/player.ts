// Playing a scenario in the panes: each step shown as the acting user doing it (the UI actions
// of steps.ts, through the same decider as the keyboard), at a readable speed, the actor's pane
// brought on screen and focused first; Space pauses, → and ← step, m lists the marks to jump
// to, r restarts from the seed. Going back replays the scenario from its seed to the step
// before, so the screen after ← is exactly the screen that was there before →. Any engine
// command from the keyboard hands the session to the presenter (live), who carries on from
// there; r then goes back to the moment they took over.
//
// Steps are named by their index (steps[i] is #i, as in the file's account); "after #i" is the
// moment once steps 0..i are done, which is what a mark on step i names and where --at i opens.
import type { Command } from '../domain/commands';
import { chatFor } from '../domain/rules';
import type { Outcome } from '../domain/engine';
import type { State } from '../domain/types';
import { refusalMessage } from '../i18n/refusals';
import { describeEvent } from '../i18n/events';
import type { World } from '../domain/world';
import type { Scenario } from '../scenario/parse';
import { playStep, startScenario, type Played } from '../scenario/play';
import type { PlayerHooks, PlayerViewLike, Runner } from '../ui/app/runner';
import { bringToFront } from '../ui/app/shown';
import { top } from '../ui/app/types';
import type { ActionId } from '../ui/keys/keymap';
import { planStep } from './steps';
import type { SwapStore } from './swap-store';

/** The player's modes, as its view (ui/app/types.ts, PlayerViewLike) names them: the view is one
 * type, the one the runner and the bar read, not a copy of it here. */
export type PlayerMode = PlayerViewLike['mode'];

export interface PlayerOptions {
  /** 1 = the readable default; 2 = twice as fast; 0 = instant (no animation). */
  speed: number;
  /** Wait for → before each step. */
  step: boolean;
  sleep?: (ms: number) => Promise<void>;
  /** Told the name of each mark as the story passes it (a recording's chapters). */
  onMark?: (name: string) => void;
  /** Called once a step's outcome is on screen (before the pause after it): a filmstrip's frame. */
  onShown?: (step: number) => Promise<void>;
}

/** What the panes show at rest after a number of steps: each pane's chat, and the panes by
 * recency (the last actor first, so focused and on screen). */
interface Rest {
  chats: string[];
  recent: number[];
}

/** Milliseconds each screen of a step stays up at speed 1, and the pause between steps. */
export const FRAME_MS = 650;
export const BETWEEN_MS = 900;

export class Player implements PlayerHooks {
  private played: Played;
  /** Steps done. */
  private at = 0;
  /** The panes at rest after each number of steps (index = steps done). */
  private rests: Rest[];
  /** Steps done when the presenter took over (r goes back there). */
  private takeover = 0;
  mode: PlayerMode;
  paused = false;
  busy = false;
  marksOpen = false;
  marksCursor = 0;
  private listeners = new Set<() => void>();
  private readonly sleep: (ms: number) => Promise<void>;
  private running: Promise<void> | null = null;
  /** The scenario's marks, found once: the bar's view is taken at every publish, and a long
   * scenario's steps are many. */
  private readonly marks: PlayerViewLike['marks'];

  constructor(
    private readonly c: Runner,
    private readonly store: SwapStore,
    readonly scenario: Scenario,
    private readonly world: World,
    private readonly opts: PlayerOptions,
  ) {
    this.played = startScenario(scenario, world);
    this.marks = scenario.steps.filter((s) => s.mark !== null).map((s) => ({ name: s.mark!, step: s.i, note: s.note }));
    store.swap(this.played.state);
    const ui = c.snapshot().ui;
    this.rests = [{ chats: ui.panes.map((p) => p.chat), recent: [...ui.recent] }];
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

  view(): PlayerViewLike {
    // While a step plays, that step; at rest, the last one done: the counter, the note and the
    // status line all speak of the same step.
    const shown = this.busy ? this.at : this.at > 0 ? this.at - 1 : null;
    const step = shown === null ? undefined : this.scenario.steps[shown];
    return {
      at: this.at,
      total: this.scenario.steps.length,
      shown,
      mode: this.mode,
      paused: this.paused,
      busy: this.busy,
      note: step?.note ?? null,
      marksOpen: this.marksOpen,
      marksCursor: this.marksCursor,
      marks: this.marks,
    };
  }

  /**
   * Start playing (auto mode plays to the end unless paused). `at`: open right after that many
   * steps instead, paused (Space plays on).
   */
  async start(at?: number): Promise<void> {
    if (at !== undefined && at > 0) {
      this.paused = true;
      await this.jumpTo(at);
      return;
    }
    this.changed();
    if (this.mode === 'auto') return this.autoplay();
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
    this.takeover = this.at;
    this.changed();
  }

  async handle(a: { id: ActionId }): Promise<void> {
    if (this.marksOpen) return this.marksKey(a);
    if (this.mode === 'live') {
      // Live: the presenter has the keys; r hands the panes back to the scenario where the
      // presenter took over, paused (Space plays on, r again starts from the seed).
      if (a.id === 'restart') {
        this.mode = this.opts.step ? 'step' : 'auto';
        this.paused = true;
        await this.jumpTo(this.takeover);
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
    const marks = this.marks;
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
    // The last step's outcome goes: the status line speaks of the step now playing.
    this.c.apply({ type: 'notice', notice: null });
    this.changed();
    try {
      const state = this.played.state;
      const cmd: Command = step.command(state.now, this.played.resolve);
      const frame = this.opts.speed > 0 ? FRAME_MS / this.opts.speed : 0;
      // A settings step has no actor: the presenter changes them, in the focused pane.
      const pane = 'as' in cmd ? this.c.snapshot().ui.panes.findIndex((p) => p.user === cmd.as) : cmd.type === 'settings' ? this.c.snapshot().ui.focus : -1;
      // Whoever acts is on screen and focused when it happens.
      if ('as' in cmd && pane >= 0) this.c.apply({ type: 'key', id: 'pane', n: pane });
      // Instantly (speed 0) the step just runs; else the actor's pane shows the way to it.
      const inPane = pane >= 0 && frame > 0;
      const outcome = inPane ? await this.playInPane(pane, cmd, frame) : playStep(this.played, step).outcome;
      this.c.publish({ world: true });
      const users = this.c.snapshot().ui.panes.map((p) => p.user);
      this.rests[this.at + 1] = restAfter(state, cmd, outcome, users, this.rests[this.at]!);
      this.at++;
      this.settle();
      // In a pane, the outcome was shown before the panes came to rest; else this is the moment.
      if (!inPane) await this.opts.onShown?.(step.i);
      if (step.mark !== null) this.opts.onMark?.(step.mark);
    } finally {
      this.busy = false;
      this.changed();
    }
  }

  /** The state and screens after `n` steps, replayed from the seed (no animation). */
  async jumpTo(n: number): Promise<void> {
    const played = startScenario(this.scenario, this.world);
    const users = this.c.snapshot().ui.panes.map((p) => p.user);
    let rest = this.rests[0]!;
    for (let i = 0; i < n && i < this.scenario.steps.length; i++) {
      const step = this.scenario.steps[i]!;
      const cmd = step.command(played.state.now, played.resolve);
      const { outcome } = playStep(played, step);
      rest = restAfter(played.state, cmd, outcome, users, rest);
      this.rests[i + 1] = rest;
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
    await this.opts.onShown?.(this.at);
    await this.sleep(frame * 1.5);
    return outcome;
  }

  /** The panes at rest after `at` steps: their chats, and the last step's outcome in the status
   * bar. A function of the step count alone, so ← lands on the very screen → left. */
  private settle(): void {
    const rest = this.rests[this.at]!;
    this.c.apply({ type: 'rest', chats: rest.chats, recent: rest.recent });
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

/** The panes at rest once a step is done: its actor's pane focused (so on screen), and the chats. */
export function restAfter(state: State, cmd: Command, outcome: Outcome, users: string[], rest: Rest): Rest {
  const actor = 'as' in cmd ? users.indexOf(cmd.as) : -1;
  return { chats: chatsAfter(state, cmd, outcome, users, rest.chats), recent: actor >= 0 ? bringToFront(rest.recent, actor) : rest.recent };
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
