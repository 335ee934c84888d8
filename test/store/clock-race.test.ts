// Three sessions press `n` at the same moment on one file: the store's lock and re-read make the
// draw happen once, in whichever process gets there first; the others find the clock already
// there and move it by nothing.
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { invariantViolations } from '../../src/domain/invariants';
import { openFileStore } from '../../src/store';
import { cleanup, lines, run, smallState, spawnFixture, START, tempDir } from './helpers';

afterEach(cleanup);

it('a deadline falls due once, whichever of three racing processes moves the clock first', async () => {
  const path = join(tempDir(), 'db.json');
  const HOUR = 3600_000;
  const setup = await openFileStore(path, {
    init: () =>
      run(
        smallState(8),
        { type: 'send', as: 'u1', mode: 'lottery', group: 'fam', sku: 'tea', count: 2, drawAt: START + HOUR },
        ...['u2', 'u3', 'u4', 'u5'].map((u) => ({ type: 'join' as const, as: u, packet: 'p0001' })),
      ),
  });
  await setup.close();

  const sessions = ['a', 'b', 'c'].map((id) => {
    const child = spawnFixture('clock.ts', [path, id]);
    let ready!: () => void;
    const isReady = new Promise<void>((r) => (ready = r));
    const io = lines(child, (l) => l === 'ready' && ready());
    return { child, isReady, done: io.done };
  });
  // Each has read the file and worked out the same deadline (the draw) before any moves.
  await Promise.all(sessions.map((s) => s.isReady));
  for (const s of sessions) s.child.stdin.write('go\n');
  const results = await Promise.all(sessions.map((s) => s.done));
  for (const r of results) expect(r.code, r.err).toBe(0);
  const outcomes = results.map((r) => JSON.parse(r.out.at(-1)!) as { ok: boolean; events: string[] });
  expect(outcomes.every((o) => o.ok)).toBe(true);
  // One of them drew (and refunded nothing: 4 entrants, 2 gifts); the other two only moved the clock.
  const drew = outcomes.filter((o) => o.events.includes('drawn'));
  expect(drew).toHaveLength(1);
  expect(outcomes.filter((o) => !o.events.includes('drawn')).map((o) => o.events)).toEqual([['clock'], ['clock']]);

  const store = await openFileStore(path, { init: () => smallState(8) });
  const s = store.state();
  expect(s.now).toBe(START + HOUR);
  expect(s.events.filter((e) => e.type === 'drawn')).toHaveLength(1);
  expect(s.events.filter((e) => e.type === 'assigned')).toHaveLength(2);
  const moves = s.events.filter((e) => e.type === 'clock').map((e) => (e as { mover?: { session: string } }).mover?.session);
  expect(moves.sort()).toEqual(['a', 'b', 'c']);
  expect(s.packets.p0001!.lottery!.winners).toHaveLength(2);
  expect(invariantViolations(s)).toEqual([]);
  await store.close();
}, 60_000);
