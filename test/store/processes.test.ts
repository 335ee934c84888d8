// Several processes on one file: the lock and the re-read before each change keep a grab packet
// to exactly N winners; a writer killed at any moment leaves a file holding every change it
// acknowledged.
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { invariantViolations } from '../../src/domain/invariants';
import { openFileStore, readWholeHistory } from '../../src/store';
import { cleanup, lines, run, seededInt, smallState, spawnFixture, tempDir } from './helpers';

afterEach(cleanup);

describe('several processes on one file', () => {
  it('six claimers racing for a grab packet of 3: exactly 3 winners, distinct, a valid file', async () => {
    const path = join(tempDir(), 'db.json');
    // 8 members; u1 sends 3 units to the group; u2…u7 will race (u8 stays out).
    const setup = await openFileStore(path, {
      init: () => run(smallState(8), { type: 'send', as: 'u1', mode: 'grab', group: 'fam', sku: 'tea', count: 3 }),
    });
    await setup.close();

    const claimers = ['u2', 'u3', 'u4', 'u5', 'u6', 'u7'].map((u) => {
      const child = spawnFixture('claimer.ts', [path, u]);
      let ready!: () => void;
      const isReady = new Promise<void>((r) => (ready = r));
      const io = lines(child, (l) => l === 'ready' && ready());
      return { u, child, isReady, done: io.done };
    });
    // Every claimer has read the file (all see 3 open units) before any of them claims.
    await Promise.all(claimers.map((c) => c.isReady));
    for (const c of claimers) c.child.stdin.write('go\n');
    const results = await Promise.all(claimers.map((c) => c.done));
    for (const r of results) expect(r.code, r.err).toBe(0);
    const outcomes = results.map((r) => JSON.parse(r.out.at(-1)!) as { ok: boolean; code?: string; unit?: number });

    expect(outcomes.filter((o) => o.ok)).toHaveLength(3);
    expect(outcomes.filter((o) => !o.ok).map((o) => o.code)).toEqual(['SOLD_OUT', 'SOLD_OUT', 'SOLD_OUT']);
    expect(outcomes.filter((o) => o.ok).map((o) => o.unit).sort()).toEqual([0, 1, 2]);

    JSON.parse(readFileSync(path, 'utf8')); // parses
    const store = await openFileStore(path, { init: () => smallState(8) });
    const p = store.state().packets.p0001!;
    expect(p.units.every((u) => u.state === 'claimed')).toBe(true);
    const holders = p.units.map((u) => u.holder);
    expect(new Set(holders).size).toBe(3);
    const winners = claimers.filter((_, i) => outcomes[i]!.ok).map((c) => c.u);
    expect(holders.slice().sort()).toEqual(winners.sort());
    expect(invariantViolations(store.state())).toEqual([]);
    expect(store.state().events.filter((e) => e.type === 'claimed')).toHaveLength(3);
  }, 60_000);

  it('a writer killed mid-write leaves a file with every acknowledged change', async () => {
    const path = join(tempDir(), 'db.json');
    await (await openFileStore(path, { init: () => smallState(4) })).close();

    let acked = 0;
    for (const [round, seed] of [
      [1, 2025],
      [2, 128],
      [3, 7],
    ] as const) {
      // Kill a seeded moment after a seeded number of acks: somewhere in the writer's next steps
      // (taking the lock, writing a segment, the temp file, renaming…).
      const killAt = acked + seededInt(seed, 25, 60);
      const delay = seededInt(seed * 31, 0, 12);
      let killing = false;
      const child = spawnFixture('writer.ts', [path]);
      const io = lines(child, (l) => {
        const m = /^ack (\d+)$/.exec(l);
        if (!m) return;
        acked = Math.max(acked, Number(m[1]));
        if (acked >= killAt && !killing) {
          killing = true;
          setTimeout(() => child.kill('SIGKILL'), delay);
        }
      });
      const r = await io.done;
      expect(r.signal, r.err).toBe('SIGKILL');
      const inside = existsSync(`${path}.lock`) ? 'inside' : 'outside';
      console.log(`round ${round}: killed ${delay} ms after ack ${killAt} (last ack ${acked}), ${inside} the lock`);

      // Every acknowledged change is in the file, its segments included; and it opens.
      const store = await openFileStore(path, { init: () => smallState(4) });
      expect(invariantViolations(store.state())).toEqual([]);
      const s = await readWholeHistory(path);
      const said = new Set(s.messages.map((m) => m.text));
      for (let i = 1; i <= acked; i++) expect(said.has(`m${i}`), `m${i} of ${acked} acked`).toBe(true);
      const gifts = Object.values(s.packets).filter((p) => p.message.startsWith('gift'));
      for (let i = 4; i <= acked; i += 4) {
        const g = gifts.find((p) => p.message === `gift${i}`);
        expect(g?.units[0]?.state, `gift${i}`).toBe('claimed');
      }
      expect(invariantViolations(s)).toEqual([]);
      expect(s.events.map((e) => e.seq)).toEqual(s.events.map((_, i) => i + 1));
      if (round > 1 && inside === 'inside') {
        // Round 1 showed a killed holder's lock being taken over once stale (5 s); skip the wait.
        rmSync(`${path}.lock`, { recursive: true });
      }
      if (round === 1) {
        // The killed writer may have held the lock: a new writer takes it over once it is stale.
        expect((await store.execute({ type: 'say', as: 'u3', chat: 'group:fam', text: 'after the crash' })).ok).toBe(true);
      }
      await store.close();
    }
    expect(acked).toBeGreaterThanOrEqual(75);
    // The writer's tiny archive policy had it write segments between its main-file writes.
    expect(readdirSync(`${path}.archive`).length).toBeGreaterThan(3);
  }, 60_000);

  it('a reader polling the file while another process writes never sees a partial file', async () => {
    const path = join(tempDir(), 'db.json');
    // ~300 users make the file big enough (~100 KB) for a non-atomic write to be caught mid-way.
    const store = await openFileStore(path, { init: () => smallState(300) });
    const stop = join(tempDir(), 'stop');
    const reader = spawnFixture('reader.ts', [path, stop, '25000']);
    let ready!: () => void;
    const isReady = new Promise<void>((r) => (ready = r));
    const io = lines(reader, (l) => l === 'ready' && ready());
    await isReady;
    // A fixed number of writes, however fast the machine is; the reader reads until they are done.
    for (let writes = 0; writes < 60; writes++) await store.execute({ type: 'say', as: `u${2 + (writes % 200)}`, chat: 'group:fam', text: `w${writes}` });
    writeFileSync(stop, '');
    const r = await io.done;
    expect(r.code, r.err).toBe(0);
    const seen = JSON.parse(r.out.at(-1)!) as { reads: number; bad: number; first: string[] };
    expect(seen.reads).toBeGreaterThan(60);
    expect(seen.bad, seen.first.join(' | ')).toBe(0);
  }, 30_000);
});
