// Who else has a session open on the same data file right now. Kept beside the file, never in
// the game state: each session writes one small record, `<db>.presence/<pid>-<random>.json`
// (atomically, once: the users it shows and whether it is a presenter's panes or one person's
// phone), and keeps it fresh by touching its mtime every second. A session that ends removes
// its record; one that was killed stops touching it, and the others drop it (and delete it) when
// it is older than a few seconds or, on the same host, as soon as its pid is gone.
//
// Nothing here may break a session: every failure (a read-only directory, a full disk) becomes
// `error` in the view, which the UI shows, and the next tick tries again.
import { randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, statSync, unlinkSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { isErrno, readPrefix, tempPattern, writeFileAtomic } from './atomic';
import { CrowdLease, HOST, sessionGone } from './lease';

export const presenceDirOf = (db: string) => `${db}.presence`;

export type SessionRole = 'presenter' | 'phone';

/** Another session on the file, as its record says. */
export interface Peer {
  id: string;
  role: SessionRole;
  /** The users it shows: the panes' users, or the phone's one. */
  users: string[];
  /** When it started (ms since the epoch, the machine's clock). */
  since: number;
}

export interface PresenceView {
  /** This session's id (also what its clock moves carry). */
  self: string;
  /** The others, oldest first. */
  peers: Peer[];
  /** The session that drives the crowd for this file, or null. */
  driver: string | null;
  /** The last failure, or null once a tick worked again. */
  error: string | null;
}

export interface PresenceOptions {
  role: SessionRole;
  users: string[];
  /** Contend for the crowd's lease (this session has a crowd to drive). */
  drive?: boolean;
  heartbeatMs?: number;
  /** A record untouched for longer is a dead session's. */
  staleMs?: number;
  /** Told whenever the view changes. */
  onChange?: (view: PresenceView) => void;
}

const RECORD = /^(\d+)-([0-9a-f]{8})\.json$/;
/** A temp file a killed writer left (atomic.ts's names, for any file). */
const TEMP = tempPattern();
const FORMAT = 'bluepacket-presence';
const MAX_RECORD = 4096;
const MAX_USERS = 16;

interface Record_ extends Peer {
  pid: number;
  host: string;
}

/** A record's contents, checked; null when it is not one of ours (then it is left alone). */
function parseRecord(text: string, name: string): Record_ | null {
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof v !== 'object' || v === null) return null;
  const r = v as Partial<Record_> & { format?: unknown };
  const ok =
    r.format === FORMAT &&
    typeof r.id === 'string' &&
    `${r.id}.json` === name &&
    (r.role === 'presenter' || r.role === 'phone') &&
    Array.isArray(r.users) &&
    r.users.length <= MAX_USERS &&
    r.users.every((u) => typeof u === 'string' && u.length <= 64) &&
    typeof r.since === 'number' &&
    typeof r.pid === 'number' &&
    typeof r.host === 'string';
  return ok ? { id: r.id!, role: r.role!, users: r.users!, since: r.since!, pid: r.pid!, host: r.host! } : null;
}

export class Presence {
  readonly id = `${process.pid}-${randomBytes(4).toString('hex')}`;
  readonly dir: string;
  private readonly file: string;
  private readonly heartbeatMs: number;
  private readonly staleMs: number;
  private readonly lease: CrowdLease | null;
  /** Records read so far, by file name: a record is written once, so it is read once. */
  private readonly known = new Map<string, Record_ | null>();
  private timer: NodeJS.Timeout | null = null;
  private ticking: Promise<void> | null = null;
  private stopped = false;
  private current: PresenceView;
  private listener: ((view: PresenceView) => void) | undefined;

  constructor(
    db: string,
    private readonly options: PresenceOptions,
  ) {
    this.dir = presenceDirOf(db);
    this.file = join(this.dir, `${this.id}.json`);
    this.heartbeatMs = options.heartbeatMs ?? 1000;
    this.staleMs = options.staleMs ?? 5000;
    this.lease = options.drive ? new CrowdLease(this.dir, this.id, this.staleMs) : null;
    this.current = { self: this.id, peers: [], driver: null, error: null };
    this.listener = options.onChange;
  }

  /** Be told whenever the view changes (instead of the option's listener). */
  onChange(fn: (view: PresenceView) => void): void {
    this.listener = fn;
  }

  view(): PresenceView {
    return this.current;
  }

  /** Write the record and look around at once, then every heartbeat. */
  start(): Promise<void> {
    if (this.timer) return this.tick();
    this.timer = setInterval(() => void this.tick(), this.heartbeatMs);
    this.timer.unref();
    return this.tick();
  }

  /** Stop ticking, let a beat in progress end, then leave. Never throws. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.ticking;
    this.leave();
  }

  /** Remove the record and give the lease up, at once (a hang-up exits right after). Never throws. */
  leave(): void {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    try {
      unlinkSync(this.file);
    } catch {
      // already gone (a peer swept it, or it was never written)
    }
    this.lease?.release();
  }

  /** One heartbeat: touch (or rewrite) the record, read the others, renew the lease. */
  tick(): Promise<void> {
    if (this.ticking || this.stopped) return this.ticking ?? Promise.resolve();
    this.ticking = this.beat().finally(() => {
      this.ticking = null;
    });
    return this.ticking;
  }

  private async beat(): Promise<void> {
    let error: string | null = null;
    let peers = this.current.peers;
    let driver = this.current.driver;
    try {
      this.touch();
      peers = this.scan();
    } catch (err) {
      error = (err as Error).message;
    }
    try {
      driver = this.lease ? await this.lease.claim() : CrowdLease.holder(this.dir, this.staleMs);
    } catch (err) {
      error ??= (err as Error).message;
    }
    if (this.stopped) return;
    this.publish({ self: this.id, peers, driver, error });
  }

  private publish(next: PresenceView): void {
    const cur = this.current;
    const same =
      cur.driver === next.driver &&
      cur.error === next.error &&
      cur.peers.length === next.peers.length &&
      cur.peers.every((p, i) => p.id === next.peers[i]!.id);
    if (same) return;
    this.current = next;
    this.listener?.(next);
  }

  /** Keep our record fresh; write it again if it is gone (first beat, or swept as stale after
   * this process was stopped for a while). */
  private touch(): void {
    const now = new Date();
    try {
      utimesSync(this.file, now, now);
      return;
    } catch (err) {
      if (!isErrno(err, 'ENOENT')) throw err;
    }
    mkdirSync(this.dir, { recursive: true });
    const record: Record_ & { format: string } = {
      format: FORMAT,
      id: this.id,
      role: this.options.role,
      users: this.options.users.slice(0, MAX_USERS),
      since: Date.now(),
      pid: process.pid,
      host: HOST,
    };
    writeFileAtomic(this.file, JSON.stringify(record));
  }

  /** The other live sessions; records of dead ones are removed. */
  private scan(): Peer[] {
    const now = Date.now();
    const names = readdirSync(this.dir);
    const peers: Peer[] = [];
    const present = new Set<string>();
    for (const name of names) {
      const path = join(this.dir, name);
      if (TEMP.test(name)) {
        this.sweep(path, now, 60_000);
        continue;
      }
      if (!RECORD.test(name) || path === this.file) continue;
      present.add(name);
      let mtime: number;
      try {
        mtime = statSync(path).mtimeMs;
      } catch {
        continue; // removed meanwhile
      }
      if (!this.known.has(name)) this.known.set(name, this.read(path, name));
      const r = this.known.get(name)!;
      if (r === null) continue;
      if (sessionGone(mtime, now, this.staleMs, r)) {
        this.sweep(path, now, 0);
        continue;
      }
      peers.push({ id: r.id, role: r.role, users: r.users, since: r.since });
    }
    for (const name of this.known.keys()) if (!present.has(name)) this.known.delete(name);
    return peers.sort((a, b) => a.since - b.since || (a.id < b.id ? -1 : 1));
  }

  private read(path: string, name: string): Record_ | null {
    try {
      const text = readPrefix(path, MAX_RECORD + 1);
      return text.length > MAX_RECORD ? null : parseRecord(text, name);
    } catch {
      return null;
    }
  }

  /** Remove a dead session's record (or an old temp file); another session may beat us to it. */
  private sweep(path: string, now: number, minAgeMs: number): void {
    try {
      if (minAgeMs > 0 && now - statSync(path).mtimeMs < minAgeMs) return;
      unlinkSync(path);
    } catch {
      // gone already
    }
  }
}
