/** Wait for a chain of work that may grow while it is awaited: until the chain read after the
 * wait is the one waited for. */
export async function settled(chain: () => Promise<unknown>): Promise<void> {
  let seen: Promise<unknown>;
  do {
    seen = chain();
    await seen;
  } while (seen !== chain());
}

/** Everything started so far, as one chain: what a runner's idle() waits for. A failure in one
 * piece of work does not stop the wait for the others. */
export class WorkChain {
  private all: Promise<unknown> = Promise.resolve();

  track<T>(p: Promise<T>): Promise<T> {
    this.all = Promise.all([this.all, p.catch(() => undefined)]);
    return p;
  }

  idle = (): Promise<void> => settled(() => this.all);
}
