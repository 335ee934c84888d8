/** Wait for a chain of work that may grow while it is awaited: until the chain read after the
 * wait is the one waited for. */
export async function settled(chain: () => Promise<unknown>): Promise<void> {
  let seen: Promise<unknown>;
  do {
    seen = chain();
    await seen;
  } while (seen !== chain());
}
