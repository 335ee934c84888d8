// The session as a presenter meets it: no terminal, and quitting and starting again.
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { DEFAULT_START, parseIso, toIso } from '../../src/domain/time';
import { initialState } from '../../src/domain/world';
import { openFileStore } from '../../src/store';
import { renderApp } from '../../src/testing';
import { bundledWorld } from '../../src/world-file';

const BIN = join(__dirname, '../../bin/bluepacket');

it('without a TTY it exits 2 with one line pointing to `play`, no stack trace', () => {
  const r = spawnSync(process.execPath, [BIN, '--db', join(mkdtempSync(join(tmpdir(), 'bp-notty-')), 'db.json')], { encoding: 'utf8', input: '' });
  expect(r.status).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr.trim().split('\n')).toHaveLength(1);
  expect(r.stderr).toContain('bin/bluepacket play');
  expect(r.stderr).not.toMatch(/at .*\.js:\d+/);
});

it('quit and start again: the same chats, cards, wallets and clock', async () => {
  const db = join(mkdtempSync(join(tmpdir(), 'bp-persist-')), 'db.json');
  const init = () => initialState(bundledWorld(), 'persist', parseIso(DEFAULT_START)!);
  const store = await openFileStore(db, { init });
  const app = await renderApp({ store, users: ['mom', 'dad'], cols: 120, rows: 40 });
  await app.press('mom', { text: 'g' }, 'enter', 'enter', 'down', 'enter', 'down', 'down', 'enter', 'enter');
  await app.waitFor('可领取', { user: 'dad' });
  await app.press('dad', 'enter', { text: '新年好' }, 'enter', 'esc');
  await app.advance('1h');
  const before = { pane: app.pane('dad'), wallets: { ...app.state().wallets }, now: app.state().now };
  app.unmount();
  await store.close();

  const again = await openFileStore(db, { init });
  const app2 = await renderApp({ store: again, users: ['mom', 'dad'], cols: 120, rows: 40 });
  expect(toIso(app2.state().now)).toBe(toIso(before.now));
  expect(app2.state().wallets).toEqual(before.wallets);
  // The same screen, but for the focus border (the new session focuses the first pane).
  const unfocus = (t: string) => t.replace(/[┃┏┓┗┛━]/g, (ch) => ({ '┃': '│', '┏': '╭', '┓': '╮', '┗': '╰', '┛': '╯', '━': '─' })[ch]!);
  expect(unfocus(app2.pane('dad'))).toBe(unfocus(before.pane));
  expect(app2.pane('dad')).toContain('新年好');
  expect(app2.pane('dad')).toContain('可领取');
  app2.unmount();
  await again.close();
});
