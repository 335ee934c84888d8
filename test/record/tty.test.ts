// `bin/bluepacket --record FILE.cast` in a real terminal: the session runs in a tmux pane
// (a pty and a terminal emulator), keys go in through tmux, and the recording is then played
// back into a second pane of the same size. The played-back screen must be the live one,
// character for character: the recording holds everything the terminal received, in order.
// Every wait is for a condition (text on the screen, the tty in raw mode, the session gone).
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { describe, expect, it } from 'vitest';
import { hasTmux, q, Tmux, until } from '../support/tmux';
import { outputs, parseCast } from './cast';

const BIN = join(__dirname, '../../bin/bluepacket');
const COLS = 100;
const ROWS = 30;
describe.skipIf(!hasTmux)('recording a real session (tmux)', () => {
  it('plays back to the very screen the session showed', { timeout: 90_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bp-rec-tty-'));
    const cast = join(dir, 'demo.cast');
    const tmux = new Tmux(dir);
    try {
      tmux.start(
        'live',
        `exec ${q(process.execPath)} ${q(BIN)} --db ${q(join(dir, 'db.json'))} --record ${q(cast)} --users mom,dad --seed rec --crowd 0 2>${q(join(dir, 'stderr.txt'))}`,
        COLS,
        ROWS,
      );
      const screen = () => tmux.capture('live');
      const stderr = () => (existsSync(join(dir, 'stderr.txt')) ? readFileSync(join(dir, 'stderr.txt'), 'utf8') : '');
      // A loaded CI machine can take a while to start a session: a generous wait, not a sleep.
      await until('the first frame', () => tmux.alive('live') && screen().includes('还没有消息'), () => (tmux.alive('live') ? screen() : `the session ended: ${stderr()}`), 40_000);
      await until('raw mode', () => tmux.raw('live'));

      /** Let the screen rest: unchanged for 150 ms (a key may draw twice: the press, then the engine's answer). */
      const quiet = async () => {
        let last = screen();
        let since = Date.now();
        await until('a quiet screen', () => {
          const now = screen();
          if (now !== last) [last, since] = [now, Date.now()];
          return Date.now() - since >= 150;
        });
      };
      /** One key, then wait for the screen to show it (every key of this flow changes it). */
      const press = async (...keys: string[]) => {
        for (const key of keys) {
          const before = screen();
          tmux.key('live', key);
          await until(`the screen to answer ${key}`, () => screen() !== before, screen);
          await quiet();
        }
      };

      // Mom opens the shop; the window grows; she drops a grab packet into the group; dad opens
      // it and takes it.
      await press('g');
      await until('the shop', () => screen().includes('选礼物'), screen);
      tmux.resize('live', 110, 32);
      // The panes' top border spans the new width once the app has drawn for it.
      await until('the frame at 110×32', () => screen().split('\n')[0]!.length === 110, screen);
      await quiet();
      await press('Enter', 'Enter', 'Down', 'Enter', 'Down', 'Down', 'Enter', 'Enter');
      await until('the card in the panes', () => screen().includes('可领取'), screen);
      await press('2', 'Up', 'Enter', 'Enter', 'Enter');
      await until('dad to win it', () => screen().includes('抢到了'), screen);
      await quiet();
      const live = screen();

      tmux.key('live', 'q');
      await until('the session to end', () => !tmux.alive('live'));
      expect(stripVTControlCharacters(stderr())).toBe(''); // restore-cursor's ESC[?25h at exit, nothing said

      const { header, events } = parseCast(readFileSync(cast, 'utf8'));
      expect(header).toMatchObject({ version: 2, width: COLS, height: ROWS, title: 'bluepacket' });
      expect(header.timestamp).toBeGreaterThan(1_700_000_000);
      expect(events.length).toBeGreaterThan(10);
      expect(events.filter((e) => e[1] === 'r').map((e) => e[2])).toEqual(['110x32']);

      // Play it back into a fresh pane of the recording's size, bytes as recorded: no output
      // processing by the tty (-opost), as a player's terminal gets them. At each "r" event the
      // pane waits while the test resizes it, as a player resizes its terminal.
      const play = async (name: string, map: (data: string) => string = (d) => d) => {
        const segments: string[] = [''];
        const sizes: string[] = [];
        for (const [, code, data] of events) {
          if (code === 'o') segments[segments.length - 1] += map(data);
          else {
            sizes.push(data);
            segments.push('');
          }
        }
        const f = (what: string, i: number) => q(join(dir, `${name}.${what}${i}`));
        segments.forEach((data, i) => writeFileSync(join(dir, `${name}.out${i}`), data));
        const script = segments.map((_, i) => `${i > 0 ? `while [ ! -e ${f('go', i)} ]; do sleep 0.02; done; ` : ''}cat ${f('out', i)}; touch ${f('done', i)}`).join('; ');
        tmux.start(name, `stty -opost; ${script}; exec sleep 600`, COLS, ROWS);
        for (const [i, size] of sizes.entries()) {
          await until(`${name} to play part ${i}`, () => existsSync(join(dir, `${name}.done${i}`)));
          const [c, r] = size.split('x').map(Number) as [number, number];
          tmux.resize(name, c, r);
          await until(`${name} to be ${size}`, () => tmux.size(name) === size);
          writeFileSync(join(dir, `${name}.go${i + 1}`), '');
        }
        await until(`${name} to play`, () => existsSync(join(dir, `${name}.done${segments.length - 1}`)));
        return tmux.capture(name);
      };
      const replayed = await play('replay');
      expect(replayed).toBe(live);
      expect(replayed).toContain('抢到了');

      // The comparison can tell: the same frames with bare LFs (what Ink writes, before the
      // terminal's line discipline) stair-step down the screen instead.
      const bare = await play('bare', (d) => d.replace(/\r\n/g, '\n'));
      expect(bare).not.toBe(live);
    } finally {
      tmux.kill();
    }
  });
});
