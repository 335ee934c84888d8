// Starting and stopping the terminal UI: open the store, choose the panes, render, poll the
// data file for other writers, and on exit restore the terminal and release the store.
import React from 'react';
import type { State } from '../domain/types';
import type { Lang } from '../i18n';
import { openFileStore } from '../store';
import { UsageError } from '../cli/usage';
import { CrowdDriver } from '../crowd';
import { say } from '../i18n';
import { APP } from '../i18n/app';
import { Runner } from './app/runner';
import { MAX_DEFAULT_PANES } from './layout';
import { choosePanes, PaneChoiceError } from './panes';
import { startRecording } from './record/session';
import { Root } from './Root';
import { renderFullScreen } from './screen';

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
    panes = choosePanes(store.state(), { ...(opts.users ? { users: opts.users } : {}), ...(opts.group ? { group: opts.group } : {}) });
  } catch (e) {
    await store.close();
    if (e instanceof PaneChoiceError) throw new UsageError(e.message);
    throw e;
  }
  const size = { cols: process.stdout.columns || 80, rows: process.stdout.rows || 24 };
  const runner = new Runner(store, panes, opts.lang, size, { maxPanes: opts.users ? opts.users.length : MAX_DEFAULT_PANES });
  // --reset moved the old file aside: say where, so nothing seems lost.
  if (store.backup) runner.apply({ type: 'notice', notice: { text: say(opts.lang, APP.movedAside, { file: store.backup }), tone: 'info' } });
  let recording;
  try {
    recording = startRecording(opts.record);
  } catch (e) {
    await store.close();
    throw e;
  }
  const app = renderFullScreen(<Root runner={runner} />, recording.inkOptions);
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
    app.restore();
    recording.finish();
    await store.close();
  }
  return 0;
}
