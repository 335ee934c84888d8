// `bin/bluepacket play FILE --tui`: the scenario plays in the panes, on a memory store (it never
// touches the session's data file), and the presenter can pause, step, jump or take over.
import { render } from 'ink';
import React from 'react';
import { initialState, type World } from '../domain/world';
import type { Lang } from '../i18n';
import type { Scenario } from '../scenario/parse';
import { Runner } from '../ui/app/runner';
import { Root } from '../ui/Root';
import { startRecording } from '../ui/record/session';
import { scenarioPanes } from './panes';
import { Player } from './player';
import { SwapStore } from './swap-store';

export interface PlayerTuiOptions {
  scenario: Scenario;
  world: World;
  lang: Lang;
  speed: number;
  step: boolean;
  users?: string[];
  /** Record the terminal to this asciicast file. */
  record?: string;
}

export async function startPlayerTui(opts: PlayerTuiOptions): Promise<number> {
  const state = initialState(opts.world, opts.scenario.seed, opts.scenario.start);
  const store = new SwapStore(state);
  const panes = scenarioPanes(state, opts.scenario, process.stdout.columns || 80, opts.users);
  const runner = new Runner(store, panes, opts.lang, { cols: process.stdout.columns || 80, rows: process.stdout.rows || 24 });
  const player = new Player(runner, store, opts.scenario, opts.world, { speed: opts.speed, step: opts.step });
  const recording = startRecording(opts.record);
  const app = render(<Root runner={runner} motion={opts.speed > 0} />, { ...recording.inkOptions, exitOnCtrlC: true, patchConsole: true, maxFps: 60 });
  void player.start();
  try {
    await app.waitUntilExit();
  } finally {
    recording.finish();
  }
  return 0;
}
