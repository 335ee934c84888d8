// Starting and stopping the terminal UI: open the store, choose the panes, render, poll the
// data file for other writers, and on exit restore the terminal and release the store.
import { render } from 'ink';
import React from 'react';
import type { State } from '../domain/types';
import type { Lang } from '../i18n';
import { openFileStore } from '../store';
import { UsageError } from '../cli/usage';
import { Controller } from './controller';
import { choosePanes, PaneChoiceError } from './panes';
import { Root } from './Root';

export interface TuiOptions {
  db: string;
  reset: boolean;
  lang: Lang;
  init: () => State;
  users?: string[];
  group?: string;
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
  // 60 fps: a key answers within a frame. Incremental rendering rewrites only the lines that
  // changed, so four panes do not repaint for a status-bar tick.
  const app = render(<Root c={c} />, { exitOnCtrlC: true, patchConsole: true, maxFps: 60, incrementalRendering: true });
  const poll = setInterval(() => void c.refresh().catch(() => undefined), 1000);
  try {
    await app.waitUntilExit();
  } finally {
    clearInterval(poll);
    await store.close();
  }
  return 0;
}
