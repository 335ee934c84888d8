// Hearing at once that another process wrote the data file. The store replaces the file by
// renaming a temp file over it, so a watch on the file itself would follow the old inode and go
// deaf after the first write: the directory is watched instead, and only events naming the file
// count (the temp files, the lock directory and the presence records are others' names). Where
// the platform cannot watch (no inotify, a network filesystem, too many watches), a slow poll
// does the job; while watching, a slower poll stays as a safety net for a missed event.
import { watch, type FSWatcher } from 'node:fs';
import { basename, dirname } from 'node:path';

export interface FileWatchOptions {
  /** Events within this many ms after the first are one change (a rename and a write). */
  debounceMs?: number;
  /** The poll when watching is not possible. */
  pollMs?: number;
  /** The safety-net poll while watching. */
  backstopMs?: number;
  /** Told once when watching stopped working and polling took over. */
  onFallback?: (error: unknown) => void;
}

export interface FileWatch {
  /** 'watch' while the directory is watched, 'poll' when only polling. */
  readonly mode: 'watch' | 'poll';
  close(): void;
}

const DEFAULTS = { debounceMs: 4, pollMs: 1000, backstopMs: 5000 };

/** Call `onChange` soon after `file` may have changed: within a few ms of another process's
 * rename when the directory can be watched, within `pollMs` when not. `onChange` should be
 * cheap when nothing changed (the store's refresh reads a header first). */
export function watchFile(file: string, onChange: () => void, options: FileWatchOptions = {}): FileWatch {
  const { debounceMs, pollMs, backstopMs } = { ...DEFAULTS, ...options };
  const name = basename(file);
  let timer: NodeJS.Timeout | null = null;
  let poll: NodeJS.Timeout | null = null;
  let watcher: FSWatcher | null = null;
  let closed = false;
  let mode: 'watch' | 'poll' = 'poll';

  const fire = () => {
    timer = null;
    if (!closed) onChange();
  };
  // The first event schedules one call; the ones right after it (the same rename seen twice, a
  // write in two parts) ride along. The call reads the file as it is then, so nothing is missed.
  const soon = () => {
    if (timer === null && !closed) timer = setTimeout(fire, debounceMs);
  };
  const every = (ms: number) => {
    if (poll) clearInterval(poll);
    poll = setInterval(() => !closed && onChange(), ms);
    poll.unref();
  };
  const fallBack = (error: unknown) => {
    watcher?.close();
    watcher = null;
    if (closed || mode === 'poll') return;
    mode = 'poll';
    every(pollMs);
    options.onFallback?.(error);
  };

  try {
    watcher = watch(dirname(file), { persistent: false }, (_event, changed) => {
      // Some platforms do not say which entry changed: then any change might be ours.
      if (changed === null || changed === name) soon();
    });
    watcher.on('error', fallBack);
    mode = 'watch';
    every(backstopMs);
  } catch (error) {
    every(pollMs);
    options.onFallback?.(error);
  }

  return {
    get mode() {
      return mode;
    },
    close() {
      closed = true;
      watcher?.close();
      if (timer) clearTimeout(timer);
      if (poll) clearInterval(poll);
    },
  };
}
