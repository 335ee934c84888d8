// A terminal for tests: a private tmux server on its own socket (never the user's), panes of a
// chosen size, keys sent in, the screen read back. And a wait for a condition, never a sleep.
import { execFileSync, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const hasTmux = spawnSync('tmux', ['-V']).status === 0;

/** A shell word. */
export const q = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

export class Tmux {
  private sock: string;
  private conf: string;
  constructor(
    dir: string,
    private readonly cols: number,
    private readonly rows: number,
  ) {
    this.sock = join(dir, 'tmux.sock');
    this.conf = join(dir, 'tmux.conf');
    writeFileSync(this.conf, 'set -g status off\n'); // the pane is the whole window
  }
  run(...args: string[]): string {
    return execFileSync('tmux', ['-S', this.sock, '-f', this.conf, ...args], { encoding: 'utf8' });
  }
  start(name: string, command: string) {
    this.run('new-session', '-d', '-x', String(this.cols), '-y', String(this.rows), '-s', name, command);
  }
  resize(name: string, cols: number, rows: number) {
    this.run('resize-window', '-t', `=${name}:`, '-x', String(cols), '-y', String(rows));
  }
  size(name: string): string {
    return this.run('display-message', '-p', '-t', `=${name}:`, '#{pane_width}x#{pane_height}').trim();
  }
  alive(name: string): boolean {
    return spawnSync('tmux', ['-S', this.sock, 'has-session', '-t', `=${name}`]).status === 0;
  }
  capture(name: string): string {
    return this.run('capture-pane', '-p', '-t', `=${name}:`);
  }
  /** The pane's terminal is in raw mode: the app reads keys, the tty no longer echoes them. */
  raw(name: string): boolean {
    const tty = this.run('display-message', '-p', '-t', `=${name}:`, '#{pane_tty}').trim();
    return / -icanon /.test(` ${execFileSync('stty', ['-F', tty, '-a'], { encoding: 'utf8' }).replace(/\s+/g, ' ')} `);
  }
  kill() {
    spawnSync('tmux', ['-S', this.sock, 'kill-server']);
  }
}

export async function until(what: string, cond: () => boolean, show: () => string = () => '', timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs;
  while (!cond()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}\n${show()}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}
