// A file the store cannot use is refused with a StoreError that names it, and never written;
// a reset moves it to a backup first.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openFileStore, StoreError, type StoreErrorCode } from '../../src/store';
import type { Packet } from '../../src/domain/types';
import { cleanup, run, smallState, START, tempDir } from './helpers';

afterEach(cleanup);

const init = () => smallState(3);

/** A valid data file with a little in it; returns its path and text. */
async function goodFile(): Promise<{ path: string; text: string }> {
  const path = join(tempDir(), 'db.json');
  const store = await openFileStore(path, { init });
  await store.execute({ type: 'say', as: 'u1', chat: 'group:fam', text: '大家新年好' });
  await store.close();
  return { path, text: readFileSync(path, 'utf8') };
}

async function refused(path: string, code: StoreErrorCode, message: RegExp) {
  const before = readFileSync(path);
  const names = readdirSync(join(path, '..')).sort();
  const err = await openFileStore(path, { init }).then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(StoreError);
  const e = err as StoreError;
  expect(e.code).toBe(code);
  expect(e.file).toBe(path);
  expect(e.message).toContain(path);
  expect(e.message).toMatch(message);
  expect(e.message).toMatch(/left as it is.*--reset/);
  expect(readFileSync(path).equals(before)).toBe(true); // the bytes are unchanged
  expect(readdirSync(join(path, '..')).sort()).toEqual(names); // nothing created beside it
  return e;
}

describe('refusing a file the store cannot use', () => {
  it('truncated: cut short anywhere', async () => {
    const { path, text } = await goodFile();
    for (const n of [text.length - 1, Math.floor(text.length / 2), 30, 1]) {
      writeFileSync(path, text.slice(0, n));
      await refused(path, 'TRUNCATED', /not valid JSON \(.* at byte \d+\)/);
    }
    writeFileSync(path, '');
    await refused(path, 'TRUNCATED', /is empty/);
  });

  it('corrupt: not JSON in the middle, or trailing garbage', async () => {
    const { path, text } = await goodFile();
    writeFileSync(path, text.slice(0, 200) + '\u0000garbage' + text.slice(200));
    await refused(path, 'CORRUPT', /is not valid JSON \(.*at byte 200\)/);
    writeFileSync(path, text + 'xx');
    await refused(path, 'CORRUPT', /is not valid JSON/);
  });

  it('corrupt: our header, a structurally wrong state', async () => {
    const { path, text } = await goodFile();
    const doc = JSON.parse(text);
    doc.state.wallets.u1 = 'a lot';
    writeFileSync(path, JSON.stringify(doc));
    await refused(path, 'CORRUPT', /state\.wallets\.u1/);
    delete doc.state;
    writeFileSync(path, JSON.stringify(doc));
    await refused(path, 'CORRUPT', /state/);
  });

  it('corrupt: well formed, but the money does not add up', async () => {
    const { path, text } = await goodFile();
    const doc = JSON.parse(text);
    doc.state.wallets.u1 += 100;
    writeFileSync(path, JSON.stringify(doc));
    await refused(path, 'CORRUPT', /invariants.*money/);
  });

  it('corrupt: an id that names no user or group (a holder, an entrant, a winner, a sender…)', async () => {
    const path = join(tempDir(), 'db.json');
    const store = await openFileStore(path, {
      init: () =>
        run(
          smallState(4),
          { type: 'send', as: 'u1', mode: 'grab', group: 'fam', sku: 'card', count: 2 },
          { type: 'claim', as: 'u2', packet: 'p0001' },
          { type: 'send', as: 'u1', mode: 'lottery', group: 'fam', sku: 'card', count: 1, drawAt: START + 3600_000 },
          { type: 'join', as: 'u2', packet: 'p0002' },
          { type: 'join', as: 'u3', packet: 'p0002' },
          { type: 'advance', by: 2 * 3600_000 },
          { type: 'say', as: 'u4', chat: 'group:fam', text: '好' },
        ),
    });
    await store.close();
    const text = readFileSync(path, 'utf8');
    type Doc = { state: { packets: [number, Packet][]; wallets: Record<string, number>; groups: Record<string, { members: string[] }>; users: Record<string, { friends: string[] }>; messages: Array<{ from: string }> } };
    const packet = (d: Doc, id: string) => d.state.packets.find(([, p]) => p.id === id)![1];
    const kinds: Array<[string, (d: Doc) => void, RegExp]> = [
      ['a unit holder', (d) => (packet(d, 'p0001').units[0]!.holder = 'zzz'), /unit 1 of packet "p0001" held by "zzz", who is not a user/],
      ['an entrant', (d) => (packet(d, 'p0002').lottery!.entrants[1] = 'zzz'), /"zzz" as an entrant of packet "p0002", who is not a user/],
      ['a winner', (d) => (packet(d, 'p0002').lottery!.winners![0] = 'zzz'), /"zzz" as a winner of packet "p0002", who is not a user/],
      ['a sender', (d) => (packet(d, 'p0001').sender = 'zzz'), /packet "p0001" sent by "zzz", who is not a user/],
      ['a packet’s group', (d) => (packet(d, 'p0001').group = 'nowhere'), /packet "p0001" in the group "nowhere", which is not a group/],
      ['a wallet owner', (d) => (d.state.wallets.zzz = 0), /a wallet for "zzz", who is not a user/],
      ['a group member', (d) => d.state.groups.fam!.members.push('zzz'), /"zzz" as a member of the group "fam", who is not a user/],
      ['a friend', (d) => d.state.users.u2!.friends.push('zzz'), /"zzz" as a friend of "u2", who is not a user/],
      ['a message’s sender', (d) => (d.state.messages.at(-1)!.from = 'zzz'), /message \d+ from "zzz", who is not a user/],
    ];
    for (const [kind, spoil, message] of kinds) {
      const doc = JSON.parse(text) as Doc;
      spoil(doc);
      writeFileSync(path, JSON.stringify(doc));
      const e = await refused(path, 'CORRUPT', message);
      expect(e.message, kind).toMatch(/is not|not a user|not a group/);
    }
  });

  it('corrupt: an archived packet whose holder is not a user is refused when it is read back', async () => {
    const path = join(tempDir(), 'db.json');
    const state = run(smallState(3), { type: 'send', as: 'u1', mode: 'direct', to: 'u2', sku: 'card' }, { type: 'claim', as: 'u2', packet: 'p0001' });
    await (await openFileStore(path, { init: () => state, archive: { packets: 1, keep: 0, perChat: 0 } })).close();
    const seg = join(`${path}.archive`, '000001.json');
    const doc = JSON.parse(readFileSync(seg, 'utf8'));
    doc.packets[0][1].units[0].holder = 'zzz';
    writeFileSync(seg, JSON.stringify(doc));
    const store = await openFileStore(path, { init });
    const e = await store.loadPackets(['p0001']).catch((x: StoreError) => x);
    expect(e).toMatchObject({ code: 'CORRUPT', file: seg });
    expect((e as Error).message).toContain(`${seg} (an archive segment of ${path}) has unit 1 of packet "p0001" held by "zzz", who is not a user`);
    expect(store.state().packets.p0001).toBeUndefined();
  });

  it('foreign: JSON that is not ours', async () => {
    const { path } = await goodFile();
    writeFileSync(path, JSON.stringify({ users: [], groups: [] }));
    await refused(path, 'FOREIGN', /not a bluepacket data file.*no "format"/);
    writeFileSync(path, JSON.stringify({ format: 'something-else', version: 1 }));
    await refused(path, 'FOREIGN', /"something-else"/);
    writeFileSync(path, '[1, 2, 3]');
    await refused(path, 'FOREIGN', /not an object/);
  });

  it('version: a format version this build does not read', async () => {
    const { path, text } = await goodFile();
    writeFileSync(path, text.replace('"version":2', '"version":3'));
    await refused(path, 'VERSION', /version 3; this build reads versions 1 and 2/);
  });

  it('a store already open refuses to write over a file that went bad', async () => {
    const { path } = await goodFile();
    const store = await openFileStore(path, { init });
    writeFileSync(path, '{"format":"bluepacket","version":2,"rev":99,');
    const bad = readFileSync(path);
    await expect(store.execute({ type: 'say', as: 'u1', chat: 'group:fam', text: 'x' })).rejects.toMatchObject({ code: 'TRUNCATED', file: path });
    await expect(store.refresh()).rejects.toMatchObject({ code: 'TRUNCATED' });
    expect(readFileSync(path).equals(bad)).toBe(true);
  });

  it('a missing or broken archive segment is named', async () => {
    const path = join(tempDir(), 'db.json');
    // 3 settled direct gifts, archived at once with this policy
    const state = run(
      smallState(3),
      ...[1, 2, 3].flatMap((i) => [
        { type: 'send', as: 'u1', mode: 'direct', to: 'u2', sku: 'card', message: `g${i}` } as const,
        { type: 'claim', as: 'u2', packet: `p000${i}` } as const,
      ]),
    );
    await (await openFileStore(path, { init: () => state, archive: { packets: 1, keep: 0, perChat: 0 } })).close();
    const seg = join(`${path}.archive`, '000001.json');
    const segText = readFileSync(seg, 'utf8');
    writeFileSync(seg, segText.slice(0, segText.length - 10));
    // A session opens on the main file alone; the segment is refused when it is read.
    const store = await openFileStore(path, { init });
    for (const read of [() => store.loadOlder('dm:u1|u2', 10), () => store.loadPackets(['p0001']), () => store.execute({ type: 'open', as: 'u2', packet: 'p0002' })]) {
      const e = await read().then(
        () => null,
        (x: unknown) => x,
      );
      expect(e).toMatchObject({ code: 'TRUNCATED', file: seg });
      expect((e as Error).message).toContain(`${seg} (an archive segment of ${path})`);
    }
    expect(readFileSync(seg, 'utf8')).toBe(segText.slice(0, segText.length - 10));
    rmSync(seg);
    const before = readFileSync(path);
    await expect(openFileStore(path, { init })).rejects.toMatchObject({ code: 'CORRUPT', message: expect.stringContaining('000001.json, which is missing') });
    expect(readFileSync(path).equals(before)).toBe(true);
  });
});

describe('reset', () => {
  it('moves even a corrupt file to a backup, never clobbering one, and starts fresh', async () => {
    const { path, text } = await goodFile();
    writeFileSync(path, text.slice(0, 100));
    writeFileSync(`${path}.bak-1`, 'an older backup of the user'); // must survive

    const store = await openFileStore(path, { init, reset: true });
    expect(store.backup).toBe(`${path}.bak-2`);
    expect(readFileSync(`${path}.bak-2`, 'utf8')).toBe(text.slice(0, 100));
    expect(readFileSync(`${path}.bak-1`, 'utf8')).toBe('an older backup of the user');
    expect(store.state().messages).toEqual([]);
    expect((await store.execute({ type: 'say', as: 'u2', chat: 'group:fam', text: 'fresh' })).ok).toBe(true);
    await store.close();

    const again = await openFileStore(path, { init, reset: true });
    expect(again.backup).toBe(`${path}.bak-3`);
    expect(JSON.parse(readFileSync(`${path}.bak-3`, 'utf8')).state.messages[0].text).toBe('fresh');
  });

  it('takes the archive along, so the backup opens as a store by itself', async () => {
    const path = join(tempDir(), 'db.json');
    const state = run(smallState(3), { type: 'send', as: 'u1', mode: 'direct', to: 'u2', sku: 'card' }, { type: 'claim', as: 'u2', packet: 'p0001' });
    await (await openFileStore(path, { init: () => state, archive: { packets: 1, keep: 0, perChat: 0 } })).close();
    expect(existsSync(`${path}.archive/000001.json`)).toBe(true);

    const fresh = await openFileStore(path, { init, reset: true });
    expect(fresh.backup).toBe(`${path}.bak-1`);
    expect(existsSync(`${path}.archive`)).toBe(false);
    expect(Object.keys(fresh.state().packets)).toEqual([]);
    const old = await openFileStore(fresh.backup!, { init });
    expect(await old.loadPackets(['p0001'])).toEqual([]);
    expect(old.state().packets.p0001?.units[0]?.state).toBe('claimed');
  });

  it('with no file there is nothing to back up', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'x'));
    const store = await openFileStore(join(dir, 'x', 'db.json'), { init, reset: true });
    expect(store.backup).toBeNull();
    expect(readdirSync(join(dir, 'x'))).toEqual(['db.json']);
  });
});

describe('a data file that is not a file', () => {
  it('a pipe (FIFO) is refused, naming it, not read forever', async () => {
    const path = join(tempDir(), 'db.json');
    const made = spawnSync('mkfifo', [path]);
    expect(made.status).toBe(0);
    const err = await openFileStore(path, { init }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(StoreError);
    expect((err as StoreError).code).toBe('IO');
    expect((err as StoreError).file).toBe(path);
    expect((err as StoreError).message).toContain(path);
    expect((err as StoreError).message).toMatch(/pipe/);
  });
});
