// The store's interface: what the UI, the CLI and the scenario runner hold. Both stores (a JSON
// file, or memory) run commands through the one engine and refuse to keep a state that breaks
// the ledger invariants.
import type { Command } from '../domain/commands';
import type { Outcome } from '../domain/engine';
import type { State } from '../domain/types';

export interface Store {
  /** The data file, or null for a memory store. */
  readonly path: string | null;
  /** The latest state this process knows. The same object for the store's life: a refresh
   * replaces its fields in place, so a reference to it stays current. A file store holds what
   * the screens show: every packet that can still change, the newest messages of every chat and
   * the newest events, what the process has read back or done since it opened; the rest of the
   * history is on disk (see loadOlder, loadPackets) and summed up in state().archived. */
  state(): State;
  /** Re-read if another process changed the file; true if the state changed. */
  refresh(): Promise<boolean>;
  /** Lock; re-read if the file changed; engine execute(); if accepted: check the invariants
   * (throw InvariantError and write nothing if they fail); write atomically; unlock.
   * A refused command writes nothing, unless it carries events (a wrong code on a code gift
   * counts toward the lock): those are kept like an accepted change. */
  execute(cmd: Command): Promise<Outcome>;
  /**
   * Scrolling back: read up to `n` more messages of `chat`, the ones just older than the oldest
   * of that chat in state().messages, into it (in id order), with the packets their cards show
   * into state().packets. Resolves with how many were added: 0 once the chat's whole history is
   * in memory. What is read stays in memory for the store's life. Messages meant for another
   * viewer (`for`) count too: the caller filters what it shows.
   */
  loadOlder(chat: string, n: number): Promise<number>;
  /** Make sure these packets are in state().packets, reading archived ones back; resolves with
   * the ids that name no packet at all. */
  loadPackets(ids: readonly string[]): Promise<string[]>;
  close(): Promise<void>;
}

export type StoreErrorCode = 'CORRUPT' | 'TRUNCATED' | 'VERSION' | 'FOREIGN' | 'LOCKED' | 'IO';

/** A data file the store cannot use. The message names the file and says what to do. */
export class StoreError extends Error {
  override readonly name = 'StoreError';
  constructor(
    readonly code: StoreErrorCode,
    /** The file at fault: the data file, or one of its archive segments. */
    readonly file: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** An accepted command left a state that breaks the invariants: an engine bug. Nothing was
 * written, and a file store has reloaded its state from the file. */
export class InvariantError extends Error {
  override readonly name = 'InvariantError';
  constructor(
    readonly violations: string[],
    readonly file: string | null,
  ) {
    super(`refusing to keep a state that breaks the invariants${file ? ` (nothing was written to ${file})` : ''}: ${violations.join('; ')}`);
  }
}
