// A store with no file, for scenarios, tests and the UI test harness: the same execute and
// invariant check as the file store, on a state held in memory.
import type { Command } from '../domain/commands';
import { execute, type Outcome } from '../domain/engine';
import { invariantViolations } from '../domain/invariants';
import type { State } from '../domain/types';
import { InvariantError, type Store } from './store';

/** `state` becomes the store's state: commands change it in place. */
export function memoryStore(state: State): Store {
  let closed = false;
  return {
    path: null,
    state: () => state,
    refresh: async () => false,
    async execute(cmd: Command): Promise<Outcome> {
      if (closed) throw new Error('the memory store is closed');
      const outcome = execute(state, cmd);
      if (outcome.ok) {
        // There is no file to reload a good state from: the state stays as the engine left it
        // and the caller learns that it is wrong.
        const violations = invariantViolations(state);
        if (violations.length > 0) throw new InvariantError(violations, null);
      }
      return outcome;
    },
    // Everything is in memory.
    loadOlder: async () => 0,
    loadPackets: async (ids) => ids.filter((id) => !Object.hasOwn(state.packets, id)),
    async close() {
      closed = true;
    },
  };
}
