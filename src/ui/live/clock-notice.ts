// When another terminal moved the shared clock: found among the events a refresh brought, and
// said in this one with who moved it ("爸爸 拨了时间：时间 → 01-28 21:00 · 1 个抽奖开奖").
import type { ClockMover, DomainEvent, State } from '../../domain/types';
import { say, type Lang } from '../../i18n';
import { LIVE } from '../../i18n/live';
import { clockNotice } from '../app/decide';
import type { Snapshot } from '../app/types';
import { sessionLabel } from './peers';

export interface ClockMove {
  clock: Extract<DomainEvent, { type: 'clock' }>;
  /** The deadlines that fell due on the way (draws, refunds…). */
  due: DomainEvent[];
}

/**
 * The last clock move since event `fromSeq` made by someone else: not this session, not the
 * crowd's ticks. Only the newest events are looked at (the log's tail), so this costs what the
 * refresh brought.
 */
export function clockMovedByOthers(state: State, fromSeq: number, self: string | null): ClockMove | null {
  const events = state.events;
  let i = events.length;
  while (i > 0 && events[i - 1]!.seq >= fromSeq) i--;
  let due: DomainEvent[] = [];
  let found: ClockMove | null = null;
  for (const e of events.slice(i)) {
    if (e.type !== 'clock') {
      due.push(e);
      continue;
    }
    const mover: ClockMover | undefined = e.mover;
    if (!mover?.crowd && (mover === undefined || mover.session !== self)) found = { clock: e, due };
    due = [];
  }
  return found;
}

export function movedNotice(move: ClockMove, snap: Snapshot, lang: Lang): string {
  const state = snap.world.state;
  return say(lang, LIVE.movedClock, {
    who: sessionLabel(snap.live, move.clock.mover?.session, state, lang),
    what: clockNotice(move.clock.to, move.due, lang),
  });
}
