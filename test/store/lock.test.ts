// The lock itself: a held lock makes others wait and finally give up with LOCKED; a lock lost
// while held (taken over as stale, its directory removed) stops the write instead of crashing.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import lockfile from 'proper-lockfile';
import { afterEach, describe, expect, it } from 'vitest';
import { withLock } from '../../src/store/lock';
import { StoreError } from '../../src/store';
import { cleanup, tempDir } from './helpers';

afterEach(cleanup);

describe('lock', () => {
  it('gives up with LOCKED, naming the file, when another holder keeps it', async () => {
    const path = join(tempDir(), 'db.json');
    const release = await lockfile.lock(path, { realpath: false });
    try {
      const err = await withLock(path, async () => 'ran', { retries: 2 }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(StoreError);
      expect(err).toMatchObject({ code: 'LOCKED', file: path, message: expect.stringContaining(`${path} is locked`) });
    } finally {
      await release();
    }
    expect(await withLock(path, async () => 'ran')).toBe('ran');
  });

  it('a lock compromised while held stops the write, without crashing the process', async () => {
    const path = join(tempDir(), 'db.json');
    writeFileSync(path, 'old');
    const err = await withLock(
      path,
      async (assertHeld) => {
        rmSync(`${path}.lock`, { recursive: true }); // someone took it over as stale
        await new Promise((r) => setTimeout(r, 1500)); // the holder's next refresh notices
        assertHeld();
        writeFileSync(path, 'new');
      },
      { stale: 2000 },
    ).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'LOCKED', message: expect.stringContaining('lost the lock') });
    expect(readFileSync(path, 'utf8')).toBe('old');
  });
});
