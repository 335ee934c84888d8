// `bin/bluepacket play FILE --tui`: the scenario plays in the panes, on a memory store (it never
// touches the session's data file), and the presenter can pause, step, jump or take over.
import React from 'react';
import { initialState, type World } from '../domain/world';
import type { Lang } from '../i18n';
import type { Scenario } from '../scenario/parse';
import { Runner } from '../ui/app/runner';
import { UsageError } from '../cli/usage';
import { MAX_DEFAULT_PANES } from '../ui/layout';
import { PaneChoiceError } from '../ui/panes';
import { Root } from '../ui/Root';
import { renderFullScreen } from '../ui/screen';
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
  /** Open right after this many steps, paused (`--at`). */
  at?: number;
  /** Record the terminal to this asciicast file; each mark the story passes becomes a marker. */
  record?: string;
}

export async function startPlayerTui(opts: PlayerTuiOptions): Promise<number> {
  const state = initialState(opts.world, opts.scenario.seed, opts.scenario.start);
  const store = new SwapStore(state);
  let panes;
  try {
    panes = scenarioPanes(state, opts.scenario, opts.users);
  } catch (e) {
    if (e instanceof PaneChoiceError) throw new UsageError(`play: ${e.message}`);
    throw e;
  }
  const size = { cols: process.stdout.columns || 80, rows: process.stdout.rows || 24 };
  const runner = new Runner(store, panes, opts.lang, size, { maxPanes: opts.users ? opts.users.length : MAX_DEFAULT_PANES });
  const recording = startRecording(opts.record);
  const player = new Player(runner, store, opts.scenario, opts.world, { speed: opts.speed, step: opts.step, onMark: (name) => recording.marker(name) });
  const app = renderFullScreen(<Root runner={runner} motion={opts.speed > 0} />, recording.inkOptions);
  void player.start(opts.at);
  try {
    await app.waitUntilExit();
  } finally {
    app.restore();
    recording.finish();
  }
  return 0;
}
