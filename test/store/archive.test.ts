// Archiving: final packets and old events/messages move to immutable segment files, the main
// file stays small, and the whole history is still there (readWholeHistory merges it all).
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Command } from '../../src/domain/commands';
import { execute } from '../../src/domain/engine';
import { invariantViolations } from '../../src/domain/invariants';
import type { State } from '../../src/domain/types';
import { openFileStore, readWholeHistory } from '../../src/store';
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
/** A state without what only a file store adds, to compare with the engine's. */
const bare = ({ archived: _a, ...s }: State) => s;

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
  it('5,000 settled packets: archived on the first write, in bounded segments; a reopen reads only the main file', async () => {
    const state = settledState(5000);
    const expected = structuredClone(state);
    const dir = tempDir();
    const path = join(dir, 'db.json');
    const store = await openFileStore(path, { init: () => state });
    const segments = readdirSync(`${path}.archive`).sort();
    expect(segments.length).toBeGreaterThanOrEqual(5000 / 250 - 2); // no segment holds more than 250 packets
    const main = mainOf(path);
    expect(main.version).toBe(2);
    expect(main.segments.map((s: { name: string }) => s.name)).toEqual(segments);
    // What stays: the packets the newest cards of each chat and the newest events name.
    expect(main.state.packets.length).toBeLessThanOrEqual(4 * 6 + 100);
    expect(main.state.packetCount).toBe(5000);
    expect(main.state.archived.packets + main.state.packets.length).toBe(5000);
    expect(main.state.events.length).toBeLessThanOrEqual(100);
    expect(main.state.messages.length).toBeLessThanOrEqual(4 * 6);
    expect(statSync(path).size).toBeLessThan(150_000);

    await store.execute(say('one more'));
    const again = await openFileStore(path, { init: () => smallState() });
    const s = again.state();
    expect(s.order.length).toBe(main.state.packets.length);
    expect(s.archived!.packets).toBe(5000 - s.order.length);
    expect(invariantViolations(s)).toEqual([]);
    // Every card a message in memory shows is in memory.
    for (const m of s.messages) if (m.packet) expect(s.packets[m.packet], m.packet).toBeDefined();
    // Nothing was lost: the whole history is the engine's state and the one command after it.
    const whole = await readWholeHistory(path);
    expect(execute(expected, say('one more')).ok).toBe(true);
    expect(whole).toEqual(bare(expected));

    // A manual figure, not an assertion: speed is for the benchmark to judge.
    const on = await timeOne(join(dir, 'on.json'), settledState(5000), true);
    const off = await timeOne(join(dir, 'off.json'), settledState(5000), false);
    console.log(
      `one persisted action with 5,000 settled packets: archive on ${on.median.toFixed(2)} ms (max ${on.max.toFixed(2)}, main file ${on.bytes} B); ` +
        `archive off ${off.median.toFixed(2)} ms (max ${off.max.toFixed(2)}, ${off.bytes} B)`,
    );
  }, 60_000);

  it('the main file stays bounded over a long session, and the whole history is kept', async () => {
    const path = join(tempDir(), 'db.json');
    const policy = { keep: 10, perChat: 5, perChatCards: 2, packets: 4, events: 15 };
    const store = await openFileStore(path, { init: () => smallState(5), archive: policy });
    const mirror = smallState(5); // the same commands on the engine alone
    const both = async (cmd: Command) => {
      const o = await store.execute(cmd);
      expect(execute(mirror, cmd)).toEqual(o);
      return o;
    };
    let maxEvents = 0;
    let maxPackets = 0;
    for (let i = 1; i <= 60; i++) {
      await both(say(`m${i}`));
      const sent = await both({ type: 'send', as: 'u1', mode: 'grab', group: 'fam', sku: 'card', count: 2 });
      const id = String(sent.ok && sent.result!.packet);
      await both({ type: 'claim', as: 'u2', packet: id });
      if (i % 3 !== 0) await both({ type: 'claim', as: 'u3', packet: id });
      else await both({ type: 'advance', by: 25 * 3600_000 }); // the second unit is refunded
      const main = mainOf(path);
      maxEvents = Math.max(maxEvents, main.state.events.length);
      maxPackets = Math.max(maxPackets, main.state.packets.length);
    }
    expect(maxEvents).toBeLessThan(policy.keep + policy.events + 8); // + one command's events
    // The packets the kept messages and events name, and a few final ones waiting for a segment.
    expect(maxPackets).toBeLessThan(policy.keep + policy.perChat + policy.packets + 8);
    expect(mainOf(path).segments.length).toBeGreaterThan(10);

    const whole = await readWholeHistory(path);
    expect(whole).toEqual(bare(mirror));
    expect(whole.events.map((e) => e.seq)).toEqual(whole.events.map((_, i) => i + 1));
    // The writer keeps the packets it saw (a screen may show one); archived events and messages
    // leave its memory.
    expect(store.state().order).toEqual(mirror.order);
    expect(store.state().messages).toEqual(mirror.messages.slice(-store.state().messages.length));
    expect(store.state().messages.length).toBeLessThan(mirror.messages.length);
    expect(store.state().events.length).toBeLessThan(mirror.events.length);
    const again = await openFileStore(path, { init: () => smallState() });
    expect(again.state().order.length).toBeLessThan(60);
    expect(invariantViolations(again.state())).toEqual([]);
  });

  it('a voucher not yet redeemed is not final: it stays in the main file until it is', async () => {
    const path = join(tempDir(), 'db.json');
    const state = run(
      smallState(4),
      { type: 'send', as: 'u1', mode: 'direct', to: 'u2', sku: 'coupon' },
      { type: 'claim', as: 'u2', packet: 'p0001' },
      { type: 'send', as: 'u1', mode: 'direct', to: 'u3', sku: 'card' },
      { type: 'claim', as: 'u3', packet: 'p0002' },
    );
    const policy = { packets: 1, keep: 0, perChat: 0, events: 1 };
    const store = await openFileStore(path, { init: () => state, archive: policy });
    const ids = () => mainOf(path).state.packets.map(([, p]: [number, { id: string }]) => p.id);
    expect(ids()).toEqual(['p0001']); // p0002 went to a segment
    await store.execute({ type: 'say', as: 'u1', chat: 'group:fam', text: 'x' });
    expect(ids()).toEqual(['p0001']);
    // Redeemed, nothing can change it any more: with this policy it goes at once.
    expect((await store.execute({ type: 'redeem', as: 'u2', packet: 'p0001' })).ok).toBe(true);
    expect(ids()).toEqual([]);
    const whole = await readWholeHistory(path);
    expect(whole.packets.p0001!.units[0]!.redeemed).toBe(true);
  });

  it('an archived packet that changes (opened) is read back, changed, and kept', async () => {
    const path = join(tempDir(), 'db.json');
    const state = run(smallState(4), { type: 'send', as: 'u1', mode: 'direct', to: 'u2', sku: 'card' }, { type: 'claim', as: 'u2', packet: 'p0001' });
    const policy = { packets: 1, keep: 0, perChat: 0, events: 1 };
    await (await openFileStore(path, { init: () => state, archive: policy })).close();
    expect(mainOf(path).state.packets).toHaveLength(0); // p0001 is in the segment

    const store = await openFileStore(path, { init: () => smallState(), archive: policy });
    expect(store.state().packets.p0001).toBeUndefined();
    expect((await store.execute({ type: 'open', as: 'u2', packet: 'p0001' })).ok).toBe(true);
    expect(store.state().packets.p0001!.opened).toEqual(['u2']);
    const reopened = await openFileStore(path, { init: () => smallState() });
    expect((await reopened.loadPackets(['p0001'])).length).toBe(0);
    expect(reopened.state().packets.p0001!.opened).toEqual(['u2']);
    expect((await readWholeHistory(path)).packets.p0001!.opened).toEqual(['u2']);
    expect(invariantViolations(reopened.state())).toEqual([]);
  });

  it('a segment no main file lists (a crash between the two writes) is ignored and never reused', async () => {
    const path = join(tempDir(), 'db.json');
    const policy = { packets: 1, keep: 0, perChat: 0, events: 2 };
    const store = await openFileStore(path, { init: () => smallState(4), archive: policy });
    await store.execute({ type: 'send', as: 'u1', mode: 'direct', to: 'u2', sku: 'card' });
    await store.execute({ type: 'claim', as: 'u2', packet: 'p0001' });
    const listed = mainOf(path).segments.map((s: { name: string }) => s.name) as string[];
    expect(listed.length).toBeGreaterThan(0);
    // What a writer killed after its segment and before its main file leaves: a segment
    // holding a settled packet the main file never heard of.
    const orphan = join(`${path}.archive`, '000050.json');
    const fake = JSON.parse(readFileSync(join(`${path}.archive`, listed[0]!), 'utf8'));
    fake.packets = [[1, { ...fake.packets[0]?.[1], id: 'p0002' }]];
    writeFileSync(orphan, JSON.stringify(fake));
    const orphanText = readFileSync(orphan, 'utf8');

    const reopened = await openFileStore(path, { init: () => smallState(), archive: policy });
    expect(await reopened.loadPackets(['p0002'])).toEqual(['p0002']);
    expect((await readWholeHistory(path)).packets.p0002).toBeUndefined();
    // The next segment gets a number after the orphan's; the orphan is left alone.
    await reopened.execute({ type: 'send', as: 'u1', mode: 'direct', to: 'u3', sku: 'card' });
    await reopened.execute({ type: 'claim', as: 'u3', packet: 'p0002' });
    const added = (mainOf(path).segments.map((s: { name: string }) => s.name) as string[]).slice(listed.length);
    expect(added[0]).toBe('000051.json');
    expect(readFileSync(orphan, 'utf8')).toBe(orphanText);
    expect((await readWholeHistory(path)).packets.p0002!.units[0]!.holder).toBe('u3');
  });

  it('another process’s archiving reaches this one through refresh', async () => {
    const path = join(tempDir(), 'db.json');
    const policy = { packets: 2, keep: 3, perChat: 2, perChatCards: 1, events: 3 };
    const a = await openFileStore(path, { init: () => smallState(4), archive: policy });
    const b = await openFileStore(path, { init: () => smallState(4), archive: policy });
    for (let i = 0; i < 6; i++) {
      const s = a.state().nextPacket;
      const writer = i % 2 ? a : b;
      await writer.execute({ type: 'send', as: 'u1', mode: 'direct', to: 'u2', sku: 'card' });
      await writer.execute({ type: 'claim', as: 'u2', packet: `p${String(s).padStart(4, '0')}` });
      await writer.execute(say(`m${i}`));
      await (writer === a ? b : a).refresh();
      // What one archived the other lets go of too: the same state.
      expect(a.state()).toEqual(b.state());
    }
    expect(mainOf(path).segments.length).toBeGreaterThan(2);
    const whole = await readWholeHistory(path);
    expect(whole.order).toEqual(a.state().order);
    expect(whole.packets).toEqual(a.state().packets);
    expect(a.state().messages).toEqual(whole.messages.slice(-a.state().messages.length));
  });
});
