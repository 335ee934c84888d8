// renderApp: <Bluepacket/> in a fake terminal of this repo's own, with the helpers as methods.
// It exists beside ink-testing-library for what that library's terminal cannot do: be resized
// as a real terminal is (a `resize` event, so the app's own following of the terminal's size
// is tested), hand Ink a wrapped stdout (a recorder: `wrapStdout`), and host a scenario playing
// in the panes (renderPlayer). The component, runner and helpers are the same ones a test with
// ink-testing-library's `render` uses.
import { render } from 'ink';
import React, { type ReactElement } from 'react';
import type { State } from '../domain/types';
import type { Lang } from '../i18n';
import { Player } from '../player/player';
import { scenarioPanes } from '../player/panes';
import { SwapStore } from '../player/swap-store';
import { parseScenario } from '../scenario/parse';
import { initialState, parseWorld } from '../domain/world';
import type { Runner } from '../ui/app/runner';
import { bundledWorld } from '../world-file';
import { Bluepacket } from './Bluepacket';
import { advance, advanceCrowd, frame, idle, later, pane, paste, press, shown, typeText, waitFor, type Key, type Rendered } from './helpers';
import { register, sessionOf, withTimeout, type BluepacketProps, type TestCrowd } from './session';
import { FakeStdin, FakeStdout, offscreenOptions } from './terminal';

export interface RenderOptions extends Omit<BluepacketProps, 'size'> {
  /** The terminal's size (default 160 × 45); the app follows it, as it follows a real one. */
  cols?: number;
  rows?: number;
  /** Give Ink this stream instead of the fake terminal itself, e.g. a recorder around it
   * (`(out) => recordTo(path, out).stdout`, src/ui/record); frame() still reads the fake terminal. */
  wrapStdout?: (stdout: FakeStdout) => object;
}

/** The crowd in a test: nothing fires until the test moves the virtual clock. */
export interface CrowdHarness extends TestCrowd {
  /** Virtual milliseconds since the app started. */
  now(): number;
  /** Move the virtual clock (ms, or '5s', '1m'): the bots' steps due by then run, in order, each
   * waiting for the engine, then the frame catches up. */
  advance(by: number | string): Promise<void>;
}

/** The helpers take it as they take ink-testing-library's result (`press(app, 'mom', 'g')`);
 * its methods are the same helpers. */
export interface AppHarness extends Rendered {
  runner: Runner;
  stdout: FakeStdout;
  /** The terminal's input, for a test that wants to write raw bytes itself. */
  stdin: FakeStdin;
  /** Wait for the work the keys started and the frame that shows it. */
  idle(): Promise<void>;
  /** The engine state (the store's, live). */
  state(): State;
  /** The last frame as Ink wrote it (colours included). */
  lastFrame(): string;
  /** Render the app again with other props (as ink-testing-library's rerender). */
  rerender(tree: ReactElement): void;
  /** The last frame, plain text. */
  frame(): string;
  /** One user's pane, plain text, its border included ('' when it is not on screen; on a phone,
   * the whole frame). */
  pane(user: string): string;
  /** The users whose panes are on screen, left to right. */
  shown(): string[];
  /** Move the presenter's clock (ms, or '5s'): timers due by then fire (a notice's few seconds, the crowd). */
  later(by: number | string): Promise<void>;
  /** Press keys in a user's pane: a named key ('enter', 'down'…), one character, or text typed one character at a time. */
  press(user: string, ...keys: Key[]): Promise<void>;
  /** Type text into the focused field of the user's pane, one character at a time. */
  type(user: string, text: string): Promise<void>;
  /** Paste text in one write, as a terminal delivers a paste. */
  paste(user: string, text: string): Promise<void>;
  /** Wait until the frame (or one pane) shows the text (or passes the check); fails with the frame after `timeoutMs`. */
  waitFor(text: string | RegExp | ((shown: string) => boolean), opts?: { user?: string; timeoutMs?: number }): Promise<void>;
  /** Move the simulated clock (e.g. '1h', '30m'), as the presenter's keys do. */
  advance(duration: string): Promise<void>;
  /** Resize the terminal: the app follows it. */
  resize(cols: number, rows: number): Promise<void>;
  /** The crowd, when `crowd` was asked for. */
  crowd: CrowdHarness | null;
  unmount(): void;
}

export async function renderApp(opts: RenderOptions = {}): Promise<AppHarness> {
  const { cols = 160, rows = 45, wrapStdout, ...props } = opts;
  const stdout = new FakeStdout(cols, rows);
  const stdin = new FakeStdin();
  const out = wrapStdout?.(stdout) ?? stdout;
  // No size: the app follows the fake terminal, as it follows a real one.
  const instance = render(React.createElement(Bluepacket, props), offscreenOptions(out, stdin, { cols, rows }));
  // What the helpers take: a render's result, as ink-testing-library's has it.
  const app: Rendered = { stdout: out, stdin, lastFrame: stdout.lastFrame, rerender: instance.rerender };
  const s = sessionOf(app);
  // The harness is such a result too, found by its own stdout when Ink writes to a wrapper.
  if (out !== stdout) register(stdout, s);
  const crowd: CrowdHarness | null = s.crowd && {
    ...s.crowd,
    now: () => s.crowd!.clock.now(),
    advance: (by) => advanceCrowd(app, by),
  };
  const harness: AppHarness = {
    runner: s.runner,
    stdout,
    stdin,
    lastFrame: stdout.lastFrame,
    rerender: instance.rerender,
    idle: () => idle(app),
    state: () => s.store.state(),
    frame: () => frame(app),
    pane: (user) => pane(app, user),
    shown: () => shown(app),
    later: (by) => later(app, by),
    press: (user, ...keys) => press(app, user, ...keys),
    type: (user, text) => typeText(app, user, text),
    paste: (user, text) => paste(app, user, text),
    waitFor: (text, o) => waitFor(app, text, o),
    advance: (duration) => advance(app, duration),
    async resize(c, r) {
      stdout.resize(c, r);
      await withTimeout(
        (async () => {
          while (s.runner.snapshot().cols !== c || s.runner.snapshot().rows !== r) await s.nextFrame();
        })(),
        'the app never took the new size',
      );
      await s.settle();
    },
    crowd,
    unmount() {
      instance.unmount();
      instance.cleanup();
    },
  };
  await s.settle();
  return harness;
}

export interface PlayerHarness extends AppHarness {
  player: Player;
}

/**
 * Render a scenario playing in the panes (`play FILE --tui`), paused before its first step
 * (`step: true`) unless told otherwise; `speed: 0` plays without animation.
 */
export async function renderPlayer(
  scenarioText: string,
  opts: {
    file?: string;
    cols?: number;
    rows?: number;
    lang?: Lang;
    users?: string[];
    speed?: number;
    step?: boolean;
    /** Open right after this many steps, paused (`--at`). */
    at?: number;
    onMark?: (name: string) => void;
  } = {},
): Promise<PlayerHarness> {
  const scenario = parseScenario(scenarioText, opts.file ?? 'scenario.json', parseWorld);
  const world = scenario.world ?? bundledWorld();
  const store = new SwapStore(initialState(world, scenario.seed, scenario.start));
  const cols = opts.cols ?? 160;
  const panes = scenarioPanes(store.state(), scenario, opts.users);
  const app = await renderApp({ store, users: panes.map((p) => p.user), cols, rows: opts.rows ?? 45, lang: opts.lang ?? 'zh', panes, ...(opts.users ? { maxPanes: opts.users.length } : {}) });
  const player = new Player(app.runner, store, scenario, world, {
    speed: opts.speed ?? 0,
    step: opts.step ?? true,
    sleep: async () => {},
    ...(opts.onMark ? { onMark: opts.onMark } : {}),
  });
  await player.start(opts.at);
  await app.idle();
  return Object.assign(app, { player });
}
