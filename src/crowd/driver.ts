// The crowd driver: watches the app's runner, plans once for each new packet (and once more
// for each lottery when it is drawn), and plays the plans on a scheduler, each step through
// runner.run(command) like a key press, so the panes and the timeline follow and a refusal
// (SOLD_OUT after the sell-out) is an ordinary outcome. Steps fire in due order, ties by bot id,
// so the same seed gives the same winners in the same order. A presenter's command that lands
// before a bot's takes its unit first: the crowd has no privilege over the panes.
import type { Command } from '../domain/commands';
import type { Outcome } from '../domain/engine';
import type { Millis, PacketId, State, UserId } from '../domain/types';
import { settled } from '../ui/app/settled';
import { realScheduler, type Scheduler, type TimerHandle } from './clock';
import { crowdFor, crowdPlan, type CrowdStep } from './plan';

/** What the driver needs of the runner: its snapshots, whose `world` is a new object whenever
 * the engine state changed, and a way to run a command. */
export interface CrowdHost {
  subscribe(fn: () => void): () => void;
  snapshot(): { readonly world: { readonly state: State } };
  run(command: Command): Promise<Outcome>;
}

export interface CrowdOptions {
  /** How many bots of each group act (the first N bot members); 0 = no crowd. */
  size: number;
  /** setTimeout by default; a VirtualScheduler in tests. */
  scheduler?: Scheduler;
  /** Users who never act as the crowd: the ones with a pane (here or in another terminal on
   * the same file: a function is asked each time a packet is planned). */
  exclude?: readonly UserId[] | (() => readonly UserId[]);
  /** Put on the crowd's clock moves: the session driving it (see ClockMover). */
  session?: string;
  /** Told of every step the crowd played, and what the engine said. */
  onStep?: (step: CrowdStep & { at: number }, outcome: Outcome) => void;
  /** A bot's command failed (not refused: failed — the store could not read or write its file,
   * or refused to keep a broken state). The crowd goes on; the session says so. */
  onError?: (error: unknown) => void;
}

interface Due {
  due: number;
  /** The simulated moment the step belongs to: the plan's start on the engine's clock plus its delay. */
  sim: Millis;
  n: number;
  step: CrowdStep;
}

export class CrowdDriver {
  private readonly scheduler: Scheduler;
  private readonly known = new Set<PacketId>();
  /** Lotteries not drawn yet: their winners are planned when they are. */
  private readonly undrawn = new Set<PacketId>();
  private agenda: Due[] = [];
  private seq = 0;
  private timer: TimerHandle | null = null;
  private timerDue = Infinity;
  private unsubscribe: (() => void) | null = null;
  private seenWorld: object | null = null;
  private inflight: Promise<unknown> = Promise.resolve();
  private running = false;
  /** The latest simulated moment the crowd has moved the clock to. */
  private simMark: Millis = -Infinity;
  /** The engine's event count when last seen: it only grows, unless the file was started afresh. */
  private seenEvents = 0;

  constructor(
    private readonly host: CrowdHost,
    private readonly options: CrowdOptions,
  ) {
    this.scheduler = options.scheduler ?? realScheduler;
  }

  get size(): number {
    return this.options.size;
  }

  /** Steps waiting to fire. */
  get pending(): number {
    return this.agenda.length;
  }

  /** Start watching. Packets already there are left alone (a resumed session does not replay
   * them), but a lottery still to be drawn gets its bot winners' accepts when it is. With
   * `takeOver` (another session drove the crowd and stopped), the bots who have not acted yet on
   * a packet still open act now. */
  start(opts: { takeOver?: boolean } = {}): void {
    if (this.running || !(this.options.size > 0)) return;
    this.running = true;
    const s = this.host.snapshot().world.state;
    for (const id of s.order) {
      this.known.add(id);
      const p = s.packets[id];
      if (p?.lottery && !p.lottery.drawn) this.undrawn.add(id);
      if (opts.takeOver && p && !p.settled) this.schedule(crowdPlan(s, id, this.botsFor(s, id)));
    }
    this.seenWorld = this.host.snapshot().world;
    this.seenEvents = s.nextEvent;
    this.unsubscribe = this.host.subscribe(() => this.onChange());
  }

  /** Drop every plan and what is known of the packets. */
  private forget(): void {
    this.known.clear();
    this.undrawn.clear();
    this.agenda = [];
    if (this.timer !== null) this.scheduler.clearTimer(this.timer);
    this.timer = null;
    this.timerDue = Infinity;
    this.simMark = -Infinity;
  }

  /** Stop: no more steps fire, timers are cleared. */
  stop(): void {
    this.running = false;
    this.unsubscribe?.();
    this.unsubscribe = null;
    if (this.timer !== null) this.scheduler.clearTimer(this.timer);
    this.timer = null;
    this.timerDue = Infinity;
    this.agenda = [];
  }

  /** Resolves once the steps fired so far have been run by the engine. */
  idle(): Promise<void> {
    return settled(() => this.inflight);
  }

  private onChange(): void {
    const world = this.host.snapshot().world;
    if (!this.running || world === this.seenWorld) return;
    this.seenWorld = world;
    const state = world.state;
    // Another terminal started the file afresh (--reset between rounds): its packets reuse the
    // old ids, and every one of them is new to this round.
    if (state.nextEvent < this.seenEvents) this.forget();
    this.seenEvents = state.nextEvent;
    // New packets sit at the end of the send order: walk back to the first one already known.
    const fresh: PacketId[] = [];
    for (let i = state.order.length - 1; i >= 0; i--) {
      const id = state.order[i]!;
      if (this.known.has(id)) break;
      fresh.unshift(id);
    }
    for (const id of fresh) {
      this.known.add(id);
      const p = state.packets[id];
      if (!p) continue;
      if (p.lottery && !p.lottery.drawn) this.undrawn.add(id);
      this.schedule(crowdPlan(state, id, this.botsFor(state, id)));
    }
    for (const id of [...this.undrawn]) {
      const p = state.packets[id];
      if (!p) {
        this.undrawn.delete(id);
        continue;
      }
      if (!p.lottery?.drawn) continue;
      this.undrawn.delete(id);
      this.schedule(crowdPlan(state, id, this.botsFor(state, id)));
    }
  }

  private botsFor(state: State, id: PacketId): UserId[] {
    const ex = this.options.exclude;
    return crowdFor(state, id, this.options.size, typeof ex === 'function' ? ex() : ex);
  }

  private schedule(steps: CrowdStep[]): void {
    if (steps.length === 0) return;
    const base = this.scheduler.now();
    const sim = this.host.snapshot().world.state.now;
    for (const step of steps) this.agenda.push({ due: base + step.delayMs, sim: sim + step.delayMs, n: this.seq++, step });
    this.agenda.sort(byDue);
    this.arm();
  }

  /** Move the engine's clock on to `sim` if it is not there yet. A refusal (another terminal
   * moved it further meanwhile) is fine: the step runs at the clock's time. */
  private tick(sim: Millis): void {
    if (sim <= Math.max(this.simMark, this.host.snapshot().world.state.now)) return;
    this.simMark = sim;
    const mover = { session: this.options.session ?? '', crowd: true };
    const job = this.host.run({ type: 'advanceTo', to: sim, mover }).catch((error: unknown) => this.options.onError?.(error));
    this.inflight = Promise.all([this.inflight, job]);
  }

  /** One timer, for the earliest step. */
  private arm(): void {
    const head = this.agenda[0];
    if (!head || !this.running) return;
    if (this.timer !== null && this.timerDue <= head.due) return;
    if (this.timer !== null) this.scheduler.clearTimer(this.timer);
    this.timerDue = head.due;
    this.timer = this.scheduler.setTimer(() => this.fire(), head.due - this.scheduler.now());
  }

  private fire(): void {
    this.timer = null;
    this.timerDue = Infinity;
    if (!this.running) return;
    const now = this.scheduler.now();
    while (this.agenda.length > 0 && this.agenda[0]!.due <= now) {
      const { due, sim, step } = this.agenda.shift()!;
      // The runner queues commands: they reach the engine in this order. The engine's clock is
      // brought to the step's moment first, so each bot acts at its own second on the timeline
      // (never back: a presenter who moved the clock on is ahead of the plan).
      this.tick(sim);
      const job = this.host.run(step.command).then(
        (outcome) => this.options.onStep?.({ ...step, at: due }, outcome),
        (error: unknown) => this.options.onError?.(error),
      );
      this.inflight = Promise.all([this.inflight, job]);
    }
    this.arm();
  }
}

function byDue(a: Due, b: Due): number {
  return a.due - b.due || (a.step.as < b.step.as ? -1 : a.step.as > b.step.as ? 1 : 0) || a.n - b.n;
}
