// The crowd's timers: the machine's in a live session, a virtual clock in tests (nothing fires
// until the test moves it, and it fires in due order, so a run is the same every time).
// This is the presenter's wall-clock time, not the engine's simulated clock.

export type TimerHandle = unknown;

export interface Scheduler {
  /** Milliseconds on this scheduler's clock. */
  now(): number;
  setTimer(fn: () => void, ms: number): TimerHandle;
  clearTimer(handle: TimerHandle): void;
}

export const realScheduler: Scheduler = {
  now: () => performance.now(),
  setTimer: (fn, ms) => setTimeout(fn, Math.max(0, ms)),
  clearTimer: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
};

/** The machine's clock, for timers that must not keep the process alive (a notice's few seconds
 * after a lookbook has drawn its frame). */
export const backgroundScheduler: Scheduler = {
  ...realScheduler,
  setTimer: (fn, ms) => setTimeout(fn, Math.max(0, ms)).unref(),
};

interface VirtualTimer {
  id: number;
  due: number;
  fn: () => void;
}

/** A clock that moves only when told: `advance(ms)` fires every timer due by then, in order
 * (due time, then the order they were set), awaiting `between` after each. */
export class VirtualScheduler implements Scheduler {
  private t = 0;
  private seq = 0;
  private timers: VirtualTimer[] = [];

  now(): number {
    return this.t;
  }

  setTimer(fn: () => void, ms: number): TimerHandle {
    const timer = { id: ++this.seq, due: this.t + Math.max(0, ms), fn };
    this.timers.push(timer);
    return timer.id;
  }

  clearTimer(handle: TimerHandle): void {
    this.timers = this.timers.filter((x) => x.id !== handle);
  }

  /** How many timers are waiting. */
  get pending(): number {
    return this.timers.length;
  }

  /** When the next timer is due, or null. */
  nextDue(): number | null {
    return this.timers.reduce<number | null>((m, x) => (m === null || x.due < m ? x.due : m), null);
  }

  async advance(ms: number, between: () => Promise<void> = async () => undefined): Promise<void> {
    if (!Number.isFinite(ms) || ms < 0) throw new RangeError(`VirtualScheduler.advance: bad ms ${ms}`);
    const target = this.t + ms;
    for (;;) {
      let next: VirtualTimer | undefined;
      for (const x of this.timers) if (x.due <= target && (next === undefined || x.due < next.due || (x.due === next.due && x.id < next.id))) next = x;
      if (!next) break;
      this.timers = this.timers.filter((x) => x !== next);
      this.t = next.due;
      next.fn();
      await between();
    }
    this.t = target;
  }
}
