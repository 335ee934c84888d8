// Several sessions on one file: hearing another's write at once (the directory watch), who else
// is connected (presence records beside the file), and which one drives the crowd (the lease).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openFileStore } from '../../src/store';
import { CrowdLease } from '../../src/store/lease';
import { Presence, presenceDirOf, type PresenceView } from '../../src/store/presence';
import { watchFile } from '../../src/store/watch';
import { cleanup, smallState, tempDir } from './helpers';

const stops: Array<() => unknown> = [];
afterEach(async () => {
  while (stops.length) await stops.pop()!();
  cleanup();
});

/** Resolves at the next call of the returned callback (or fails after `ms`). */
function nextCall(ms = 5000) {
  let resolve!: () => void;
  let calls = 0;
  let waiting: Promise<void> = new Promise((r) => (resolve = r));
  return {
    fn: () => {
      calls++;
      resolve();
    },
    get calls() {
      return calls;
    },
    async next() {
      const timer = new Promise<never>((_, reject) => setTimeout(() => reject(new Error('no call')), ms));
      await Promise.race([waiting, timer]);
      waiting = new Promise((r) => (resolve = r));
    },
  };
}

const until = async (cond: () => boolean, ms = 5000) => {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 10));
  }
};

describe('watching the data file', () => {
  it('hears another store’s write (a rename into place), not the neighbours’ files', async () => {
    const path = join(tempDir(), 'db.json');
    const a = await openFileStore(path, { init: () => smallState(3) });
    const b = await openFileStore(path, { init: () => smallState(3) });
    const heard = nextCall();
    // No safety-net poll within the test: only the watch can call.
    const w = watchFile(path, heard.fn, { backstopMs: 60_000 });
    stops.push(() => w.close());
    expect(w.mode).toBe('watch');
    writeFileSync(join(path, '..', 'other.json'), '{}');
    mkdirSync(presenceDirOf(path));
    writeFileSync(join(presenceDirOf(path), 'x.json'), '{}');
    await new Promise((r) => setTimeout(r, 150));
    expect(heard.calls).toBe(0);
    await a.execute({ type: 'say', as: 'u1', chat: 'group:fam', text: '有人吗' });
    await heard.next();
    expect(await b.refresh()).toBe(true);
    expect(b.state().messages.at(-1)!.text).toBe('有人吗');
    await a.close();
    await b.close();
  });

  it('polls where the directory cannot be watched, and says so once', async () => {
    const missing = join(tempDir(), 'no-such-dir', 'db.json');
    const fellBack: unknown[] = [];
    const heard = nextCall();
    const w = watchFile(missing, heard.fn, { pollMs: 30, onFallback: (e) => fellBack.push(e) });
    stops.push(() => w.close());
    expect(w.mode).toBe('poll');
    expect(fellBack).toHaveLength(1);
    await heard.next();
    await heard.next();
  });
});

describe('presence', () => {
  const start = async (db: string, role: 'presenter' | 'phone', users: string[], extra: { drive?: boolean } = {}) => {
    const views: PresenceView[] = [];
    const p = new Presence(db, { role, users, heartbeatMs: 40, staleMs: 400, onChange: (v) => views.push(v), ...extra });
    await p.start();
    stops.push(() => p.stop());
    return { p, views };
  };

  it('each session sees the others with the users they show; one that ends drops out and its record goes', async () => {
    const db = join(tempDir(), 'db.json');
    const host = await start(db, 'presenter', ['mom', 'dad', 'ming']);
    const dad = await start(db, 'phone', ['dad']);
    await until(() => host.p.view().peers.length === 1);
    expect(host.p.view().peers[0]).toMatchObject({ id: dad.p.id, role: 'phone', users: ['dad'] });
    expect(dad.p.view().peers[0]).toMatchObject({ id: host.p.id, role: 'presenter', users: ['mom', 'dad', 'ming'] });
    expect(host.p.view().error).toBeNull();
    await dad.p.stop();
    expect(readdirSync(presenceDirOf(db))).toEqual([`${host.p.id}.json`]);
    await until(() => host.p.view().peers.length === 0);
  });

  it('a dead session drops out: its pid gone on this host, or its record untouched for too long', async () => {
    const db = join(tempDir(), 'db.json');
    const me = await start(db, 'phone', ['ming']);
    const dir = presenceDirOf(db);
    // A process that has exited: its pid is free.
    const gone = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    const deadPid = Number(gone.stdout);
    const record = (pid: number, host: string, id: string) =>
      JSON.stringify({ format: 'bluepacket-presence', id, role: 'phone', users: ['dad'], since: 1, pid, host });
    writeFileSync(join(dir, `${deadPid}-0000000a.json`), record(deadPid, (await import('node:os')).hostname(), `${deadPid}-0000000a`));
    // Another host's session (no pid to check): alive while touched.
    writeFileSync(join(dir, `${process.pid}-0000000b.json`), record(process.pid, 'elsewhere', `${process.pid}-0000000b`));
    await until(() => me.p.view().peers.length === 1);
    expect(me.p.view().peers[0]!.id).toBe(`${process.pid}-0000000b`);
    expect(existsSync(join(dir, `${deadPid}-0000000a.json`))).toBe(false);
    const old = new Date(Date.now() - 10_000);
    utimesSync(join(dir, `${process.pid}-0000000b.json`), old, old);
    await until(() => me.p.view().peers.length === 0);
    expect(readdirSync(dir)).toEqual([`${me.p.id}.json`]);
  });

  it('a failure is shown in the view and never thrown; the session goes on and recovers', async () => {
    const dir = tempDir();
    const db = join(dir, 'db.json');
    writeFileSync(presenceDirOf(db), 'a file in the way');
    const views: PresenceView[] = [];
    const p = new Presence(db, { role: 'phone', users: ['dad'], heartbeatMs: 40, onChange: (v) => views.push(v) });
    await expect(p.start()).resolves.toBeUndefined();
    stops.push(() => p.stop());
    expect(p.view().error).toMatch(/presence/);
    const { rmSync } = await import('node:fs');
    rmSync(presenceDirOf(db));
    await until(() => p.view().error === null);
    expect(readdirSync(presenceDirOf(db))).toEqual([`${p.id}.json`]);
  });

  it('a directory that cannot be written is an error in the view, not a crash', async () => {
    const dir = tempDir();
    const db = join(dir, 'db.json');
    // A file where the directory should be: no one can write into it, root included (a chmod'ed
    // directory would not stop root, and the tests often run as root).
    writeFileSync(presenceDirOf(db), 'not a directory');
    const p = new Presence(db, { role: 'phone', users: ['dad'], heartbeatMs: 40 });
    await p.start();
    stops.push(() => p.stop());
    expect(p.view().error).toMatch(/EEXIST|ENOTDIR|not a directory/i);
  });
});

describe('the crowd lease', () => {
  it('one holder at a time; a stale lease is taken over; the holder gives it up when it ends', async () => {
    const dir = join(tempDir(), 'db.json.presence');
    const a = new CrowdLease(dir, 'a', 300);
    const b = new CrowdLease(dir, 'b', 300);
    expect(await a.claim()).toBe('a');
    expect(await b.claim()).toBe('a');
    expect(await a.claim()).toBe('a'); // renewed
    expect(CrowdLease.holder(dir, 300)).toBe('a');
    const old = new Date(Date.now() - 5_000);
    utimesSync(join(dir, 'crowd.lease'), old, old); // a stopped touching it
    expect(CrowdLease.holder(dir, 300)).toBeNull();
    expect(await b.claim()).toBe('b');
    expect(await a.claim()).toBe('b'); // a learns it lost the lease
    a.release(); // not a's: left alone
    expect(CrowdLease.holder(dir, 300)).toBe('b');
    b.release();
    expect(CrowdLease.holder(dir, 300)).toBeNull();
    expect(await a.claim()).toBe('a');
  });
});
