// Starting and stopping the terminal UI: open the store, choose the panes (or one person's phone),
// render, hear other sessions' writes to the data file, say who else is connected, run the crowd
// if this session holds its lease, and on exit restore the terminal and release it all. The app
// draws on the alternate screen, so after q the shell looks as before.
import React from 'react';
import type { State } from '../domain/types';
import type { Lang } from '../i18n';
import { openFileStore, type FileStore } from '../store';
import { Presence, type PresenceView } from '../store/presence';
import { watchFile } from '../store/watch';
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
  /** One person's phone: this user, full-screen (`--as`). */
  as?: string;
  /** How many bots of the group race the panes (src/crowd); 0 or absent = none. */
  crowd?: number;
  /** Record the session to this asciicast v2 file (the caller checks it: checkRecordPath). */
  record?: string;
}

/** `--as USER` names a user of this data file; if not, say which ones there are. */
export function checkAs(state: State, as: string, db: string): void {
  if (Object.hasOwn(state.users, as)) return;
  const users = Object.values(state.users);
  const people = users.filter((u) => !u.bot).map((u) => `${u.id} (${u.name})`);
  const bots = users.filter((u) => u.bot).map((u) => u.id);
  throw new UsageError(`--as: there is no user "${as}" in ${db}; people: ${people.join(', ')}${bots.length ? `; bots: ${bots.join(', ')}` : ''}`);
}

function panesFor(store: FileStore, opts: TuiOptions): Array<{ user: string; chat: string }> {
  const state = store.state();
  if (opts.as !== undefined) checkAs(state, opts.as, opts.db);
  const users = opts.as !== undefined ? [opts.as] : opts.users;
  try {
    return choosePanes(state, { ...(users ? { users } : {}), ...(opts.group ? { group: opts.group } : {}) });
  } catch (e) {
    if (e instanceof PaneChoiceError) throw new UsageError(e.message);
    throw e;
  }
}

export async function startTui(opts: TuiOptions): Promise<number> {
  const store = await openFileStore(opts.db, { init: opts.init, reset: opts.reset });
  let panes;
  try {
    panes = panesFor(store, opts);
  } catch (e) {
    await store.close();
    throw e;
  }
  const crowdSize = opts.crowd ?? 0;
  const mine = panes.map((p) => p.user);
  const presence = new Presence(opts.db, { role: opts.as !== undefined ? 'phone' : 'presenter', users: mine, drive: crowdSize > 0 });
  const runner = new Runner(
    store,
    panes,
    opts.lang,
    { cols: process.stdout.columns || 80, rows: process.stdout.rows || 24 },
    { layout: opts.as !== undefined ? 'phone' : 'panes', session: presence.id, maxPanes: opts.users ? opts.users.length : MAX_DEFAULT_PANES },
  );
  // --reset moved the old file aside: say where, so nothing seems lost.
  if (store.backup) runner.apply({ type: 'notice', notice: { text: say(opts.lang, APP.movedAside, { file: store.backup }), tone: 'info' } });
  let recording;
  try {
    recording = startRecording(opts.record);
  } catch (e) {
    await store.close();
    throw e;
  }

  // Another session's write: heard within a few ms (a directory watch), or within a second where
  // the platform cannot watch. A failure to read the file is said in the focused pane.
  let hearing: 'watch' | 'poll' = 'watch';
  const live = (view: PresenceView) => ({ ...view, hearing });
  const watch = watchFile(opts.db, () => void runner.refresh(), {
    onFallback: () => {
      hearing = 'poll';
      runner.setLive(live(presence.view()));
    },
  });

  // The bots act once per file: only the session holding the crowd's lease plays them; the
  // others see their steps in the file. Users any session shows are never played as bots.
  const crowd = new CrowdDriver(runner, {
    size: crowdSize,
    exclude: () => [...mine, ...presence.view().peers.flatMap((p) => p.users)],
    session: presence.id,
    onError: (e) => runner.fail(e),
  });
  let driver: string | null = null;
  const follow = (view: PresenceView) => {
    runner.setLive(live(view));
    if (view.driver === driver) return;
    const before = driver;
    driver = view.driver;
    if (driver === presence.id) crowd.start({ takeOver: before !== null });
    else crowd.stop();
  };
  presence.onChange(follow);
  await presence.start();
  follow(presence.view());

  // A hang-up (the ssh connection closed, the terminal window shut): the terminal is gone and
  // writing to it fails, so only the presence record and the crowd's lease are given up, and the
  // process ends as a hang-up would end it. The write failure may come before the signal.
  const hangUp = () => {
    crowd.stop();
    presence.leave();
    process.exit(129);
  };
  const lostTerminal = (err: NodeJS.ErrnoException) => {
    if (err.code === 'EIO' || err.code === 'EPIPE') hangUp();
    throw err;
  };
  process.stdout.on('error', lostTerminal);
  process.once('SIGHUP', hangUp);

  // The signals are this session's own to handle (above and below): it leaves its peers first.
  const app = renderFullScreen(<Root runner={runner} motion />, recording.inkOptions, { signals: false });
  // A kill: leave as on q (the terminal is put back), so the others see this session go at once.
  const leave = () => app.unmount();
  process.once('SIGTERM', leave);
  try {
    await app.waitUntilExit();
  } finally {
    process.off('SIGHUP', hangUp);
    process.off('SIGTERM', leave);
    process.stdout.off('error', lostTerminal);
    crowd.stop();
    watch.close();
    await presence.stop();
    app.restore();
    recording.finish();
    await store.close();
  }
  return 0;
}
