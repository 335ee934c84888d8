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
   * replaces its fields in place, so a reference to it stays current. */
  state(): State;
  /** Re-read if another process changed the file; true if the state changed. */
  refresh(): Promise<boolean>;
  /** Lock; re-read if the file changed; engine execute(); if accepted: check the invariants
   * (throw InvariantError and write nothing if they fail); write atomically; unlock.
   * A refused command writes nothing, unless it carries events (a wrong code on a code gift
   * counts toward the lock): those are kept like an accepted change. */
  execute(cmd: Command): Promise<Outcome>;
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
