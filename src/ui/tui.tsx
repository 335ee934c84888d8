// Starting and stopping the terminal UI: open the store, choose the panes, render, poll the
// data file for other writers, and on exit restore the terminal and release the store.
import { render } from 'ink';
import React from 'react';
import type { State } from '../domain/types';
import type { Lang } from '../i18n';
import { openFileStore } from '../store';
import { UsageError } from '../cli/usage';
import { CrowdDriver } from '../crowd';
import { Controller } from './controller';
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
  const c = new Controller(store, panes, { lang: opts.lang });
  // --reset moved the old file aside: say where, so nothing seems lost.
  if (store.backup) c.notify(opts.lang === 'zh' ? `旧数据已移到 ${store.backup}` : `the old data file was moved to ${store.backup}`, 'info');
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
  const app = render(<Root c={c} />, {
    ...recording.inkOptions,
    exitOnCtrlC: true,
    patchConsole: true,
    maxFps: 60,
  });
  const poll = setInterval(() => void c.refresh().catch(() => undefined), 1000);
  const crowd = new CrowdDriver(c, {
    size: opts.crowd ?? 0,
    exclude: panes.map((p) => p.user),
    onError: (e) => c.notify(`⚠ ${e instanceof Error ? e.message : String(e)}`, 'bad'),
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
