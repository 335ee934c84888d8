// The runner's link to the store: engine commands run one at a time in the order asked (a clock
// move signed with this session), history read back when a screen asks for it, the file re-read
// when another process wrote it. A store failure rejects; the runner says it in a pane.
import type { Command } from '../../domain/commands';
import type { Outcome } from '../../domain/engine';
import type { Store } from '../../store';
import type { ClockMove } from '../live/clock-notice';
import { SharedClock } from './shared-clock';
import type { Load, LoadResult } from './types';

export class StoreLink {
  /** Engine commands, one at a time, in the order asked. */
  private queue: Promise<unknown> = Promise.resolve();
  private readonly clock: SharedClock;

  constructor(
    readonly store: Store,
    session: string | null,
  ) {
    this.clock = new SharedClock(session, store.state());
  }

  /** Run an engine command after those already asked for. */
  execute(command: Command): Promise<Outcome> {
    const signed = this.clock.sign(command);
    const job = this.queue.then(() => this.store.execute(signed));
    this.queue = job.catch(() => undefined);
    return job;
  }

  /** Read history back into the store's state (reading changes nothing on disk). */
  async read(load: Load): Promise<LoadResult> {
    const missing = load.type === 'packets' ? await this.store.loadPackets(load.ids) : [];
    const added = load.type === 'older' ? await this.store.loadOlder(load.chat, load.n) : 0;
    return { ok: true, added, missing };
  }

  /** Re-read the file: true when another process changed it. */
  refresh = (): Promise<boolean> => this.store.refresh();

  /** The clock move another terminal made since this session last looked, or null. */
  movedByOthers = (): ClockMove | null => this.clock.movedByOthers(this.store.state());
}
