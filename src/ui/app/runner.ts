// The runner: the UI's one moving part. It holds the current snapshot (the UI state, the world,
// the player's bar), turns keys into actions through the one key table, feeds actions to the
// pure decider (decide.ts), runs the engine commands the decider asks for against the store one
// at a time, feeds each outcome back as an action to the pane that asked, and publishes a new
// snapshot object whenever what is shown changes. React only draws snapshots. (README's "Adding a
// screen" says where a new screen goes: nothing here changes for one.)
import type { Key } from 'ink';
import type { Command } from '../../domain/commands';
import type { Outcome } from '../../domain/engine';
import type { State } from '../../domain/types';
import type { Lang } from '../../i18n';
import type { Store } from '../../store';
import { backgroundScheduler, type Scheduler } from '../../crowd/clock';
import { resolveKey } from '../keys/keymap';
import { MAX_DEFAULT_PANES } from '../layout';
import { phoneFrame } from '../phone/layout';
import { phoneUi } from '../phone/ui';
import { movedNotice } from '../live/clock-notice';
import { decide, failureText, initialUi, keyContext, type Ctx } from './decide';
import { screenLayout } from './screen-layout';
import { routeKey } from './key-route';
import { WorkChain } from './settled';
import { Stamps } from './stamps';
import { StoreLink } from './store-link';
import type { Job, LiveView, LoadJob, LoadResult, PlayerHooks, RunnerOptions, Snapshot, UiAction, UiState } from './types';

export type { LiveView, PlayerHooks, PlayerViewLike, RunnerOptions, Snapshot, World } from './types';

/** How long a notice stays in the status bar when nothing else takes it away. */
export const NOTICE_MS = 4000;

export class Runner {
  private snap: Snapshot;
  private readonly listeners = new Set<() => void>();
  private readonly quitters = new Set<() => void>();
  /** Everything started so far: what idle() waits for. */
  private readonly work = new WorkChain();
  player: PlayerHooks | null = null;
  private readonly scheduler: Scheduler;
  /** The notice whose timer is set. */
  private timed: number | null = null;
  /** When the events were seen, on the presenter's clock: the timeline's race times. */
  readonly stamps: Stamps;
  readonly layout: 'panes' | 'phone';
  private readonly link: StoreLink;

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
    this.stamps = new Stamps(state.events[state.events.length - 1]?.seq ?? 0);
    this.layout = opts.layout ?? 'panes';
    this.link = new StoreLink(store, opts.session ?? null);
    const ui = this.layout === 'phone' ? phoneUi(panes[0]!, since) : initialUi(panes, since);
    this.snap = { ui, world: { state }, player: null, ...size, maxPanes: opts.maxPanes ?? MAX_DEFAULT_PANES };
  }

  snapshot = (): Snapshot => this.snap;
  subscribe = (fn: () => void): (() => void) => (this.listeners.add(fn), () => void this.listeners.delete(fn));
  onQuit = (fn: () => void): (() => void) => (this.quitters.add(fn), () => void this.quitters.delete(fn));
  state = (): State => this.snap.world.state;

  ctx(): Ctx {
    const { cols, rows } = this.snap;
    const f = this.layout === 'phone' ? phoneFrame(cols, rows, this.snap.live != null) : screenLayout(this.snap, this.lang).frame;
    return { state: this.snap.world.state, lang: this.lang, layout: { paneWidth: f.innerWidth, bodyHeight: f.bodyHeight }, phone: this.layout === 'phone' };
  }

  /** Publish what changed: the UI, the world (a new World object), the player's bar, the size,
   * what is known of the other sessions on the file. */
  publish(change: { ui?: UiState; world?: boolean; cols?: number; rows?: number; live?: LiveView | null } = {}): void {
    const { ui = this.snap.ui, world, ...rest } = change;
    this.snap = { ...this.snap, ...rest, ui, world: world ? { state: this.store.state() } : this.snap.world, player: this.player?.view() ?? null };
    if (world) this.stamps.note(this.snap.world.state.events, this.scheduler.now());
    this.timeNotice();
    for (const fn of this.listeners) fn();
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
    const route = routeKey(this.snap.ui, resolveKey(input, key, keyContext(this.snap.ui, this.ctx(), this.player)), this.player);
    if (route.to === 'player') return this.track(this.player!.handle(route.action));
    return route.to === 'decide' ? this.dispatch(route.action) : Promise.resolve();
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
      result = await this.link.read(job.load);
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
    return this.track(
      this.link.execute(command).then((outcome) => {
        this.recovered();
        // A refusal may leave a trace (a wrong code counts): then the world changed too.
        if (outcome.ok || outcome.events?.length) this.publish({ world: true });
        // The store re-read the file first: another terminal's clock move may have come with it.
        this.noticeOthers();
        return outcome;
      }),
    );
  }

  /** Another process wrote the data file: show what it did, and who moved the clock if they did. */
  async refresh(): Promise<void> {
    try {
      const changed = await this.link.refresh();
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
    const moved = this.link.movedByOthers();
    if (moved) this.apply({ type: 'notice', notice: { text: movedNotice(moved, this.snap, this.lang), tone: 'info' } });
  }

  /** Say a store failure in a pane (the focused one unless told). */
  fail(error: unknown, pane = this.snap.ui.focus): void {
    this.apply({ type: 'failure', pane, text: failureText(error, this.lang) });
  }

  private recovered(): void {
    if (this.snap.ui.panes.some((p) => p.alert)) this.apply({ type: 'recovered' });
  }

  private track = <T>(p: Promise<T>): Promise<T> => this.work.track(p);

  /** Resolves once every action, command and outcome started so far is done. */
  idle = (): Promise<void> => this.work.idle();
}
