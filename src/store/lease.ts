// Which session drives the crowd for a data file: one lease, `<db>.presence/crowd.lease`, held
// by the session that created it and kept fresh by touching it every heartbeat. Only its holder
// plays the bots' steps (every other session sees them through the file), so the crowd acts
// once, not once per terminal. A holder that ends gives the lease up; one that dies stops
// touching it, and the next session to look takes it over once it is stale (or at once, on the
// same host, when the holder's pid is gone).
//
// Creating the lease is an exclusive create, so two sessions cannot both make one; taking over a
// stale one happens under the store's cross-process lock, so two sessions cannot both take it.
import { mkdirSync, statSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { isErrno, readPrefix } from './atomic';
import { withLock } from './lock';
import { StoreError } from './store';

const NAME = 'crowd.lease';
export const HOST = hostname();

/** Is `pid` a live process on this host? (EPERM: it is, but someone else's.) */
function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return isErrno(err, 'EPERM');
  }
}

/** Whether the session behind a record is gone: its file untouched for longer than `staleMs`,
 * or, on this host, its process ended. The lease and the presence records judge alike. */
export function sessionGone(mtime: number, now: number, staleMs: number, owner: { host: string; pid: number } | null): boolean {
  return now - mtime > staleMs || (owner !== null && owner.host === HOST && !pidAlive(owner.pid));
}

interface LeaseRecord {
  id: string;
  pid: number;
  host: string;
}

interface Seen {
  /** null: no lease. */
  record: LeaseRecord | null;
  /** The file is there but not readable as a lease (being written, or foreign). */
  unreadable: boolean;
  stale: boolean;
}

function look(file: string, staleMs: number): Seen {
  let mtime: number;
  try {
    mtime = statSync(file).mtimeMs;
  } catch (err) {
    if (isErrno(err, 'ENOENT')) return { record: null, unreadable: false, stale: false };
    throw err;
  }
  let record: LeaseRecord | null = null;
  try {
    const v = JSON.parse(readPrefix(file, 1024)) as Partial<LeaseRecord>;
    if (typeof v.id === 'string' && typeof v.pid === 'number' && typeof v.host === 'string') record = { id: v.id, pid: v.pid, host: v.host };
  } catch {
    // half-written or not ours: judged by its age alone
  }
  return { record, unreadable: record === null, stale: sessionGone(mtime, Date.now(), staleMs, record) };
}

export class CrowdLease {
  private readonly file: string;

  constructor(
    private readonly dir: string,
    private readonly id: string,
    private readonly staleMs: number,
  ) {
    this.file = join(dir, NAME);
  }

  /** Who drives the crowd now (a live lease's holder), without contending. */
  static holder(dir: string, staleMs: number): string | null {
    const seen = look(join(dir, NAME), staleMs);
    return seen.stale ? null : (seen.record?.id ?? null);
  }

  /** Renew the lease if it is ours, take it if it is free or stale; returns who holds it now. */
  async claim(): Promise<string | null> {
    const seen = look(this.file, this.staleMs);
    if (seen.record?.id === this.id && !seen.stale) {
      const now = new Date();
      utimesSync(this.file, now, now);
      return this.id;
    }
    if (seen.record === null && !seen.unreadable) return this.create() ? this.id : CrowdLease.holder(this.dir, this.staleMs);
    if (!seen.stale) return seen.record?.id ?? null;
    // Stale: decide under the lock, looking again there (another session may have just taken it).
    return withLock(
      this.file,
      async () => {
        const again = look(this.file, this.staleMs);
        if (!again.stale && (again.record !== null || again.unreadable)) return again.record?.id ?? null;
        try {
          unlinkSync(this.file);
        } catch {
          // gone already
        }
        return this.create() ? this.id : CrowdLease.holder(this.dir, this.staleMs);
      },
      { retries: 2 },
    ).catch((err: unknown) => {
      // Another session is deciding right now: it will have it, or we try again next beat.
      if (err instanceof StoreError && err.code === 'LOCKED') return null;
      throw err;
    });
  }

  /** Give the lease up if this session holds it. Never throws. */
  release(): void {
    try {
      if (look(this.file, Infinity).record?.id === this.id) unlinkSync(this.file);
    } catch {
      // nothing to give up
    }
  }

  /** An exclusive create: false when someone else made the lease first. */
  private create(): boolean {
    mkdirSync(this.dir, { recursive: true });
    const record: LeaseRecord = { id: this.id, pid: process.pid, host: HOST };
    try {
      writeFileSync(this.file, JSON.stringify(record), { flag: 'wx' });
      return true;
    } catch (err) {
      if (isErrno(err, 'EEXIST')) return false;
      throw err;
    }
  }
}
