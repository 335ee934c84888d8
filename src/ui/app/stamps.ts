// When the engine's events were seen, on the presenter's clock: the timeline's race times ("+0.8 s
// after it was sent"). A bounded record: the timeline shows the last few.
import type { DomainEvent } from '../../domain/types';

/** Events (and sends) whose time of arrival is kept. */
const KEPT = 2000;

export class Stamps {
  private readonly seen = new Map<number, number>();
  private readonly sends = new Map<string, { at: number; ms: number }>();

  constructor(private lastSeq: number) {}

  event = (seq: number): number | undefined => this.seen.get(seq);
  sent = (packet: string): { at: number; ms: number } | undefined => this.sends.get(packet);

  /** Note the events newer than the last noted as seen `now`. */
  note(events: readonly DomainEvent[], now: number): void {
    let i = events.length - 1;
    while (i >= 0 && events[i]!.seq > this.lastSeq) i--;
    for (const e of events.slice(i + 1)) {
      this.seen.set(e.seq, now);
      if (e.type === 'sent') this.sends.set(e.packet.id, { at: e.at, ms: now });
    }
    this.lastSeq = events[events.length - 1]?.seq ?? this.lastSeq;
    for (const m of [this.seen, this.sends] as Array<Map<unknown, unknown>>) for (const k of m.keys()) if (m.size > KEPT) m.delete(k); else break;
  }
}
