// The domain State kept in one JSON file (lowdb, with an adapter that writes atomically), safe
// with several processes on the same file: every change runs under a cross-process lock, on the
// state re-read from the file if another process changed it since, and is written by rename.
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { Low, type Adapter } from 'lowdb';
import type { Command } from '../domain/commands';
import { execute, type Outcome } from '../domain/engine';
import { invariantViolations } from '../domain/invariants';
import type { State } from '../domain/types';
import { afterSegment, assemble, DEFAULT_ARCHIVE, emptyLayout, mainDoc, nextSegmentName, planArchive, segmentDoc, touch, type ArchivePolicy, type Layout } from './archive';
import { isErrno, readPrefix, sweepTemps, writeFileAtomic } from './atomic';
import { corrupt, headerOf, parseMain, parseSegment, serializeMain, serializeSegment, type MainDoc, type SegmentDoc } from './format';
import { withLock } from './lock';
import { InvariantError, StoreError, type Store } from './store';

export interface FileStoreOptions {
  /** The state of a new file (first run, or after a reset). */
  init: () => State;
  /** Move the existing file (even a corrupt one) and its archive to a backup and start fresh. */
  reset?: boolean;
  /** Archiving policy; false writes no new segments (existing ones are still read). */
  archive?: boolean | Partial<ArchivePolicy>;
}

export interface FileStore extends Store {
  readonly path: string;
  /** Where the archive segments live: `<path>.archive/`. */
  readonly archiveDir: string;
  /** Where a reset moved the old file (`<path>.bak-<n>`, its archive beside it), else null. */
  readonly backup: string | null;
}

export const archiveDirOf = (path: string) => `${path}.archive`;

/** lowdb adapter for the main file: reads and checks it, writes it atomically. */
class MainFile implements Adapter<MainDoc | null> {
  /** Set by the store around a write: see withLock. */
  beforeRename: (() => void) | undefined;
  constructor(readonly path: string) {}

  async read(): Promise<MainDoc | null> {
    let text: string;
    try {
      text = await readFile(this.path, 'utf8');
    } catch (err) {
      if (isErrno(err, 'ENOENT')) return null;
      throw ioError(this.path, 'read', err);
    }
    return parseMain(text, this.path);
  }

  async write(doc: MainDoc | null): Promise<void> {
    if (doc === null) return;
    writeFileAtomic(this.path, serializeMain(doc), this.beforeRename);
  }
}

function ioError(file: string, what: string, err: unknown): StoreError {
  if (err instanceof StoreError) return err;
  return new StoreError('IO', file, `cannot ${what} ${file}: ${(err as Error).message}`, { cause: err });
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch (err) {
    if (isErrno(err, 'ENOENT')) return false;
    throw err;
  }
}

class FileStoreImpl implements FileStore {
  readonly archiveDir: string;
  backup: string | null = null;
  private readonly file: MainFile;
  private readonly db: Low<MainDoc | null>;
  private cur!: State;
  private layout!: Layout;
  /** The in-memory state may differ from the file (a failed write): reload before using it. */
  private stale = false;
  private swept = false;
  private closed = false;
  /** Commands and refreshes of this process run one at a time, in call order. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    readonly path: string,
    private readonly policy: ArchivePolicy | null,
  ) {
    this.archiveDir = archiveDirOf(path);
    this.file = new MainFile(path);
    this.db = new Low<MainDoc | null>(this.file, null);
  }

  state(): State {
    return this.cur;
  }

  refresh(): Promise<boolean> {
    return this.serial(async () => {
      // No lock: writes are atomic renames and segments never change, so a read sees one whole
      // version. The common case is one small read of the header.
      if (!this.stale && !(await this.changed())) return false;
      return (await this.load()) === true;
    });
  }

  execute(cmd: Command): Promise<Outcome> {
    return this.serial(() =>
      withLock(this.path, async (assertHeld) => {
        await this.sweepOnce();
        if (this.stale || (await this.changed())) await this.load();
        let outcome: Outcome;
        try {
          outcome = execute(this.cur, cmd);
        } catch (err) {
          await this.recover();
          throw err;
        }
        // A refusal leaves the state untouched, except one that carries events (a wrong code
        // counts): those were applied and must be kept like any accepted change.
        const events = outcome.ok ? outcome.events : (outcome.events ?? []);
        if (events.length === 0 && !outcome.ok) return outcome;
        const violations = invariantViolations(this.cur);
        if (violations.length > 0) {
          await this.recover();
          throw new InvariantError(violations, this.path);
        }
        touch(this.layout, this.cur, events);
        try {
          await this.persist(assertHeld);
        } catch (err) {
          await this.recover();
          throw ioError(this.path, 'write', err);
        }
        return outcome;
      }),
    );
  }

  async close(): Promise<void> {
    await this.serial(async () => {
      this.closed = true;
    });
  }

  // ---- opening ------------------------------------------------------------------------------

  async open(opts: FileStoreOptions): Promise<void> {
    try {
      await mkdir(dirname(this.path), { recursive: true });
    } catch (err) {
      throw ioError(dirname(this.path), 'create the directory', err);
    }
    if (opts.reset) {
      await withLock(this.path, async (assertHeld) => {
        this.backup = await this.moveAside();
        await this.create(opts.init(), assertHeld);
      });
      return;
    }
    if ((await this.load()) !== 'missing') return;
    // First run. Another process may be creating it too: decide under the lock.
    await withLock(this.path, async (assertHeld) => {
      if ((await this.load()) === 'missing') await this.create(opts.init(), assertHeld);
    });
  }

  private async create(state: State, assertHeld: () => void): Promise<void> {
    const violations = invariantViolations(state);
    if (violations.length > 0) throw new InvariantError(violations, this.path);
    await this.sweepOnce();
    this.cur = state;
    this.layout = emptyLayout(randomBytes(8).toString('hex'));
    touch(this.layout, state, []);
    await this.persist(assertHeld);
  }

  /** Rename the file and its archive to the first free `<path>.bak-<n>`; never clobber one. */
  private async moveAside(): Promise<string | null> {
    const hasFile = await exists(this.path);
    const hasArchive = await exists(this.archiveDir);
    if (!hasFile && !hasArchive) return null;
    let n = 1;
    while ((await exists(`${this.path}.bak-${n}`)) || (await exists(archiveDirOf(`${this.path}.bak-${n}`)))) n++;
    const bak = `${this.path}.bak-${n}`;
    try {
      if (hasFile) await rename(this.path, bak);
      // Beside the backup under the matching name, so the backup opens as a store by itself.
      if (hasArchive) await rename(this.archiveDir, archiveDirOf(bak));
    } catch (err) {
      throw ioError(this.path, 'move aside', err);
    }
    return hasFile ? bak : archiveDirOf(bak);
  }

  // ---- reading ------------------------------------------------------------------------------

  /** Has the file changed since this process last read or wrote it? Reads ~256 bytes. */
  private async changed(): Promise<boolean> {
    let head;
    try {
      head = headerOf(readPrefix(this.path));
    } catch (err) {
      if (isErrno(err, 'ENOENT'))
        throw new StoreError('IO', this.path, `${this.path} has disappeared (moved or deleted by someone else); nothing was written`);
      throw ioError(this.path, 'read', err);
    }
    // Not our header at all: a full read will say what is wrong with it.
    return head === null || head.id !== this.layout.id || head.rev !== this.layout.rev;
  }

  /**
   * Read the main file and bring the state up to it: only segments this process has not seen
   * are read, unless the file is a different one (reset elsewhere) or this state is stale.
   * Returns whether the state changed; 'missing' when there is no file (yet).
   */
  private async load(): Promise<boolean | 'missing'> {
    const doc = await this.readMain();
    if (doc === null) {
      if (this.cur === undefined) return 'missing';
      throw new StoreError('IO', this.path, `${this.path} has disappeared (moved or deleted by someone else); nothing was written`);
    }
    const prev = this.cur === undefined ? null : { state: this.cur, layout: this.layout };
    if (prev && !this.stale && doc.id === prev.layout.id && doc.rev === prev.layout.rev) return false;
    const incremental =
      prev !== null && !this.stale && doc.id === prev.layout.id && prev.layout.segments.every((s, i) => doc.segments[i] === s);
    const known = incremental ? prev.layout.segments.length : 0;
    const segments: SegmentDoc[] = [];
    for (const name of doc.segments.slice(known)) segments.push(await this.readSegment(name, doc.id));
    const { state, layout } = assemble(doc, segments, incremental ? prev : null, this.path);
    const violations = invariantViolations(state);
    if (violations.length > 0) throw corrupt(this.path, this.path, `holds a state that breaks the ledger invariants (${violations.slice(0, 3).join('; ')})`);
    // Keep one State object for the life of the store: whoever holds it sees the update.
    if (this.cur === undefined) this.cur = state;
    else Object.assign(this.cur, state);
    this.layout = layout;
    this.stale = false;
    return true;
  }

  private async readMain(): Promise<MainDoc | null> {
    this.db.data = null; // Low.read() keeps the old data when the adapter finds no file
    await this.db.read();
    const doc: MainDoc | null = this.db.data;
    this.db.data = null;
    return doc;
  }

  private async readSegment(name: string, id: string): Promise<SegmentDoc> {
    const file = join(this.archiveDir, name);
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (err) {
      if (isErrno(err, 'ENOENT')) throw corrupt(this.path, this.path, `lists the archive segment ${file}, which is missing`);
      throw ioError(file, 'read', err);
    }
    return parseSegment(text, file, this.path, id);
  }

  /** After a failed command: put the file's state back in memory (the failure may have left a
   * half-applied change there). If even that fails, the next call tries again. */
  private async recover(): Promise<void> {
    this.stale = true;
    await this.load().catch(() => {});
  }

  // ---- writing ------------------------------------------------------------------------------

  /** Write the current state as the next revision, archiving first when the policy says so. */
  private async persist(assertHeld: () => void): Promise<void> {
    let layout = this.layout;
    const plan = this.policy ? planArchive(this.cur, layout, this.policy) : null;
    if (plan) {
      await mkdir(this.archiveDir, { recursive: true });
      const name = await nextSegmentName(this.archiveDir, layout.segments);
      writeFileAtomic(join(this.archiveDir, name), serializeSegment(segmentDoc(this.cur, layout, plan)), assertHeld);
      layout = afterSegment(layout, name, plan);
    }
    const rev = layout.rev + 1;
    this.db.data = mainDoc(this.cur, layout, rev);
    this.file.beforeRename = assertHeld;
    try {
      await this.db.write();
    } finally {
      this.file.beforeRename = undefined;
      this.db.data = null; // do not keep a second reference to the serialised shape
    }
    // Only now is the segment part of the file: before, a crash would have left it unlisted.
    this.layout = { ...layout, rev };
  }

  /** Once per process, under the lock: remove temp files a killed writer left behind. */
  private async sweepOnce(): Promise<void> {
    if (this.swept) return;
    this.swept = true;
    await sweepTemps(dirname(this.path), this.path.split(/[\\/]/).pop());
    await sweepTemps(this.archiveDir);
  }

  private serial<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.queue.then(() => {
      if (this.closed) throw new Error(`the store for ${this.path} is closed`);
      return fn();
    });
    this.queue = run.catch(() => {});
    return run;
  }
}

function policyOf(opt: FileStoreOptions['archive']): ArchivePolicy | null {
  if (opt === false) return null;
  if (opt === undefined || opt === true) return DEFAULT_ARCHIVE;
  return { ...DEFAULT_ARCHIVE, ...opt };
}

/**
 * Open the data file at `path`, creating it from `opts.init()` on first run. A file that is not
 * a readable bluepacket file is refused with a StoreError and left untouched, unless `reset`.
 */
export async function openFileStore(path: string, opts: FileStoreOptions): Promise<FileStore> {
  const store = new FileStoreImpl(path, policyOf(opts.archive));
  await store.open(opts);
  return store;
}
