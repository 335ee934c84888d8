// A private tmux server for tests that run the real program on a real terminal (a pty and a
// terminal emulator): keys go in through tmux, the screen comes back as text. Its own socket and
// config, never the user's server; every wait is for a condition, never a sleep.
import { execFileSync, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const hasTmux = spawnSync('tmux', ['-V']).status === 0;

/** A shell word. */
export const q = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

export class Tmux {
  private sock: string;
  private conf: string;
  constructor(dir: string) {
    this.sock = join(dir, 'tmux.sock');
    this.conf = join(dir, 'tmux.conf');
    writeFileSync(this.conf, 'set -g status off\n'); // the pane is the whole window
  }
  run(...args: string[]): string {
    return execFileSync('tmux', ['-S', this.sock, '-f', this.conf, ...args], { encoding: 'utf8' });
  }
  start(name: string, command: string, cols: number, rows: number) {
    this.run('new-session', '-d', '-x', String(cols), '-y', String(rows), '-s', name, command);
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
  /** The pid of the pane's process (the program, when the command `exec`s it). */
  pid(name: string): number {
    return Number(this.run('display-message', '-p', '-t', `=${name}:`, '#{pane_pid}').trim());
  }
  /** A key by tmux's name (Enter, Up, Escape) or, when one character long, that character. */
  key(name: string, key: string) {
    this.run('send-keys', '-t', `=${name}:`, ...(key.length === 1 ? ['-l', key] : [key]));
  }
  /** Text, typed as it is. */
  type(name: string, text: string) {
    this.run('send-keys', '-t', `=${name}:`, '-l', text);
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
