// The file store keeps what the engine did: write, reopen, same state; refusals write nothing;
// two stores on one file see each other's changes.
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { invariantViolations } from '../../src/domain/invariants';
import { InvariantError, memoryStore, openFileStore, StoreError } from '../../src/store';
import { ADDRESS, cleanup, smallState, tempDir } from './helpers';

afterEach(cleanup);

const open = (path: string) => openFileStore(path, { init: () => smallState(5) });

describe('file store round trip', () => {
  it('creates the file on first run, with the header, and reopens to the same state', async () => {
    const path = join(tempDir(), 'data', 'db.json'); // the directory does not exist yet
    const store = await open(path);
    expect(store.path).toBe(path);
    expect(readFileSync(path, 'utf8')).toMatch(/^\{"format":"bluepacket","version":2,"rev":1,"id":"[0-9a-f]+"/);

    const sent = await store.execute({ type: 'send', as: 'u1', mode: 'grab', group: 'fam', sku: 'tea', count: 2, message: '新年快乐' });
    expect(sent.ok).toBe(true);
    expect((await store.execute({ type: 'claim', as: 'u2', packet: 'p0001', address: ADDRESS })).ok).toBe(true);
    expect((await store.execute({ type: 'claim', as: 'u3', packet: 'p0001', address: 0 })).ok).toBe(true);
    expect((await store.execute({ type: 'send', as: 'u1', mode: 'direct', to: 'u4', sku: 'coupon' })).ok).toBe(true);
    expect((await store.execute({ type: 'say', as: 'u4', chat: 'group:fam', text: '谢谢！' })).ok).toBe(true);
    expect((await store.execute({ type: 'advance', by: 25 * 3600_000 })).ok).toBe(true); // the coupon expires
    await store.close();

    const again = await open(path);
    expect(again.state()).toEqual(store.state());
    const s = again.state();
    expect(s.packets.p0001!.units.map((u) => u.holder)).toEqual(['u2', 'u3']);
    expect(s.packets.p0002!.units[0]!.state).toBe('refunded');
    expect(s.messages.some((m) => m.text === '谢谢！')).toBe(true);
    expect(s.events.length).toBeGreaterThan(8);
    expect(s.events.map((e) => e.seq)).toEqual(s.events.map((_, i) => i + 1));
    await again.close();
  });

  it('writes nothing for a refused command', async () => {
    const path = join(tempDir(), 'db.json');
    const store = await open(path);
    await store.execute({ type: 'say', as: 'u1', chat: 'group:fam', text: 'hi' });
    const before = readFileSync(path);
    const mtime = statSync(path).mtimeMs;
    const state = JSON.stringify(store.state());
    const o = await store.execute({ type: 'claim', as: 'u2', packet: 'p0404', address: 0 });
    expect(o).toMatchObject({ ok: false, code: 'UNKNOWN_PACKET' });
    expect(readFileSync(path).equals(before)).toBe(true);
    expect(statSync(path).mtimeMs).toBe(mtime);
    expect(JSON.stringify(store.state())).toBe(state);
  });

  it('a second store on the same file sees the first one’s changes, and builds on them', async () => {
    const path = join(tempDir(), 'db.json');
    const a = await open(path);
    const b = await open(path);
    const held = b.state(); // the same object for the store's life
    await a.execute({ type: 'send', as: 'u1', mode: 'grab', group: 'fam', sku: 'card', count: 1 });
    expect(await b.refresh()).toBe(true);
    expect(await b.refresh()).toBe(false);
    expect(held.packets.p0001).toBeDefined();
    expect(b.state()).toBe(held);

    // a claims the only unit; b has not refreshed, but execute re-reads first: b is told SOLD_OUT
    expect((await a.execute({ type: 'claim', as: 'u2', packet: 'p0001' })).ok).toBe(true);
    expect(await b.execute({ type: 'claim', as: 'u3', packet: 'p0001' })).toMatchObject({ ok: false, code: 'SOLD_OUT' });
    // and a change b makes keeps a's
    expect((await b.execute({ type: 'say', as: 'u3', chat: 'group:fam', text: '手慢了' })).ok).toBe(true);
    expect(await a.refresh()).toBe(true);
    expect(a.state()).toEqual(b.state());
    expect(a.state().packets.p0001!.units[0]!.holder).toBe('u2');
  });

  it('keeps the trace a refusal leaves: a wrong code on a code gift counts, in the file and in another process', async () => {
    const path = join(tempDir(), 'db.json');
    const a = await open(path);
    const b = await open(path);
    expect((await a.execute({ type: 'send', as: 'u1', mode: 'code', sku: 'card', count: 2, code: '4827' })).ok).toBe(true);
    const before = readFileSync(path);
    const wrong = await a.execute({ type: 'claim', as: 'u2', packet: 'p0001', code: '1111' });
    expect(wrong).toMatchObject({ ok: false, code: 'BAD_CODE' });
    expect(readFileSync(path).equals(before)).toBe(false); // written
    expect(await b.refresh()).toBe(true);
    expect(b.state().events.at(-1)).toMatchObject({ type: 'codeTried', user: 'u2', packet: 'p0001', wrong: 1 });
    // The count goes on from the file: b's wrong code is the second, not a first again.
    expect(await b.execute({ type: 'claim', as: 'u2', packet: 'p0001', code: '2222' })).toMatchObject({ ok: false, code: 'BAD_CODE' });
    await a.close();
    await b.close();
    const again = await open(path);
    expect(again.state().events.filter((e) => e.type === 'codeTried').map((e) => (e as { wrong: number }).wrong)).toEqual([1, 2]);
    // An ordinary refusal still writes nothing.
    const still = readFileSync(path);
    expect(await again.execute({ type: 'claim', as: 'u1', packet: 'p0001', code: '4827' })).toMatchObject({ ok: false });
    expect(readFileSync(path).equals(still)).toBe(true);
  });

  it('refuses to write a state that breaks the invariants, and reloads the file’s state', async () => {
    const path = join(tempDir(), 'db.json');
    const store = await open(path);
    const before = readFileSync(path);
    store.state().wallets.u1! += 1; // a bug anywhere that made money out of nothing
    await expect(store.execute({ type: 'say', as: 'u1', chat: 'group:fam', text: 'hi' })).rejects.toThrow(InvariantError);
    expect(readFileSync(path).equals(before)).toBe(true);
    expect(store.state().wallets.u1).toBe(1_000_000);
    expect(store.state().messages).toEqual([]);
    expect((await store.execute({ type: 'say', as: 'u1', chat: 'group:fam', text: 'hi' })).ok).toBe(true);
  });

  it('a write that fails leaves the file and the state as they were (IO)', async () => {
    const path = join(tempDir(), 'db.json');
    const store = await openFileStore(path, { init: () => smallState(5), archive: { packets: 1, keep: 0, perChat: 0 } });
    await store.execute({ type: 'say', as: 'u1', chat: 'group:fam', text: 'before' });
    writeFileSync(`${path}.archive`, 'in the way'); // the archive directory cannot be made
    const before = readFileSync(path);
    await store.execute({ type: 'send', as: 'u1', mode: 'direct', to: 'u2', sku: 'card' }); // not settled: no archive yet
    const sent = readFileSync(path);
    expect(sent.equals(before)).toBe(false);
    // Settling it makes this write archive first, which fails.
    const err = await store.execute({ type: 'claim', as: 'u2', packet: 'p0001' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StoreError);
    expect(err).toMatchObject({ code: 'IO', file: path });
    expect(readFileSync(path).equals(sent)).toBe(true);
    expect(store.state().packets.p0001!.units[0]!.state).toBe('assigned'); // back to the file's state
    expect(invariantViolations(store.state())).toEqual([]);
    rmSync(`${path}.archive`);
    expect((await store.execute({ type: 'claim', as: 'u2', packet: 'p0001' })).ok).toBe(true);
  });

  it('takes over a lock left by a crashed process once it is stale', async () => {
    const path = join(tempDir(), 'db.json');
    const store = await open(path);
    mkdirSync(`${path}.lock`); // what proper-lockfile leaves when its holder is SIGKILLed
    const old = new Date(Date.now() - 60_000);
    utimesSync(`${path}.lock`, old, old);
    expect((await store.execute({ type: 'say', as: 'u1', chat: 'group:fam', text: 'hi' })).ok).toBe(true);
    expect(existsSync(`${path}.lock`)).toBe(false);
  });

  it('leaves no temp files behind', async () => {
    const dir = tempDir();
    const store = await open(join(dir, 'db.json'));
    for (let i = 0; i < 5; i++) await store.execute({ type: 'say', as: 'u1', chat: 'group:fam', text: `m${i}` });
    const { readdirSync } = await import('node:fs');
    expect(readdirSync(dir).sort()).toEqual(['db.json']); // the lock directory is gone too
    expect(existsSync(join(dir, 'db.json.lock'))).toBe(false);
  });
});

describe('memory store', () => {
  it('runs the engine on the state it was given and writes nowhere', async () => {
    const state = smallState(3);
    const store = memoryStore(state);
    expect(store.path).toBeNull();
    expect((await store.execute({ type: 'send', as: 'u1', mode: 'direct', to: 'u2', sku: 'card' })).ok).toBe(true);
    expect(store.state()).toBe(state);
    expect(state.packets.p0001).toBeDefined();
    expect(await store.refresh()).toBe(false);
    expect(await store.execute({ type: 'claim', as: 'u3', packet: 'p0001' })).toMatchObject({ ok: false, code: 'NOT_RECIPIENT' });
    state.escrow += 5;
    await expect(store.execute({ type: 'say', as: 'u1', chat: 'group:fam', text: 'x' })).rejects.toThrow(InvariantError);
    await store.close();
    await expect(store.execute({ type: 'say', as: 'u1', chat: 'group:fam', text: 'x' })).rejects.toThrow(/closed/);
  });
});

describe('a company\'s gifts and the 朋友圈 in the file', () => {
  it('a bulk gift, its claims and a share survive a reopen (the file\'s check knows the mode)', async () => {
    const path = join(tempDir(), 'db.json');
    const { initialState } = await import('../../src/domain/world');
    const { bundledWorld } = await import('../../src/world-file');
    const store = await openFileStore(path, { init: () => initialState(bundledWorld(), 'company', Date.UTC(2025, 0, 28, 12)) });
    expect((await store.execute({ type: 'send', as: 'bluewhale', mode: 'bulk', group: 'work', sku: 'dfzx', spec: 'std', showPrice: true })).ok).toBe(true);
    expect((await store.execute({ type: 'claim', as: 'ming', packet: 'p0001', address: 0 })).ok).toBe(true);
    expect((await store.execute({ type: 'share', as: 'ming', packet: 'p0001' })).ok).toBe(true);
    await store.close();
    const again = await openFileStore(path, { init: () => { throw new Error('the file exists'); } });
    expect(again.state()).toEqual(store.state());
    expect(again.state().packets.p0001!.mode).toBe('bulk');
    expect(again.state().packets.p0001!.shared).toEqual(['ming']);
    expect(again.state().feed).toEqual([expect.objectContaining({ kind: 'share', by: 'ming', packet: 'p0001' })]);
    expect(invariantViolations(again.state())).toEqual([]);
    await again.close();
  });
});
