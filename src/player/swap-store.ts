// A memory store whose state the player can replace: stepping back or jumping to a mark swaps
// in the state replayed from the seed, and the panes read it through the same Store interface.
import type { Command } from '../domain/commands';
import type { Outcome } from '../domain/engine';
import type { State } from '../domain/types';
import { memoryStore, type Store } from '../store';

export class SwapStore implements Store {
  readonly path = null;
  private inner: Store;
  constructor(state: State) {
    this.inner = memoryStore(state);
  }
  state(): State {
    return this.inner.state();
  }
  swap(state: State): void {
    this.inner = memoryStore(state);
  }
  refresh(): Promise<boolean> {
    return this.inner.refresh();
  }
  execute(cmd: Command): Promise<Outcome> {
    return this.inner.execute(cmd);
  }
  loadOlder(chat: string, n: number): Promise<number> {
    return this.inner.loadOlder(chat, n);
  }
  loadPackets(ids: readonly string[]): Promise<string[]> {
    return this.inner.loadPackets(ids);
  }
  close(): Promise<void> {
    return this.inner.close();
  }
}
