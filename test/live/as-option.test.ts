// `--as USER`: a user of the data file, or exit 2 with the users listed; not with --users.
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sessionCommand } from '../../src/cli/session-command';
import { UsageError } from '../../src/cli/usage';

const BIN = join(__dirname, '../../bin/bluepacket');
const hasScript = spawnSync('script', ['--version']).status === 0;

describe('--as', () => {
  it('is one person or the panes, not both, and names someone', async () => {
    await expect(sessionCommand(['--as', 'dad', '--users', 'mom,dad'])).rejects.toThrow(UsageError);
    await expect(sessionCommand(['--as', ' '])).rejects.toThrow(/needs a user id/);
  });

  it.skipIf(!hasScript)('refuses a user the file does not have, listing the ones it has (exit 2, on a terminal)', () => {
    const db = join(mkdtempSync(join(tmpdir(), 'bp-as-')), 'db.json');
    const r = spawnSync('script', ['-qfec', `${process.execPath} ${BIN} --db ${db} --as nobody`, '/dev/null'], { encoding: 'utf8', timeout: 30_000 });
    expect(r.status).toBe(2);
    expect(r.stdout).toContain('--as: there is no user "nobody"');
    expect(r.stdout).toMatch(/people: mom \(妈妈\), dad \(爸爸\), .*; bots: liuyang, /);
  });
});
