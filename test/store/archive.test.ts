// Archiving: settled packets and old events/messages move to immutable segment files, the main
// file stays small, and loading merges everything back.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Command } from '../../src/domain/commands';
import { execute } from '../../src/domain/engine';
import { invariantViolations } from '../../src/domain/invariants';
import type { State } from '../../src/domain/types';
import { openFileStore } from '../../src/store';
import { cleanup, run, smallState, tempDir } from './helpers';

afterEach(cleanup);

/** `n` settled direct gifts u1 → u2…, built straight on the engine (no store: fast). */
function settledState(n: number): State {
  const state = smallState(5, 10_000_000);
  for (let i = 0; i < n; i++) {
    const to = `u${2 + (i % 4)}`;
    const sent = execute(state, { type: 'send', as: 'u1', mode: 'direct', to, sku: 'card', message: `#${i}` });
    if (!sent.ok) throw new Error(sent.code);
    const claimed = execute(state, { type: 'claim', as: to, packet: String(sent.result!.packet) });
    if (!claimed.ok) throw new Error(claimed.code);
  }
  return state;
}

const mainOf = (path: string) => JSON.parse(readFileSync(path, 'utf8'));
const say = (text: string): Command => ({ type: 'say', as: 'u2', chat: 'group:fam', text });

async function timeOne(path: string, state: State, archive: boolean) {
  const store = await openFileStore(path, { init: () => state, archive });
  const times: number[] = [];
  for (let i = 0; i < 20; i++) {
    const t = performance.now();
    await store.execute(say(`timed ${i}`));
    times.push(performance.now() - t);
  }
  await store.close();
  times.sort((a, b) => a - b);
  return { median: times[10]!, max: times.at(-1)!, bytes: statSync(path).size };
}

describe('archive', () => {
  it('5,000 settled packets: archived on the first write, all back on reopen', async () => {
    const state = settledState(5000);
    expect(state.order).toHaveLength(5000);
    const dir = tempDir();
    const path = join(dir, 'db.json');
    const store = await openFileStore(path, { init: () => state });
    expect(readdirSync(`${path}.archive`)).toEqual(['000001.json']);
    const main = mainOf(path);
    expect(main.segments).toEqual(['000001.json']);
    expect(main.state.packets).toHaveLength(0);
    expect(main.state.packetCount).toBe(5000);
    expect(main.state.events.length).toBeLessThanOrEqual(500);
    expect(main.state.messages.length).toBeLessThanOrEqual(500);
    expect(statSync(path).size).toBeLessThan(300_000);

    await store.execute(say('one more'));
    const again = await openFileStore(path, { init: () => smallState() });
    expect(Object.keys(again.state().packets)).toHaveLength(5000);
    expect(again.state()).toEqual(store.state());
    expect(invariantViolations(again.state())).toEqual([]);

    // A manual figure, not an assertion: speed is for the benchmark to judge.
    const on = await timeOne(join(dir, 'on.json'), settledState(5000), true);
    const off = await timeOne(join(dir, 'off.json'), settledState(5000), false);
    console.log(
      `one persisted action with 5,000 settled packets: archive on ${on.median.toFixed(2)} ms (max ${on.max.toFixed(2)}, main file ${on.bytes} B); ` +
        `archive off ${off.median.toFixed(2)} ms (max ${off.max.toFixed(2)}, ${off.bytes} B)`,
    );
  }, 60_000);

  it('the main file stays bounded over a long session, and reloads whole', async () => {
    const path = join(tempDir(), 'db.json');
    const policy = { keep: 10, packets: 4, events: 15 };
    const store = await openFileStore(path, { init: () => smallState(5), archive: policy });
    let maxEvents = 0;
    let maxSettled = 0;
    for (let i = 1; i <= 60; i++) {
      await store.execute(say(`m${i}`));
      const sent = await store.execute({ type: 'send', as: 'u1', mode: 'grab', group: 'fam', sku: 'coupon', count: 2 });
      const id = String(sent.ok && sent.result!.packet);
      await store.execute({ type: 'claim', as: 'u2', packet: id });
      if (i % 3 !== 0) await store.execute({ type: 'claim', as: 'u3', packet: id });
      else await store.execute({ type: 'advance', by: 25 * 3600_000 }); // the second unit is refunded
      const main = mainOf(path);
      maxEvents = Math.max(maxEvents, main.state.events.length);
      maxSettled = Math.max(maxSettled, main.state.packets.filter(([, p]: [number, { settled: boolean }]) => p.settled).length);
    }
    expect(maxEvents).toBeLessThan(policy.keep + policy.events + 8); // + one command's events
    expect(maxSettled).toBeLessThan(policy.packets + 1);
    expect(mainOf(path).segments.length).toBeGreaterThan(10);

    const again = await openFileStore(path, { init: () => smallState() });
    expect(again.state()).toEqual(store.state());
    expect(again.state().order).toHaveLength(60);
    expect(again.state().events.map((e) => e.seq)).toEqual(again.state().events.map((_, i) => i + 1));
  });

  it('a settled packet that changes after it was archived (opened, redeemed) keeps the change', async () => {
    const path = join(tempDir(), 'db.json');
    const state = run(smallState(4), { type: 'send', as: 'u1', mode: 'direct', to: 'u2', sku: 'coupon' }, { type: 'claim', as: 'u2', packet: 'p0001' });
    const store = await openFileStore(path, { init: () => state, archive: { packets: 1, keep: 2, events: 1 } });
    expect(mainOf(path).state.packets).toHaveLength(0); // p0001 is in the segment

    expect((await store.execute({ type: 'redeem', as: 'u2', packet: 'p0001' })).ok).toBe(true);
    expect((await store.execute({ type: 'open', as: 'u2', packet: 'p0001' })).ok).toBe(true);
    const reopened = await openFileStore(path, { init: () => smallState() });
    const p = reopened.state().packets.p0001!;
    expect(p.units[0]!.redeemed).toBe(true);
    expect(p.opened).toEqual(['u2']);
    expect(reopened.state()).toEqual(store.state());
  });

  it('a segment no main file lists (a crash between the two writes) is ignored and never reused', async () => {
    const path = join(tempDir(), 'db.json');
    const policy = { packets: 1, keep: 2, events: 2 };
    const store = await openFileStore(path, { init: () => smallState(4), archive: policy });
    await store.execute({ type: 'send', as: 'u1', mode: 'direct', to: 'u2', sku: 'card' });
    await store.execute({ type: 'claim', as: 'u2', packet: 'p0001' });
    const listed = mainOf(path).segments as string[];
    expect(listed.length).toBeGreaterThan(0);
    // What a writer killed after its segment and before its main file leaves: a segment
    // holding a settled packet the main file never heard of.
    const orphan = join(`${path}.archive`, '000050.json');
    const fake = JSON.parse(readFileSync(join(`${path}.archive`, listed[0]!), 'utf8'));
    fake.packets = [[1, { ...fake.packets[0]?.[1], id: 'p0002' }]];
    writeFileSync(orphan, JSON.stringify(fake));
    const orphanText = readFileSync(orphan, 'utf8');

    const reopened = await openFileStore(path, { init: () => smallState(), archive: policy });
    expect(reopened.state()).toEqual(store.state());
    expect(reopened.state().packets.p0002).toBeUndefined();
    // The next segment gets a number after the orphan's; the orphan is left alone.
    await reopened.execute({ type: 'send', as: 'u1', mode: 'direct', to: 'u3', sku: 'card' });
    await reopened.execute({ type: 'claim', as: 'u3', packet: 'p0002' });
    const added = (mainOf(path).segments as string[]).slice(listed.length);
    expect(added[0]).toBe('000051.json');
    expect(readFileSync(orphan, 'utf8')).toBe(orphanText);
    const last = await openFileStore(path, { init: () => smallState() });
    expect(last.state()).toEqual(reopened.state());
  });

  it('another process’s archiving reaches this one through refresh', async () => {
    const path = join(tempDir(), 'db.json');
    const policy = { packets: 2, keep: 3, events: 3 };
    const a = await openFileStore(path, { init: () => smallState(4), archive: policy });
    const b = await openFileStore(path, { init: () => smallState(4), archive: policy });
    for (let i = 0; i < 6; i++) {
      const s = a.state().nextPacket;
      const writer = i % 2 ? a : b;
      await writer.execute({ type: 'send', as: 'u1', mode: 'direct', to: 'u2', sku: 'card' });
      await writer.execute({ type: 'claim', as: 'u2', packet: `p${String(s).padStart(4, '0')}` });
      await writer.execute(say(`m${i}`));
      await (writer === a ? b : a).refresh();
      expect(a.state()).toEqual(b.state());
    }
    expect(mainOf(path).segments.length).toBeGreaterThan(2);
    const c = await openFileStore(path, { init: () => smallState() });
    expect(c.state()).toEqual(a.state());
  });
});
