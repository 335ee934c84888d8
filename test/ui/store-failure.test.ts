// A store failure is shown, never swallowed: two sessions on one data file, the file made
// corrupt under them. The pane that acted says so and names the file, the screen does not
// pretend the action happened, and once the file is good again the next action works.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { DEFAULT_START, parseIso } from '../../src/domain/time';
import { initialState } from '../../src/domain/world';
import { openFileStore } from '../../src/store';
import { bundledWorld } from '../../src/world-file';
import { renderApp } from './helpers';

it('a corrupt data file: t and a chat line are refused in the pane, naming the file; a good file again and they work', async () => {
  const db = join(mkdtempSync(join(tmpdir(), 'bp-corrupt-')), 'db.json');
  const init = () => initialState(bundledWorld(), 'corrupt', parseIso(DEFAULT_START)!);
  const mine = await openFileStore(db, { init });
  const other = await openFileStore(db, { init }); // a second session on the same file
  const app = await renderApp({ store: mine, users: ['mom', 'dad'], cols: 120, rows: 30 });
  try {
    const good = readFileSync(db, 'utf8');
    const now = app.state().now;
    writeFileSync(db, 'garbage{');

    // t: the clock does not move, and the pane says why, naming the file.
    await app.press('mom', { text: 't' });
    await app.waitFor('数据文件已损坏', { user: 'mom' });
    expect(app.pane('mom')).toContain(db.slice(-20));
    expect(app.state().now).toBe(now);
    expect(app.frame()).not.toContain('时间 →');

    // A chat line: not said, and still in the input line to send again.
    await app.press('dad', 'enter');
    await app.type('dad', '新年好');
    await app.press('dad', 'enter');
    await app.waitFor('数据文件已损坏', { user: 'dad' });
    expect(app.state().messages.some((m) => m.text === '新年好')).toBe(false);
    expect(app.pane('dad')).toContain('› 新年好');
    expect(readFileSync(db, 'utf8')).toBe('garbage{'); // the broken file is kept as it was

    // The file is good again: the same actions work, and the alerts go.
    writeFileSync(db, good);
    await app.press('dad', 'enter');
    await app.waitFor('新年好', { user: 'mom' });
    expect(app.pane('dad')).not.toContain('数据文件已损坏');
    expect(app.state().messages.at(-1)).toMatchObject({ from: 'dad', text: '新年好' });
    await app.press('dad', 'esc');
    await app.press('mom', { text: 't' });
    await app.waitFor('时间 →');
    expect(app.state().now).toBe(now + 3_600_000);
    expect(app.pane('mom')).not.toContain('数据文件已损坏');
    // The other session reads what this one wrote.
    await other.refresh();
    expect(other.state().now).toBe(now + 3_600_000);
  } finally {
    app.unmount();
    await mine.close();
    await other.close();
  }
});

it('the refresh poll says a corrupt file in the focused pane, and clears it when the file is good', async () => {
  const db = join(mkdtempSync(join(tmpdir(), 'bp-corrupt-poll-')), 'db.json');
  const store = await openFileStore(db, { init: () => initialState(bundledWorld(), 'poll', parseIso(DEFAULT_START)!) });
  const app = await renderApp({ store, users: ['mom', 'dad'], cols: 120, rows: 30, lang: 'en' });
  try {
    const good = readFileSync(db, 'utf8');
    writeFileSync(db, 'garbage{');
    await app.runner.refresh();
    await app.waitFor('the data file is damaged', { user: 'mom' });
    writeFileSync(db, good);
    await app.runner.refresh();
    await app.idle();
    expect(app.pane('mom')).not.toContain('damaged');
  } finally {
    app.unmount();
    await store.close();
  }
});
