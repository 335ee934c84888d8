// The cross-process lock around every read-modify-write of a data file. proper-lockfile makes a
// `<file>.lock` directory (mkdir is atomic everywhere) and keeps its mtime fresh while held; a
// lock left by a killed process goes stale and is taken over after STALE_MS.
import lockfile from 'proper-lockfile';
import { StoreError } from './store';

const STALE_MS = 5_000;
/** Up to ~15 s of waiting: longer than STALE_MS, so a crashed holder's lock is taken over. */
const RETRIES = { retries: 120, factor: 1.25, minTimeout: 5, maxTimeout: 150, randomize: true };

/**
 * Run `fn` holding the lock on `file`. `fn` gets `assertHeld`, to call right before a rename
 * makes a write visible: if the lock was compromised (taken over as stale, its directory
 * removed) the write must not land.
 */
export async function withLock<T>(
  file: string,
  fn: (assertHeld: () => void) => Promise<T>,
  /** For tests: a shorter wait and staleness. */
  tuning: { retries?: number; stale?: number } = {},
): Promise<T> {
  let compromised: Error | null = null;
  let release: () => Promise<void>;
  try {
    release = await lockfile.lock(file, {
      realpath: false, // the file may not exist yet (first run, reset)
      stale: tuning.stale ?? STALE_MS,
      retries: tuning.retries === undefined ? RETRIES : { ...RETRIES, retries: tuning.retries },
      // The default throws from a timer and kills the process; note it and stop the write.
      onCompromised: (err) => {
        compromised = err;
      },
    });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ELOCKED')
      throw new StoreError('LOCKED', file, `${file} is locked by another bluepacket process (${file}.lock) and stayed locked`, { cause: err });
    throw new StoreError('IO', file, `cannot lock ${file}: ${(err as Error).message}`, { cause: err });
  }
  const assertHeld = () => {
    if (compromised)
      throw new StoreError('LOCKED', file, `lost the lock on ${file} (${(compromised as Error).message}); nothing more was written`, {
        cause: compromised,
      });
  };
  try {
    return await fn(assertHeld);
  } finally {
    await release().catch(() => {
      // Releasing a compromised lock fails; the error that matters was thrown by assertHeld.
    });
  }
}
