// `play big.json | head`: the reader takes a few lines and closes the pipe while play still
// writes. Play then stops quietly (status 0, nothing on stderr), where Node's unheard 'error'
// event used to print a stack trace of its internals.
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bigScenario } from '../../bench/generate';

const BIN = join(__dirname, '../../bin/bluepacket');
const file = join(mkdtempSync(join(tmpdir(), 'bp-pipe-')), 'long.json');
// Some 2,000 steps: hundreds of kilobytes of report, far more than a pipe holds.
writeFileSync(file, JSON.stringify(bigScenario(2_000, 50)));

/** Runs play into a pipe that is closed after its first chunk: the exit status and stderr. */
function closedEarly(args: string[]): Promise<{ status: number | null; stderr: string; read: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, 'play', file, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    let read = 0;
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
    child.stdout.once('data', (d: Buffer) => {
      read = d.length;
      child.stdout.destroy();
    });
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stderr, read }));
  });
}

describe('play into a pipe its reader closes early', () => {
  it.each([[['--json']], [[]]])('stops quietly with status 0 (%j)', async (args) => {
    const r = await closedEarly(args);
    expect(r.read).toBeGreaterThan(0);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });
});
