// Starting and stopping the terminal UI: open the store, choose the panes, render, poll the
// data file for other writers, and on exit restore the terminal and release the store.
import { render } from 'ink';
import React from 'react';
import type { State } from '../domain/types';
import type { Lang } from '../i18n';
import { openFileStore } from '../store';
import { UsageError } from '../cli/usage';
import { CrowdDriver } from '../crowd';
import { say } from '../i18n';
import { APP } from '../i18n/app';
import { Runner } from './app/runner';
import { choosePanes, PaneChoiceError } from './panes';
import { startRecording } from './record/session';
import { Root } from './Root';

export interface TuiOptions {
  db: string;
  reset: boolean;
  lang: Lang;
  init: () => State;
  users?: string[];
  group?: string;
  /** How many bots of the group race the panes (src/crowd); 0 or absent = none. */
  crowd?: number;
  /** Record the session to this asciicast v2 file (the caller checks it: checkRecordPath). */
  record?: string;
}

export async function startTui(opts: TuiOptions): Promise<number> {
  const store = await openFileStore(opts.db, { init: opts.init, reset: opts.reset });
  let panes;
  try {
    panes = choosePanes(store.state(), { ...(opts.users ? { users: opts.users } : {}), ...(opts.group ? { group: opts.group } : {}), cols: process.stdout.columns || 80 });
  } catch (e) {
    await store.close();
    if (e instanceof PaneChoiceError) throw new UsageError(e.message);
    throw e;
  }
  const runner = new Runner(store, panes, opts.lang, { cols: process.stdout.columns || 80, rows: process.stdout.rows || 24 });
  // --reset moved the old file aside: say where, so nothing seems lost.
  if (store.backup) runner.apply({ type: 'notice', notice: { text: say(opts.lang, APP.movedAside, { file: store.backup }), tone: 'info' } });
  let recording;
  try {
    recording = startRecording(opts.record);
  } catch (e) {
    await store.close();
    throw e;
  }
  // 60 fps: a key answers within a frame. No incrementalRendering: ink 6.8's incremental
  // writer moves up one line too few after a frame ending in a newline, so every update lands
  // a row lower and the status line smears down the screen (seen in tmux; a 3-line app shows it).
  const app = render(<Root runner={runner} motion />, {
    ...recording.inkOptions,
    exitOnCtrlC: true,
    patchConsole: true,
    maxFps: 60,
  });
  // Other writers of the data file: a failure to read it is said in the focused pane.
  const poll = setInterval(() => void runner.refresh(), 1000);
  const crowd = new CrowdDriver(runner, {
    size: opts.crowd ?? 0,
    exclude: panes.map((p) => p.user),
    onError: (e) => runner.fail(e),
  });
  crowd.start();
  try {
    await app.waitUntilExit();
  } finally {
    crowd.stop();
    clearInterval(poll);
    recording.finish();
    await store.close();
  }
  return 0;
}
