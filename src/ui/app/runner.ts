// The runner: the UI's one moving part. It holds the current snapshot (the UI state, the world,
// the player's bar), turns keys into actions through the one key table, feeds actions to the
// pure decider (decide.ts), runs the engine commands the decider asks for against the store one
// at a time, feeds each outcome back as an action to the pane that asked, and publishes a new
// snapshot object whenever what is shown changes. React only draws snapshots.
//
// To add a screen: a folder src/ui/screens/<kind>/ with reducer.ts (its state type, a key map
// per mode of the screen, and the outcome of any command it runs), view.tsx (how it looks, from
// its state and the Env), its words in src/i18n/screens/, and one line in screens/index.ts and
// screens/views.ts plus its state type in app/types.ts's Screen union.
import type { Key } from 'ink';
import type { Command } from '../../domain/commands';
import type { Outcome } from '../../domain/engine';
import type { State } from '../../domain/types';
import type { Lang } from '../../i18n';
import type { Store } from '../../store';
import { backgroundScheduler, type Scheduler } from '../../crowd/clock';
import { resolveKey, type ActionId } from '../keys/keymap';
import { MAX_DEFAULT_PANES } from '../layout';
import { phoneFrame } from '../phone/layout';
import { phoneUi } from '../phone/ui';
import { clockMovedByOthers, movedNotice } from '../live/clock-notice';
import { decide, failureText, initialUi, keyContext, type Ctx } from './decide';
import { screenLayout } from './screen-layout';
import { settled } from './settled';
import type { Job, LiveView, LoadJob, LoadResult, PlayerHooks, Snapshot, UiAction, UiState } from './types';

export type { LiveView, PlayerHooks, PlayerViewLike, Snapshot, World } from './types';

const PLAYER_KEYS = new Set<ActionId>(['playPause', 'stepForward', 'stepBack', 'marks', 'restart']);

/** How long a notice stays in the status bar when nothing else takes it away. */
export const NOTICE_MS = 4000;
/** Events (and sends) whose time of arrival is kept for the timeline. */
const STAMPS_KEPT = 2000;

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

export class Runner {
  private snap: Snapshot;
  private readonly listeners = new Set<() => void>();
  private readonly quitters = new Set<() => void>();
  /** Engine commands, one at a time, in the order asked. */
  private queue: Promise<unknown> = Promise.resolve();
  /** Everything started so far: what idle() waits for. */
  private work: Promise<unknown> = Promise.resolve();
  player: PlayerHooks | null = null;
  private readonly scheduler: Scheduler;
  /** The notice whose timer is set. */
  private timed: number | null = null;
  /** When the events were seen, on the presenter's clock: the timeline's race times. */
  private readonly seen = new Map<number, number>();
  private readonly sends = new Map<string, { at: number; ms: number }>();
  private lastSeq: number;
  readonly stamps = { event: (seq: number) => this.seen.get(seq), sent: (packet: string) => this.sends.get(packet) };
  readonly layout: 'panes' | 'phone';
  readonly session: string | null;
  /** The newest engine event this session has shown: what a refresh brings is after it. */
  private seenSeq: number;

  constructor(
    readonly store: Store,
    panes: Array<{ user: string; chat: string }>,
    readonly lang: Lang,
    size: { cols: number; rows: number } = { cols: 120, rows: 40 },
    opts: RunnerOptions = {},
  ) {
    const state = store.state();
    const since = state.messages[state.messages.length - 1]?.id ?? 0;
    this.scheduler = opts.scheduler ?? backgroundScheduler;
    this.lastSeq = state.events[state.events.length - 1]?.seq ?? 0;
    this.layout = opts.layout ?? 'panes';
    this.session = opts.session ?? null;
    const ui = this.layout === 'phone' ? phoneUi(panes[0]!, since) : initialUi(panes, since);
    this.snap = { ui, world: { state }, player: null, ...size, maxPanes: opts.maxPanes ?? MAX_DEFAULT_PANES };
    this.seenSeq = state.nextEvent;
  }

  snapshot = (): Snapshot => this.snap;
  subscribe = (fn: () => void): (() => void) => (this.listeners.add(fn), () => void this.listeners.delete(fn));
  onQuit = (fn: () => void): (() => void) => (this.quitters.add(fn), () => void this.quitters.delete(fn));
  state = (): State => this.snap.world.state;

  ctx(): Ctx {
    const { cols, rows } = this.snap;
    const f = this.layout === 'phone' ? phoneFrame(cols, rows, this.snap.live != null) : screenLayout(this.snap, this.lang).frame;
    return { state: this.snap.world.state, lang: this.lang, layout: { paneWidth: f.innerWidth, bodyHeight: f.bodyHeight } };
  }

  /** Publish what changed: the UI, the world (a new World object), the player's bar, the size,
   * what is known of the other sessions on the file. */
  publish(change: { ui?: UiState; world?: boolean; cols?: number; rows?: number; live?: LiveView | null } = {}): void {
    const { ui = this.snap.ui, world, ...rest } = change;
    this.snap = { ...this.snap, ...rest, ui, world: world ? { state: this.store.state() } : this.snap.world, player: this.player?.view() ?? null };
    if (world) this.stamp();
    this.timeNotice();
    for (const fn of this.listeners) fn();
  }

  /** Note when the new events were seen (a bounded record: the timeline shows the last few). */
  private stamp(): void {
    const events = this.snap.world.state.events;
    const now = this.scheduler.now();
    let i = events.length - 1;
    while (i >= 0 && events[i]!.seq > this.lastSeq) i--;
    for (const e of events.slice(i + 1)) {
      this.seen.set(e.seq, now);
      if (e.type === 'sent') this.sends.set(e.packet.id, { at: e.at, ms: now });
    }
    this.lastSeq = events[events.length - 1]?.seq ?? this.lastSeq;
    for (const m of [this.seen, this.sends] as Array<Map<unknown, unknown>>) for (const k of m.keys()) if (m.size > STAMPS_KEPT) m.delete(k); else break;
  }

  /** A new notice goes after a few seconds (unless its screen goes first). */
  private timeNotice(): void {
    const n = this.snap.ui.notice;
    if (!n || n.id === this.timed) return;
    this.timed = n.id;
    this.scheduler.setTimer(() => void this.dispatch({ type: 'expire', id: n.id }), NOTICE_MS);
  }

  /** The other sessions on the file changed (or how this one hears them). */
  setLive = (live: LiveView | null): void => this.publish({ live });

  resize = (cols: number, rows: number): void => {
    if (cols !== this.snap.cols || rows !== this.snap.rows) this.publish({ cols, rows });
  };

  /** The keyboard, while no text field has it. */
  key(input: string, key: Key): Promise<void> {
    const ui = this.snap.ui;
    const action = resolveKey(input, key, keyContext(ui, this.ctx(), this.player));
    // The question before quitting takes only its answers; the help goes at any other key; the
    // insights take their own keys (Esc closes them).
    if (ui.overlay === 'quit') return action ? this.dispatch({ type: 'key', ...action }) : Promise.resolve();
    if (ui.overlay === 'help') return this.dispatch(action?.id === 'quit' ? { type: 'key', id: 'quit' } : { type: 'dismiss' });
    if (!action) return Promise.resolve();
    if (this.player && (this.player.marksOpen || PLAYER_KEYS.has(action.id))) return this.track(this.player.handle(action));
    return this.dispatch({ type: 'key', ...action });
  }

  /** A key the focused text field leaves to the key table (Esc, Tab, ↑/↓). */
  fieldKey(input: string, key: Key): Promise<void> {
    const action = resolveKey(input, key, keyContext(this.snap.ui, this.ctx()));
    return action ? this.dispatch({ type: 'key', ...action }) : Promise.resolve();
  }

  /** Decide and publish, without running the commands asked for: they are returned. History
   * asked for is read at once (reading changes nothing on disk). */
  apply(action: UiAction): Job[] {
    const d = decide(this.snap.ui, action, this.ctx());
    if (d.ui !== this.snap.ui) this.publish({ ui: d.ui });
    if (d.quit) for (const fn of this.quitters) fn();
    for (const job of d.loads ?? []) void this.track(this.runLoad(job));
    return d.jobs;
  }

  /** Read history back from the store and hand the result to the screen that asked; a failure
   * is said in its pane (naming the file), and the screen hears that the load failed. */
  private async runLoad(job: LoadJob): Promise<void> {
    let result: LoadResult;
    try {
      const { load } = job;
      const missing = load.type === 'packets' ? await this.store.loadPackets(load.ids) : [];
      const added = load.type === 'older' ? await this.store.loadOlder(load.chat, load.n) : 0;
      result = { ok: true, added, missing };
      this.recovered();
      // What was read is in the store's state now: the panes draw it.
      this.publish({ world: true });
    } catch (error) {
      this.apply({ type: 'failure', pane: job.pane, text: failureText(error, this.lang, true) });
      result = { ok: false };
    }
    await this.dispatch({ type: 'loaded', pane: job.pane, from: job.from, load: job.load, result });
  }

  /** Feed an action in; run the commands it asks for, feeding each outcome back. */
  dispatch(action: UiAction): Promise<void> {
    const jobs = this.apply(action);
    return this.track(Promise.all(jobs.map((job) => this.runJob(job))).then(() => undefined));
  }

  private async runJob(job: Job): Promise<void> {
    // A command from the keyboard: the presenter takes over from a playing scenario.
    this.player?.live();
    let outcome: Outcome;
    try {
      outcome = await this.run(job.command);
    } catch (error) {
      return void this.apply({ type: 'failure', pane: job.pane ?? this.snap.ui.focus, text: failureText(error, this.lang) });
    }
    await this.dispatch(job.pane === null ? { type: 'appOutcome', tag: job.tag, outcome } : { type: 'outcome', pane: job.pane, from: job.from, command: job.command, outcome });
  }

  /** Run an engine command through the store, after those already asked for. A store failure
   * rejects (the caller says so: fail()). */
  run(command: Command): Promise<Outcome> {
    const signed = this.signed(command);
    const job = this.queue.then(() => this.store.execute(signed));
    this.queue = job.catch(() => undefined);
    return this.track(
      job.then((outcome) => {
        this.recovered();
        // A refusal may leave a trace (a wrong code counts): then the world changed too.
        if (outcome.ok || outcome.events?.length) this.publish({ world: true });
        // The store re-read the file first: another terminal's clock move may have come with it.
        this.noticeOthers();
        return outcome;
      }),
    );
  }

  /** A clock move from this session says so, for the other terminals on the file. */
  private signed(command: Command): Command {
    if (this.session === null || (command.type !== 'advance' && command.type !== 'advanceTo') || command.mover) return command;
    return { ...command, mover: { session: this.session } };
  }

  /** Another process wrote the data file: show what it did, and who moved the clock if they did. */
  async refresh(): Promise<void> {
    try {
      const changed = await this.store.refresh();
      this.recovered();
      if (!changed) return;
      this.publish({ world: true });
      this.noticeOthers();
    } catch (error) {
      this.fail(error);
    }
  }

  /** Say who moved the clock, when another terminal did since this one last looked. */
  private noticeOthers(): void {
    // Alone on a file (or in memory) every clock move is this session's own.
    if (this.session === null) return;
    const state = this.store.state();
    // Fewer events than before: the file was started afresh (--reset in another terminal).
    const moved = clockMovedByOthers(state, state.nextEvent < this.seenSeq ? 0 : this.seenSeq, this.session);
    this.seenSeq = state.nextEvent;
    if (moved) this.apply({ type: 'notice', notice: { text: movedNotice(moved, this.snap, this.lang), tone: 'info' } });
  }

  /** Say a store failure in a pane (the focused one unless told). */
  fail(error: unknown, pane = this.snap.ui.focus): void {
    this.apply({ type: 'failure', pane, text: failureText(error, this.lang) });
  }

  private recovered(): void {
    if (this.snap.ui.panes.some((p) => p.alert)) this.apply({ type: 'recovered' });
  }

  private track<T>(p: Promise<T>): Promise<T> {
    this.work = Promise.all([this.work, p.catch(() => undefined)]);
    return p;
  }

  /** Resolves once every action, command and outcome started so far is done. */
  idle(): Promise<void> {
    return settled(() => this.work);
  }
}
