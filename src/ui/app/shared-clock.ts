// This session's side of a shared clock: its own clock moves carry its id (so the other terminals
// on the file can say who moved the clock), and a move made elsewhere is found among the events a
// re-read brought.
import type { Command } from '../../domain/commands';
import type { State } from '../../domain/types';
import { clockMovedByOthers, type ClockMove } from '../live/clock-notice';

export class SharedClock {
  /** The newest engine event this session has looked at: what a re-read brings is after it. */
  private seenSeq: number;

  constructor(
    private readonly session: string | null,
    state: State,
  ) {
    this.seenSeq = state.nextEvent;
  }

  /** A clock move from this session, signed with it. */
  sign(command: Command): Command {
    if (this.session === null || (command.type !== 'advance' && command.type !== 'advanceTo') || command.mover) return command;
    return { ...command, mover: { session: this.session } };
  }

  /** The clock move another terminal made since this one last looked, or null. */
  movedByOthers(state: State): ClockMove | null {
    // Alone on a file (or in memory) every clock move is this session's own.
    if (this.session === null) return null;
    // Fewer events than before: the file was started afresh (--reset in another terminal).
    const moved = clockMovedByOthers(state, state.nextEvent < this.seenSeq ? 0 : this.seenSeq, this.session);
    this.seenSeq = state.nextEvent;
    return moved;
  }
}
