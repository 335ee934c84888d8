// A data file written by the previous version of the store (format version 1: segments listed
// by name, every one read at start) still opens, whole, and becomes version 2 on its first
// change. fixtures/v1 was written by that version's code (24 chat lines, gifts, a grab, a
// voucher accepted and never redeemed, 8 segments).
import { cpSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { execute } from '../../src/domain/engine';
import { invariantViolations } from '../../src/domain/invariants';
import { openFileStore, readWholeHistory } from '../../src/store';
import { cleanup, ROOT, smallState, tempDir } from './helpers';

afterEach(cleanup);

function oldFile(): string {
  const dir = tempDir();
  cpSync(join(ROOT, 'test/store/fixtures/v1'), dir, { recursive: true });
  return join(dir, 'db.json');
}

const segmentsOf = (path: string) => Object.fromEntries(readdirSync(`${path}.archive`).map((f) => [f, readFileSync(join(`${path}.archive`, f), 'utf8')]));

describe('a version-1 data file', () => {
  it('opens whole, migrates on its first write, and loses nothing', async () => {
    const path = oldFile();
    expect(JSON.parse(readFileSync(path, 'utf8')).version).toBe(1);
    const before = await readWholeHistory(path);
    expect(before.order).toHaveLength(10);
    expect(before.messages.length).toBeGreaterThan(24);
    const oldSegments = segmentsOf(path);

    const store = await openFileStore(path, { init: () => smallState(5) });
    const s = store.state();
    expect(invariantViolations(s)).toEqual([]);
    // As that version's sessions held it: every packet and message.
    expect(s.order).toEqual(before.order);
    expect(s.packets).toEqual(before.packets);
    expect(s.messages).toEqual(before.messages);

    // The voucher version 1 archived is not final: once migrated it lives in the main file.
    expect(s.packets.p0002!.units[0]!.voucher).not.toBeNull();
    expect((await store.execute({ type: 'say', as: 'u1', chat: 'group:fam', text: '新版本' })).ok).toBe(true);
    const main = JSON.parse(readFileSync(path, 'utf8'));
    expect(main.version).toBe(2);
    expect(main.segments.map((x: { name: string }) => x.name)).toEqual(Object.keys(oldSegments).sort());
    expect(main.state.packets.map(([, p]: [number, { id: string }]) => p.id)).toContain('p0002');
    expect(segmentsOf(path)).toEqual(oldSegments); // segments are never rewritten

    // The whole history is the old one and the new line; a fresh session starts from the main file.
    const after = await readWholeHistory(path);
    const expected = structuredClone(before);
    execute(expected, { type: 'say', as: 'u1', chat: 'group:fam', text: '新版本' });
    expect(after).toEqual(expected);
    const fresh = await openFileStore(path, { init: () => smallState(5) });
    expect(fresh.state().order.length).toBeLessThan(10);
    expect(invariantViolations(fresh.state())).toEqual([]);
    expect(await fresh.execute({ type: 'redeem', as: 'u2', packet: 'p0002' })).toMatchObject({ ok: true });
    // An archived gift of version 1 is read back for a command, as any other.
    const gift = before.order.find((id) => !fresh.state().packets[id] && before.packets[id]!.mode === 'direct')!;
    expect(await fresh.execute({ type: 'claim', as: 'u2', packet: gift, address: 0 })).toMatchObject({ ok: false });
    expect(fresh.state().packets[gift]).toEqual(before.packets[gift]);
  });
});
