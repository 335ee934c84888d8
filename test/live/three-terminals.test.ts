// Three real sessions on one data file, each on its own terminal (tmux panes: a pty and a
// terminal emulator), as a workshop runs them: the presenter's panes and two people's phones
// (`--as`). What one does appears in the others; the clock moves for all and each says who moved
// it; a killed session drops out of the others' presence line; the bots' lease passes to a
// survivor; and the file holds every action exactly once.
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { invariantViolations } from '../../src/domain/invariants';
import { HOUR, DEFAULT_START, parseIso } from '../../src/domain/time';
import { openFileStore } from '../../src/store';
import { presenceDirOf } from '../../src/store/presence';
import { hasTmux, q, Tmux, until } from '../support/tmux';

const BIN = join(__dirname, '../../bin/bluepacket');

describe.skipIf(!hasTmux)('three terminals, one group (tmux)', () => {
  it('each sees the others act, the clock is shared, the dead drop out, nothing is lost or doubled', { timeout: 240_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bp-live-'));
    const db = join(dir, 'db.json');
    const tmux = new Tmux(dir);
    const session = (name: string, args: string, cols: number, rows: number) =>
      tmux.start(name, `exec ${q(process.execPath)} ${q(BIN)} --db ${q(db)} --crowd 2 ${args} 2>${q(join(dir, `${name}.err`))}`, cols, rows);
    const screen = (name: string) => (tmux.alive(name) ? tmux.capture(name) : `(${name} ended) ${readFileSync(join(dir, `${name}.err`), 'utf8')}`);
    const sees = (name: string, text: string, timeoutMs = 20_000) => until(`${name} to show ${text}`, () => screen(name).includes(text), () => screen(name), timeoutMs);
    const line = (name: string, start: string) => screen(name).split('\n').find((l) => l.trimStart().startsWith(start))?.trim() ?? '';
    /** One key, then the screen answers (every key here changes it). */
    const press = async (name: string, ...keys: string[]) => {
      for (const key of keys) {
        const before = screen(name);
        tmux.key(name, key);
        await until(`${name} to answer ${key}`, () => screen(name) !== before, () => screen(name));
      }
    };
    const say = async (name: string, text: string) => {
      await press(name, 'Enter'); // the input line takes the keyboard
      tmux.type(name, text);
      await sees(name, text);
      await press(name, 'Enter', 'Escape');
    };
    try {
      session('host', '--seed live --users mom,ming', 160, 45);
      await sees('host', '北京时间', 40_000);
      session('dad', '--as dad', 100, 30);
      await sees('dad', '北京时间', 40_000);
      session('hong', '--as hong', 100, 30);
      await sees('hong', '北京时间', 40_000);
      for (const name of ['host', 'dad', 'hong']) await until(`${name} in raw mode`, () => tmux.raw(name));

      // Presence: each lists the other two; the first session runs the bots.
      await until('host to list dad and hong', () => line('host', '在线：') === '在线：爸爸 · 小红   🤖 机器人在本终端运行', () => screen('host'));
      await until('dad to list the presenter and hong', () => line('dad', '在线：').startsWith('在线：主持人 · 小红   🤖 机器人在主持人的终端运行'), () => screen('dad'));
      await until('hong to list the presenter and dad', () => line('hong', '在线：').startsWith('在线：主持人 · 爸爸'), () => screen('hong'));

      // A chat line from each appears in the other two.
      await press('dad', 'Enter'); // the chat list's chosen row: the family group
      await sees('dad', '‹ 👥 相亲相爱一家人');
      await press('hong', 'Enter');
      await sees('hong', '‹ 👥 相亲相爱一家人');
      await say('dad', 'dad-one');
      await say('hong', 'hong-one');
      await say('host', 'mom-one'); // mom's pane has the focus
      for (const name of ['host', 'dad', 'hong']) for (const text of ['dad-one', 'hong-one', 'mom-one']) await sees(name, text);

      // The clock: moved in each, moved for all, and each of the others says who moved it.
      await press('dad', 't');
      await sees('host', '爸爸 拨了时间：时间 → 01-28 21:00');
      await sees('hong', '爸爸 拨了时间：时间 → 01-28 21:00');
      await press('hong', 't');
      await sees('host', '小红 拨了时间：时间 → 01-28 22:00');
      await sees('dad', '小红 拨了时间：时间 → 01-28 22:00');
      await press('host', 't');
      await sees('dad', '主持人 拨了时间：时间 → 01-28 23:00');
      await sees('hong', '主持人 拨了时间：时间 → 01-28 23:00');

      // A gift: mom drops one grab packet in the group from the presenter's panes; dad takes it
      // on his phone; hong's says it is all taken; the presenter's timeline has dad's claim.
      await press('host', 'g');
      await sees('host', '选礼物');
      await press('host', '/');
      tmux.type('host', 'luckin');
      await sees('host', 'luckin');
      await press('host', 'Enter', 'Enter', 'Enter', 'Down', 'Enter'); // the search, the product, the variant, 群发礼物
      await sees('host', '份数');
      await press('host', 'Down', 'Down', 'Enter'); // 1 unit → confirm
      await press('host', 'Enter'); // pay
      await sees('dad', '可领取 · 剩 1/1');
      await sees('hong', '可领取 · 剩 1/1');
      await press('dad', 'Up', 'Enter', 'Enter', 'Enter'); // the card, open it, take it, the saved address
      await sees('dad', '抢到了');
      await sees('host', '爸爸 领取了');
      await sees('hong', '已领完'); // all taken (手慢了 is for one who tried)

      // A killed session drops out of the others' presence within a few seconds.
      process.kill(tmux.pid('hong'), 'SIGKILL');
      await until('host to drop hong', () => line('host', '在线：').startsWith('在线：爸爸   '), () => screen('host'), 10_000);
      await until('dad to drop hong', () => line('dad', '在线：').startsWith('在线：主持人   '), () => screen('dad'), 10_000);
      // The bots' driver dies: a survivor takes the lease over.
      process.kill(tmux.pid('host'), 'SIGKILL');
      await until('dad to be alone and run the bots', () => line('dad', '在线：') === '在线：只有你   🤖 机器人在本终端运行', () => screen('dad'), 15_000);
      // Dead sessions' records are swept; the last one to leave takes its own and the lease.
      await press('dad', 'Escape');
      tmux.key('dad', 'q');
      await until('dad to end', () => !tmux.alive('dad'));
      expect(readdirSync(presenceDirOf(db))).toEqual([]);
      expect(readFileSync(join(dir, 'dad.err'), 'utf8').replace(/\u001b\[\?25h/g, '')).toBe('');

      // The file: every line once, one unit taken once, the clock moved three hours by three
      // sessions, the ledger whole.
      const store = await openFileStore(db, { init: () => { throw new Error('the file must exist'); } });
      const s = store.state();
      for (const text of ['dad-one', 'hong-one', 'mom-one']) expect(s.messages.filter((m) => m.text === text)).toHaveLength(1);
      const claims = s.events.filter((e) => e.type === 'claimed');
      expect(claims).toMatchObject([{ user: 'dad', packet: 'p0001' }]);
      expect(s.now).toBe(parseIso(DEFAULT_START)! + 3 * HOUR);
      const moves = s.events.filter((e) => e.type === 'clock').map((e) => (e as { mover?: { session: string } }).mover?.session);
      expect(moves).toHaveLength(3);
      expect(new Set(moves).size).toBe(3);
      expect(invariantViolations(s)).toEqual([]);
      await store.close();
      expect(existsSync(`${db}.lock`)).toBe(false);
    } finally {
      tmux.kill();
    }
  });
});
