// The domain State kept in one JSON file (lowdb, with an adapter that writes atomically), safe
// with several processes on the same file: every change runs under a cross-process lock, on the
// state re-read from the file if another process changed it since, and is written by rename.
// History moves to archive segments (archive.ts): opening reads the main file only, and a
// segment is read when a command or a screen asks for what it holds.
import { randomBytes } from 'node:crypto';
import { mkdir, readdir, rename, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { MB, readBoundedText, UnreadableFileError } from '../bounded-file';
import { Low, type Adapter } from 'lowdb';
import { packetsNamed, type Command } from '../domain/commands';
import { execute, type Outcome } from '../domain/engine';
import { emptyArchived } from '../domain/history';
import { invariantViolations } from '../domain/invariants';
import type { ChatMessage, PacketId, State } from '../domain/types';
import {
  afterArchive,
  afterIndex,
  DEFAULT_ARCHIVE,
  emptyLayout,
  indexed,
  indexName,
  locate,
  mainDoc,
  nextSegmentNames,
  planArchive,
  planIndex,
  segmentInfo,
  splitPlan,
  touch,
  type ArchivePolicy,
  type Layout,
} from './archive';
import { adoptMessages, adoptPackets, fromMain, fromV1, mergeNewer, namedButAbsent, wholeState, type Loaded } from './assemble';
import { isErrno, readPrefix, sweepTemps, writeFileAtomic } from './atomic';
import {
  corrupt,
  headerOf,
  parseIndex,
  parseMain,
  parseSegment,
  serializeMain,
  serializeSegment,
  type IndexRef,
  type MainDoc,
  type MainDocV1,
  type SegmentDoc,
  type SegmentInfo,
} from './format';
import { messageProblem, packetProblem } from './references';
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

type AnyMain = MainDoc | MainDocV1;

/** lowdb adapter for the main file: reads and checks it, writes it atomically. */
class MainFile implements Adapter<AnyMain | null> {
  /** Set by the store around a write: see withLock. */
  beforeRename: (() => void) | undefined;
  constructor(readonly path: string) {}

  async read(): Promise<AnyMain | null> {
    let text: string;
    try {
      text = readStoreFile(this.path);
    } catch (err) {
      if (err instanceof UnreadableFileError && err.errno === 'ENOENT') return null;
      throw ioError(this.path, 'read', err);
    }
    return parseMain(text, this.path);
  }

  async write(doc: AnyMain | null): Promise<void> {
    if (doc === null) return;
    writeFileAtomic(this.path, serializeMain(doc as MainDoc), this.beforeRename);
  }
}

function ioError(file: string, what: string, err: unknown): StoreError {
  if (err instanceof StoreError) return err;
  // A file refused before it was read says what it is ("is a device, not a file").
  if (err instanceof UnreadableFileError) return new StoreError('IO', file, `cannot ${what} ${file}: it ${err.message}`, { cause: err });
  return new StoreError('IO', file, `cannot ${what} ${file}: ${(err as Error).message}`, { cause: err });
}

/** The data file and its archive are named by the user (`--db`): read bounded, so a device or a
 * pipe is refused rather than read forever. The cap is the longest string Node can hold; a main
 * file of the lazy format stays far below it (its history is in the archive). */
const STORE_FILE_MAX = 512 * MB;
const readStoreFile = (file: string): string => readBoundedText(file, STORE_FILE_MAX);

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
  private readonly db: Low<AnyMain | null>;
  private cur!: State;
  private layout!: Layout;
  /** The in-memory state may differ from the file (a failed write): reload before using it. */
  private stale = false;
  private swept = false;
  private closed = false;
  /** Commands, refreshes and reads of history run one at a time, in call order. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    readonly path: string,
    private readonly policy: ArchivePolicy | null,
  ) {
    this.archiveDir = archiveDirOf(path);
    this.file = new MainFile(path);
    this.db = new Low<AnyMain | null>(this.file, null);
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
        // The engine decides on every packet the command names, archived or not.
        await this.readPackets(packetsNamed(cmd));
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

  loadOlder(chat: string, n: number): Promise<number> {
    return this.serial(async () => {
      let oldest = Infinity;
      for (const m of this.cur.messages)
        if (m.chat === chat) {
          oldest = m.id;
          break;
        }
      // A chat's messages are archived oldest first: the newest segments hold the next older.
      const found: ChatMessage[] = [];
      const search = async (infos: readonly SegmentInfo[]) => {
        for (let i = infos.length - 1; i >= 0 && found.length < n; i--) {
          const info = infos[i]!;
          const span = info.chats.find((c) => c[0] === chat);
          if (span === undefined || span[2] >= oldest) continue;
          const seg = await this.readSegment(info.name, this.layout.id);
          const older = seg.messages.filter((m) => m.chat === chat && m.id < oldest);
          for (const m of older) {
            const problem = messageProblem(this.cur, m);
            if (problem) throw corrupt(join(this.archiveDir, info.name), this.segmentLabel(info.name), problem);
          }
          found.unshift(...older);
        }
      };
      await search(this.layout.segments);
      if (found.length < n && this.layout.indexes.length > 0) await search(await this.older());
      found.sort((a, b) => a.id - b.id);
      const added = adoptMessages(this.cur, this.layout, found.slice(Math.max(0, found.length - n)));
      await this.readPackets(namedButAbsent(this.cur));
      return added;
    });
  }

  loadPackets(ids: readonly string[]): Promise<string[]> {
    return this.serial(async () => {
      await this.readPackets(ids);
      return ids.filter((id) => !Object.hasOwn(this.cur.packets, id));
    });
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
    state.archived ??= emptyArchived();
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
      if (isErrno(err, 'ENOENT')) throw this.disappeared();
      throw ioError(this.path, 'read', err);
    }
    // Not our header at all: a full read will say what is wrong with it.
    return head === null || head.id !== this.layout.id || head.rev !== this.layout.rev;
  }

  /** The file this store had open is gone: said, and nothing written. */
  private disappeared(): StoreError {
    return new StoreError('IO', this.path, `${this.path} has disappeared (moved or deleted by someone else); nothing was written`);
  }

  /**
   * Read the main file and bring the state up to it. A session opens on the main file alone; a
   * newer version of the file this process holds is merged in, reading only the segments added
   * since (what others archived may fill a chat this process shows). Returns whether the state
   * changed; 'missing' when there is no file (yet).
   */
  private async load(): Promise<boolean | 'missing'> {
    const doc = await this.readMain();
    if (doc === null) {
      if (this.cur === undefined) return 'missing';
      throw this.disappeared();
    }
    const prev: Loaded | null = this.cur === undefined ? null : { state: this.cur, layout: this.layout };
    if (prev && !this.stale && doc.id === prev.layout.id && doc.rev === prev.layout.rev) return false;
    const same = prev !== null && doc.id === prev.layout.id;
    let next: Loaded;
    if (doc.version === 1) {
      const segments: SegmentDoc[] = [];
      for (const name of doc.segments) segments.push(await this.readSegment(name, doc.id));
      next = fromV1(doc, segments, this.path);
    } else {
      await this.checkListed(doc);
      // Under one id the list of segments only grows at the end (every write builds on the last).
      const known = prev === null ? 0 : indexed(prev.layout) + prev.layout.segments.length;
      const incremental = same && !this.stale && indexed(doc) + doc.segments.length >= known;
      if (incremental) {
        // Of the segments others added, only those with a newer copy of a packet this process
        // holds, or lines of a chat it scrolled back, matter to it.
        const fresh: SegmentDoc[] = [];
        const held = (id: PacketId) => Object.hasOwn(prev.state.packets, id);
        for (const info of await this.segmentsFrom(doc, known))
          if (info.packets.some(held) || info.chats.some(([chat]) => prev.layout.scrolled.has(chat))) fresh.push(await this.readSegment(info.name, doc.id));
        next = mergeNewer(prev, doc, fresh, this.path);
      } else next = fromMain(doc, this.path);
    }
    this.checkRead(next.state);
    // After a failed write, the packets this process showed are read back: a card on screen stays.
    const held = same && this.stale ? prev.state.order : [];
    // Keep one State object for the life of the store: whoever holds it sees the update.
    if (this.cur === undefined) this.cur = next.state;
    else {
      for (const k of Object.keys(this.cur)) if (!(k in next.state)) delete (this.cur as unknown as Record<string, unknown>)[k];
      Object.assign(this.cur, next.state);
    }
    this.layout = next.layout;
    this.stale = false;
    await this.readPackets([...namedButAbsent(this.cur), ...held]);
    return true;
  }

  private async readMain(): Promise<AnyMain | null> {
    this.db.data = null; // Low.read() keeps the old data when the adapter finds no file
    await this.db.read();
    const doc: AnyMain | null = this.db.data;
    this.db.data = null;
    return doc;
  }

  /** See readWholeHistory. */
  async whole(): Promise<State> {
    const doc = await this.readMain();
    if (doc === null) throw new StoreError('IO', this.path, `${this.path} does not exist`);
    const names = doc.version === 1 ? doc.segments : (await this.segmentsFrom(doc, 0)).map((s) => s.name);
    const segments: SegmentDoc[] = [];
    for (const name of names) segments.push(await this.readSegment(name, doc.id));
    const { state } = wholeState(doc, segments, this.path);
    this.checkRead(state);
    return state;
  }

  /** A state read from the file must keep the ledger's invariants: one that does not is a
   * corrupt file, refused (never written back). */
  private checkRead(state: State): void {
    const violations = invariantViolations(state);
    if (violations.length > 0) throw corrupt(this.path, this.path, `holds a state that breaks the ledger invariants (${violations.slice(0, 3).join('; ')})`);
  }

  /** Every segment the main file lists is there (one directory read; their contents are read
   * when needed). */
  private async checkListed(doc: MainDoc): Promise<void> {
    if (doc.segments.length === 0 && doc.indexes.length === 0) return;
    let names: Set<string>;
    try {
      names = new Set(await readdir(this.archiveDir));
    } catch (err) {
      if (!isErrno(err, 'ENOENT')) throw ioError(this.archiveDir, 'read', err);
      names = new Set();
    }
    for (const s of doc.segments)
      if (!names.has(s.name)) throw corrupt(this.path, this.path, `lists the archive segment ${join(this.archiveDir, s.name)}, which is missing`);
    for (const x of doc.indexes)
      if (!names.has(x.name)) throw corrupt(this.path, this.path, `lists the archive index ${join(this.archiveDir, x.name)}, which is missing`);
  }

  /** The text of a file of the archive the main file lists: a segment or an index. */
  private async readArchived(name: string, what: 'segment' | 'index'): Promise<{ file: string; text: string }> {
    const file = join(this.archiveDir, name);
    try {
      return { file, text: readStoreFile(file) };
    } catch (err) {
      if (err instanceof UnreadableFileError && err.errno === 'ENOENT') throw corrupt(this.path, this.path, `lists the archive ${what} ${file}, which is missing`);
      throw ioError(file, 'read', err);
    }
  }

  /** What an index file lists. */
  private async readIndex(ref: IndexRef, id: string): Promise<SegmentInfo[]> {
    const { file, text } = await this.readArchived(ref.name, 'index');
    return parseIndex(text, file, this.path, id, ref.segments).segments;
  }

  /** The segments the index files list (read once, when first needed). */
  private async older(): Promise<SegmentInfo[]> {
    if (this.layout.older === null) {
      const older: SegmentInfo[] = [];
      for (const ref of this.layout.indexes) older.push(...(await this.readIndex(ref, this.layout.id)));
      this.layout.older = older;
    }
    return this.layout.older;
  }

  /** The segments of a main file from position `from` on (reading only the index files that
   * list some of them). */
  private async segmentsFrom(doc: Pick<MainDoc, 'id' | 'indexes' | 'segments'>, from: number): Promise<SegmentInfo[]> {
    const out: SegmentInfo[] = [];
    let at = 0;
    for (const ref of doc.indexes) {
      if (at + ref.segments > from) out.push(...(await this.readIndex(ref, doc.id)).slice(Math.max(0, from - at)));
      at += ref.segments;
    }
    out.push(...doc.segments.slice(Math.max(0, from - at)));
    return out;
  }

  private segmentLabel(name: string): string {
    return `${join(this.archiveDir, name)} (an archive segment of ${this.path})`;
  }

  private async readSegment(name: string, id: string): Promise<SegmentDoc> {
    const { file, text } = await this.readArchived(name, 'segment');
    return parseSegment(text, file, this.path, id);
  }

  /** Read archived packets back into memory (those not there yet); unknown ids are left out. */
  private async readPackets(ids: readonly PacketId[]): Promise<void> {
    const absent = new Set(ids.filter((id) => !Object.hasOwn(this.cur.packets, id)));
    if (absent.size === 0) return;
    // The newest copy is in the newest segment that holds it: the main file's own list first,
    // the index files only for what is older.
    const where = new Map<PacketId, SegmentInfo>();
    const recent = this.layout.segments;
    for (let i = recent.length - 1; i >= 0; i--) for (const id of recent[i]!.packets) if (absent.has(id) && !where.has(id)) where.set(id, recent[i]!);
    if (where.size < absent.size && this.layout.indexes.length > 0) {
      await this.older();
      for (const id of absent) {
        const at = where.has(id) ? undefined : locate(this.layout, id);
        if (at !== undefined) where.set(id, at);
      }
    }
    const bySegment = new Map<SegmentInfo, Set<PacketId>>();
    for (const [id, at] of where) {
      if (!bySegment.has(at)) bySegment.set(at, new Set());
      bySegment.get(at)!.add(id);
    }
    for (const [{ name }, wanted] of bySegment) {
      const seg = await this.readSegment(name, this.layout.id);
      const entries = seg.packets.filter(([, p]) => wanted.has(p.id));
      for (const [pos, p] of entries) {
        const problem = pos >= this.layout.count ? `has packet ${p.id} at position ${pos}, beyond the send order's ${this.layout.count}` : packetProblem(this.cur, p);
        if (problem) throw corrupt(join(this.archiveDir, name), this.segmentLabel(name), problem);
      }
      adoptPackets(this.cur, this.layout, entries);
    }
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
    const plan = this.policy ? planArchive(this.cur, this.layout, this.policy) : null;
    if (plan) {
      const docs = splitPlan(plan, this.cur, this.layout.id);
      await mkdir(this.archiveDir, { recursive: true });
      const names = await nextSegmentNames(
        this.archiveDir,
        this.layout.segments.map((s) => s.name),
        docs.length,
      );
      docs.forEach((doc, i) => writeFileAtomic(join(this.archiveDir, names[i]!), serializeSegment(doc), assertHeld));
      // Only once the main file lists them are the segments part of the file: if writing it
      // fails, recover() reads the file back and these are left unlisted.
      afterArchive(
        this.cur,
        this.layout,
        plan,
        docs.map((doc, i) => segmentInfo(names[i]!, doc)),
      );
    }
    // The main file lists a bounded number of segments: the older ones move to index files.
    for (let index; this.policy && (index = planIndex(this.layout, this.policy.indexEvery)); ) {
      await mkdir(this.archiveDir, { recursive: true });
      writeFileAtomic(join(this.archiveDir, indexName(index)), JSON.stringify(index), assertHeld);
      afterIndex(this.layout, index);
    }
    const rev = this.layout.rev + 1;
    this.db.data = mainDoc(this.cur, this.layout, rev);
    this.file.beforeRename = assertHeld;
    try {
      await this.db.write();
    } finally {
      this.file.beforeRename = undefined;
      this.db.data = null; // do not keep a second reference to the serialised shape
    }
    this.layout.rev = rev;
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

/**
 * The whole history of a data file, every segment read and merged: what a session held in memory
 * before history was read on demand. For checks and tools; a session never needs it. No lock:
 * the main file is replaced atomically and segments never change.
 */
export async function readWholeHistory(path: string): Promise<State> {
  const store = new FileStoreImpl(path, null);
  return store.whole();
}
