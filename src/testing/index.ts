// The harness for scripted flow tests: renders the real app (the same controller, screens and
// engine) on an in-memory store with a fixed seed and clock, in a terminal of the width you
// choose, and lets a test act as a user: press keys in that user's pane, type, wait for text,
// read one pane, move the clock. Keys go in one at a time and each waits for the engine work it
// started and for the frame that shows it: no sleeps, no zero-delay key storms.
import { render } from 'ink';
import React from 'react';
import { CrowdDriver, VirtualScheduler } from '../crowd';
import { HOUR, DEFAULT_START, parseDuration, parseIso } from '../domain/time';
import type { State } from '../domain/types';
import { initialState, parseWorld, type World } from '../domain/world';
import type { Lang } from '../i18n';
import { memoryStore, type Store } from '../store';
import { Controller } from '../ui/controller';
import { frameFor } from '../ui/layout';
import { choosePanes } from '../ui/panes';
import { Root } from '../ui/Root';
import { bundledWorld } from '../world-file';
import { parseScenario } from '../scenario/parse';
import { Player } from '../player/player';
import { scenarioPanes } from '../player/panes';
import { SwapStore } from '../player/swap-store';
import { FakeStdin, FakeStdout, KEYS, plain, sliceColumns, type KeyName } from './terminal';

export { KEYS, plain, sliceColumns, type KeyName } from './terminal';

export interface RenderOptions {
  /** The bundled world (default) or an inline one, as in a scenario file. */
  world?: 'default' | unknown;
  seed?: string;
  /** ISO 8601 with an offset; default 除夕 2025-01-28 20:00 +08:00. */
  start?: string;
  /** Who gets a pane, in order (default: as many people as fit). */
  users?: string[];
  group?: string;
  cols?: number;
  rows?: number;
  lang?: Lang;
  /** Start from this state instead (e.g. one a scenario left). */
  state?: State;
  /** Use this store (e.g. a file store, to test persistence) instead of a memory one. */
  store?: Store;
  /** Bots of the group who race the panes (src/crowd), on a virtual clock the test moves with
   * `app.crowd.advance`. Default: no crowd. */
  crowd?: number;
  /** The panes exactly (user and chat), instead of choosing them from `users`/`group`. */
  panes?: Array<{ user: string; chat: string }>;
  /** Give Ink this stream instead of the fake terminal itself, e.g. a recorder around it
   * (`(out) => recordTo(path, out).stdout`, src/ui/record); frame() still reads the fake terminal. */
  wrapStdout?: (stdout: FakeStdout) => object;
}

/** The crowd in a test: nothing fires until the test moves the virtual clock. */
export interface CrowdHarness {
  driver: CrowdDriver;
  clock: VirtualScheduler;
  /** Virtual milliseconds since the app started. */
  now(): number;
  /** Move the virtual clock (ms, or '5s', '1m'): the bots' steps due by then run, in order, each
   * waiting for the engine, then the frame catches up. */
  advance(by: number | string): Promise<void>;
}

export interface AppHarness {
  controller: Controller;
  stdout: FakeStdout;
  /** The terminal's input, for a test that wants to write raw bytes itself. */
  stdin: FakeStdin;
  /** Wait for the work the keys started and the frame that shows it. */
  idle(): Promise<void>;
  /** The engine state (the store's, live). */
  state(): State;
  /** The last frame, plain text. */
  frame(): string;
  /** One user's pane, plain text, its border included. */
  pane(user: string): string;
  /** Press keys in a user's pane: a named key ('enter', 'down'…) or text typed one character at a time. */
  press(user: string, ...keys: Array<KeyName | { text: string }>): Promise<void>;
  /** Type text into the focused field of the user's pane, one character at a time. */
  type(user: string, text: string): Promise<void>;
  /** Paste text in one write, as a terminal delivers a paste. */
  paste(user: string, text: string): Promise<void>;
  /** Wait until the frame (or one pane) contains the text; fails with the frame after `timeoutMs`. */
  waitFor(text: string | RegExp, opts?: { user?: string; timeoutMs?: number }): Promise<void>;
  /** Move the simulated clock (e.g. '1h', '30m'), as the presenter's keys do. */
  advance(duration: string): Promise<void>;
  resize(cols: number, rows: number): Promise<void>;
  /** The crowd, when `crowd` was asked for. */
  crowd: CrowdHarness | null;
  unmount(): void;
}

function worldOf(opt: RenderOptions['world']): World {
  if (opt === undefined || opt === 'default') return bundledWorld();
  const r = parseWorld(opt);
  if (!r.ok) throw new Error(`renderApp: world: ${r.problems[0]!.path}: ${r.problems[0]!.message}`);
  return r.world;
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
  opts: { file?: string; cols?: number; rows?: number; lang?: Lang; users?: string[]; speed?: number; step?: boolean } = {},
): Promise<PlayerHarness> {
  const scenario = parseScenario(scenarioText, opts.file ?? 'scenario.json', parseWorld);
  const world = scenario.world ?? bundledWorld();
  const store = new SwapStore(initialState(world, scenario.seed, scenario.start));
  const cols = opts.cols ?? 160;
  const panes = scenarioPanes(store.state(), scenario, cols, opts.users);
  const app = await renderApp({ store, users: panes.map((p) => p.user), cols, rows: opts.rows ?? 45, lang: opts.lang ?? 'zh', panes });
  const player = new Player(app.controller, store, scenario, world, { speed: opts.speed ?? 0, step: opts.step ?? true, sleep: async () => {} });
  app.controller.player = player;
  await player.start();
  await app.idle();
  return Object.assign(app, { player });
}

export async function renderApp(opts: RenderOptions = {}): Promise<AppHarness> {
  const cols = opts.cols ?? 160;
  const rows = opts.rows ?? 45;
  const store = opts.store ?? memoryStore(opts.state ?? initialState(worldOf(opts.world), opts.seed ?? 'test', parseIso(opts.start ?? DEFAULT_START)!));
  const state = store.state();
  const panes = opts.panes ?? choosePanes(state, { ...(opts.users ? { users: opts.users } : {}), ...(opts.group ? { group: opts.group } : {}), cols });
  const c = new Controller(store, panes, { lang: opts.lang ?? 'zh' });
  const stdout = new FakeStdout(cols, rows);
  const stdin = new FakeStdin();
  const stderr = new FakeStdout(cols, rows);
  const instance = render(React.createElement(Root, { c }), {
    stdout: (opts.wrapStdout?.(stdout) ?? stdout) as unknown as NodeJS.WriteStream,
    stdin: stdin as unknown as NodeJS.ReadStream,
    stderr: stderr as unknown as NodeJS.WriteStream,
    debug: true,
    exitOnCtrlC: false,
    patchConsole: false,
  });

  let crowd: CrowdHarness | null = null;
  if (opts.crowd !== undefined && opts.crowd > 0) {
    const clock = new VirtualScheduler();
    const driver = new CrowdDriver(c, { size: opts.crowd, scheduler: clock, exclude: panes.map((p) => p.user) });
    driver.start();
    crowd = {
      driver,
      clock,
      now: () => clock.now(),
      async advance(by) {
        const ms = typeof by === 'number' ? by : parseDuration(by);
        if (ms === null) throw new Error(`renderApp: bad duration "${String(by)}"`);
        await clock.advance(ms, () => driver.idle());
        await settle();
      },
    };
  }

  const paneIndex = (user: string) => {
    const i = c.snapshot().panes.findIndex((p) => p.user === user);
    if (i < 0) throw new Error(`renderApp: no pane for "${user}" (panes: ${c.snapshot().panes.map((p) => p.user).join(', ')})`);
    return i;
  };

  /** Wait for the engine work the keys started, then for a frame that shows the latest version. */
  const settle = async () => {
    for (let i = 0; i < 400; i++) {
      await c.settled();
      await new Promise((r) => setTimeout(r, 2));
      if (c.drawnVersion === c.version) return;
    }
    throw new Error('renderApp: the frame never caught up with the state');
  };

  const send = async (data: string) => {
    stdin.write(data);
    // Ink holds a lone Esc back until a setImmediate (it could start an escape sequence): let
    // that run before anything else, or the next key would arrive as Meta+key.
    await new Promise((r) => setImmediate(r));
    await settle();
  };

  const focus = async (user: string) => {
    const i = paneIndex(user);
    if (c.snapshot().focus === i) return;
    // Only when no text field has the keyboard: a digit typed into a field is text.
    await send(String(i + 1));
    if (c.snapshot().focus !== i) throw new Error(`renderApp: could not focus ${user}'s pane (is a text field focused?)`);
  };

  const harness: AppHarness = {
    controller: c,
    stdout,
    stdin,
    idle: settle,
    state: () => store.state(),
    frame: () => plain(stdout.lastFrame()).join('\n'),
    pane(user) {
      const i = paneIndex(user);
      const f = frameFor(stdout.columns, stdout.rows, c.snapshot().panes.length, c.player ? 1 : 0);
      const lines = plain(stdout.lastFrame()).slice(0, f.paneHeight);
      return lines.map((l) => sliceColumns(l, i * f.paneWidth, (i + 1) * f.paneWidth)).join('\n');
    },
    async press(user, ...keys) {
      await focus(user);
      for (const k of keys) {
        if (typeof k === 'string') await send(KEYS[k]);
        else for (const ch of k.text) await send(ch);
      }
    },
    async type(user, text) {
      if (c.snapshot().focus !== paneIndex(user)) throw new Error(`renderApp: ${user}'s pane is not focused`);
      for (const ch of text) await send(ch);
    },
    async paste(user, text) {
      if (c.snapshot().focus !== paneIndex(user)) throw new Error(`renderApp: ${user}'s pane is not focused`);
      await send(text);
    },
    async waitFor(text, o = {}) {
      const deadline = Date.now() + (o.timeoutMs ?? 2000);
      const read = () => (o.user ? harness.pane(o.user) : harness.frame());
      for (;;) {
        const f = read();
        if (typeof text === 'string' ? f.includes(text) : text.test(f)) return;
        if (Date.now() > deadline) throw new Error(`renderApp: "${String(text)}" did not appear${o.user ? ` in ${o.user}'s pane` : ''}:\n${f}`);
        await new Promise((r) => setTimeout(r, 10));
      }
    },
    async advance(duration) {
      const ms = parseDuration(duration);
      if (ms === null) throw new Error(`renderApp: bad duration "${duration}"`);
      if (ms % HOUR === 0 && ms > 0) {
        // The presenter's key, so the test walks the same path: t = +1 hour.
        for (let h = 0; h < ms / HOUR; h++) {
          await c.dispatch({ id: 'hour' });
          await settle();
        }
        return;
      }
      await c.run({ type: 'advance', by: ms });
      await settle();
    },
    async resize(cols2, rows2) {
      stdout.resize(cols2, rows2);
      await new Promise((r) => setTimeout(r, 20));
      await settle();
    },
    crowd,
    unmount() {
      crowd?.driver.stop();
      instance.unmount();
      instance.cleanup();
    },
  };
  await settle();
  return harness;
}
