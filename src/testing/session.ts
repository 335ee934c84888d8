// One rendered <Bluepacket/>: its runner and store, the crowd if asked for, and what a test
// waits on. Found again from a render's result by the stdout Ink was given (the component reads
// it with useStdout), so the helpers take ink-testing-library's result as it is.
import { CrowdDriver, VirtualScheduler } from '../crowd';
import { DEFAULT_START, parseIso } from '../domain/time';
import type { State } from '../domain/types';
import { initialState, parseWorld, type World } from '../domain/world';
import type { Lang } from '../i18n';
import { MAX_DEFAULT_PANES } from '../ui/layout';
import { memoryStore, type Store } from '../store';
import { Runner, type Snapshot } from '../ui/app/runner';
import { choosePanes } from '../ui/panes';
import type { Size } from '../ui/Root';
import { bundledWorld } from '../world-file';

export type { Size };

export interface BluepacketProps {
  /** The bundled world (`"default"`, the default) or an inline one, as in a scenario file. */
  world?: 'default' | unknown;
  /** The session seed (default `"test"`): the draws, lucky bags and the crowd follow from it. */
  seed?: string;
  /** The simulated clock's start, ISO 8601 with an offset; default 除夕 2025-01-28 20:00 +08:00.
   * The clock moves only when the test moves it. */
  start?: string;
  /** Who gets a pane, in order (default: as many people of the group as fit). */
  users?: string[];
  /** One person's phone instead of the panes (`--as`): this user, full-screen. */
  as?: string;
  /** The group whose chat the panes show (default: the world's first). */
  group?: string;
  /** Lay out at this size. Without it the app follows the terminal's size (ink-testing-library
   * reports 100 columns and no rows: 100 × 24). */
  size?: Size;
  lang?: Lang;
  /** Start from this state instead (e.g. one a scenario left). */
  state?: State;
  /** Use this store (e.g. a file store, to test persistence) instead of a memory one. */
  store?: Store;
  /** Bots of the group who race the panes (src/crowd), on a virtual clock that only
   * `advanceCrowd` moves. Default: no crowd. */
  crowd?: number;
  /** The panes exactly (user and chat), instead of choosing them from `users` and `group`. */
  panes?: Array<{ user: string; chat: string }>;
  /** Panes shown side by side at most (default 4, or as many as `users` names when more). */
  maxPanes?: number;
}

/** The crowd in a test: nothing fires until the test moves its virtual clock. */
export interface TestCrowd {
  driver: CrowdDriver;
  clock: VirtualScheduler;
}

function worldOf(opt: BluepacketProps['world']): World {
  if (opt === undefined || opt === 'default') return bundledWorld();
  const r = parseWorld(opt);
  if (!r.ok) throw new Error(`Bluepacket: world: ${r.problems[0]!.path}: ${r.problems[0]!.message}`);
  return r.world;
}

/** A promise, or an error naming what never happened after a few seconds (a hung test says why). */
export async function withTimeout<T>(p: Promise<T>, what: string, ms = 5000): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const fail = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`bluepacket/testing: ${what}`)), ms)));
  try {
    return await Promise.race([p, fail]);
  } finally {
    clearTimeout(timer);
  }
}

export class Session {
  readonly runner: Runner;
  readonly store: Store;
  readonly crowd: TestCrowd | null = null;
  /** The presenter's clock: nothing times out (a notice's few seconds, the crowd's steps) until
   * the test moves it (`later`, `advanceCrowd`). */
  readonly clock = new VirtualScheduler();
  /** The props of the last render (resize renders them again at another size). */
  props: BluepacketProps;
  /** The last snapshot whose frame is written. */
  private drawn: Snapshot | null = null;
  private readonly waiting = new Set<() => void>();

  constructor(props: BluepacketProps, terminal: Size) {
    this.props = props;
    const size = props.size ?? terminal;
    const start = parseIso(props.start ?? DEFAULT_START);
    if (start === null) throw new Error(`Bluepacket: start: not an ISO 8601 time with an offset: "${props.start}"`);
    this.store = props.store ?? memoryStore(props.state ?? initialState(worldOf(props.world), props.seed ?? 'test', start));
    const state = this.store.state();
    const users = props.as !== undefined ? [props.as] : props.users;
    const panes = props.panes ?? choosePanes(state, { ...(users ? { users } : {}), ...(props.group ? { group: props.group } : {}) });
    const maxPanes = props.maxPanes ?? Math.max(MAX_DEFAULT_PANES, users?.length ?? 0);
    this.runner = new Runner(this.store, panes, props.lang ?? 'zh', size, { layout: props.as !== undefined ? 'phone' : 'panes', maxPanes, scheduler: this.clock });
    if (props.crowd !== undefined && props.crowd > 0) {
      const clock = this.clock;
      const driver = new CrowdDriver(this.runner, { size: props.crowd, scheduler: clock, exclude: panes.map((p) => p.user), onError: (e) => this.runner.fail(e) });
      driver.start();
      this.crowd = { driver, clock };
    }
  }

  /** App calls this once the frame of a snapshot is written. */
  onDrawn = (snapshot: Snapshot): void => {
    this.drawn = snapshot;
    for (const fn of [...this.waiting]) fn();
  };

  /** The next frame written. */
  nextFrame(): Promise<void> {
    return new Promise((resolve) => {
      const done = () => (this.waiting.delete(done), resolve());
      this.waiting.add(done);
    });
  }

  /** Wait for the work the keys started (the runner's promises), then for the frame that draws
   * the latest snapshot, then for React's effects after it (ink-text-input moves its cursor and
   * takes its next key handler in effects): the app is as quiet as between a person's keys. */
  async settle(): Promise<void> {
    for (;;) {
      await this.runner.idle();
      if (this.drawn === this.runner.snapshot()) {
        for (let i = 0; i < 3; i++) await new Promise((r) => setImmediate(r));
        if (this.drawn === this.runner.snapshot()) return;
        continue;
      }
      await withTimeout(this.nextFrame(), 'the frame never caught up with the state');
    }
  }

  close(): void {
    this.crowd?.driver.stop();
  }
}

/** Sessions by the stdout their app writes to. */
const sessions = new WeakMap<object, Session>();

export function register(stdout: object, session: Session): void {
  sessions.set(stdout, session);
}

/** The session a render's result drew, found by its stdout. */
export function sessionOf(result: { stdout: object }): Session {
  const s = sessions.get(result.stdout);
  if (!s) throw new Error('bluepacket/testing: this is not the result of rendering <Bluepacket/> (render(<Bluepacket … />) from ink-testing-library)');
  return s;
}
