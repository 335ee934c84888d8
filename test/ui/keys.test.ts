// The keyboard: the help overlay, moving between panes, Esc, q, and a status bar that lists the
// keys that work now.
import { afterEach, describe, expect, it } from 'vitest';
import { isStrayEscape } from '../../src/ui/keys/input-guard';
import { plain, renderApp, type AppHarness } from './helpers';

let app: AppHarness | undefined;
afterEach(() => {
  app?.unmount();
  app = undefined;
});

const USERS = ['mom', 'dad', 'ming'];
const focus = () => app!.runner.snapshot().ui.focus;
/** The status bar's key line: the frame's last line. */
const keyLine = () => {
  const lines = plain(app!.stdout.lastFrame()).filter((l) => l.trim() !== '');
  return lines[lines.length - 1]!;
};
/** The pane whose border is drawn bold (┏): the focused one. */
const boldPane = () => {
  const top = plain(app!.stdout.lastFrame())[0]!;
  return [...top.matchAll(/[┏╭]/g)].findIndex((m) => m[0] === '┏');
};

describe('keys', () => {
  it('? opens the help listing the key table; any key closes it and does nothing else', async () => {
    app = await renderApp({ users: USERS, cols: 120, rows: 40 });
    await app.press('mom', { text: '?' });
    await app.waitFor('帮助 · 按任意键关闭');
    const help = app.frame();
    for (const row of ['g       选礼物', 't       时间 +1小时', 'Tab     下一个人', 'Esc     返回', 'q       退出', '/       搜索', 'a       再加一件'])
      expect(help).toContain(row);
    expect(help).not.toContain('1 👥'); // the panes are covered
    expect(keyLine()).toContain('任意键关闭帮助');
    await app.press('mom', { text: 'g' }); // closes the help; does not open the shop
    await app.waitFor('1 👥');
    expect(app.frame()).not.toContain('按任意键关闭');
    expect(app.pane('mom')).not.toContain('🔍');
    expect(app.runner.snapshot().ui.panes[0]!.stack).toHaveLength(1);
  });

  it('Tab, Shift-Tab and the number keys move between panes', async () => {
    app = await renderApp({ users: USERS, cols: 120, rows: 40 });
    expect(focus()).toBe(0);
    expect(boldPane()).toBe(0);
    await app.press('mom', 'tab');
    expect(focus()).toBe(1);
    await app.waitFor(/┃2 👥/);
    expect(boldPane()).toBe(1);
    await app.press('dad', 'tab');
    expect(focus()).toBe(2);
    await app.press('ming', 'tab'); // wraps round
    expect(focus()).toBe(0);
    await app.press('mom', 'shift-tab'); // and back the other way
    expect(focus()).toBe(2);
    expect(boldPane()).toBe(2);
    await app.press('ming', { text: '2' });
    expect(focus()).toBe(1);
    await app.press('dad', { text: '9' }); // no ninth pane: nothing happens
    expect(focus()).toBe(1);
    // A key goes to the focused pane only.
    await app.press('dad', { text: 'g' });
    await app.waitFor('选礼物', { user: 'dad' });
    expect(app.pane('mom')).not.toContain('🔍');
    expect(app.pane('ming')).not.toContain('🔍');
  });

  it('Esc backs out one screen at a time', async () => {
    app = await renderApp({ users: USERS, cols: 120, rows: 40 });
    await app.press('mom', { text: 'g' });
    await app.waitFor('🔍', { user: 'mom' });
    await app.press('mom', 'enter'); // the first product
    await app.waitFor('选规格', { user: 'mom' });
    await app.press('mom', 'enter');
    await app.waitFor('怎么送', { user: 'mom' });
    await app.press('mom', 'esc');
    await app.waitFor('选规格', { user: 'mom' });
    await app.press('mom', 'esc');
    await app.waitFor('🔍', { user: 'mom' });
    await app.press('mom', 'esc');
    await app.waitFor('还没有消息', { user: 'mom' });
    expect(app.runner.snapshot().ui.panes[0]!.stack).toHaveLength(1);
    // Esc in a text field ends the typing and keeps the screen.
    await app.press('mom', { text: 'g' }, { text: '/' });
    await app.type('mom', 'cake');
    await app.press('mom', 'esc');
    await app.waitFor('蛋糕', { user: 'mom' });
    expect(app.runner.snapshot().ui.panes[0]!.stack.at(-1)).toMatchObject({ kind: 'shop', editing: null, query: 'cake' });
  });

  it('q is typed as text while the chat line has focus, and quits otherwise', async () => {
    app = await renderApp({ users: USERS, cols: 120, rows: 40 });
    let quits = 0;
    app.runner.onQuit(() => quits++);
    await app.press('mom', 'enter'); // the chat line takes the keyboard
    await app.type('mom', 'qq');
    await app.waitFor('› qq', { user: 'mom' });
    expect(quits).toBe(0);
    // Digits are text too: they do not move to another pane.
    await app.type('mom', '2');
    expect(focus()).toBe(0);
    await app.press('mom', 'enter');
    await app.waitFor('qq2', { user: 'dad' });
    expect(app.state().messages.at(-1)).toMatchObject({ from: 'mom', text: 'qq2' });
    await app.press('mom', 'esc'); // stop typing
    // In the shop's search field q is text as well.
    await app.press('mom', { text: 'g' }, { text: '/' });
    await app.type('mom', 'q');
    expect(quits).toBe(0);
    await app.press('mom', 'esc', 'esc'); // stop typing, leave the shop
    await app.press('mom', { text: 'q' });
    expect(quits).toBe(1);
  });

  it('the status bar lists the keys that work now', async () => {
    app = await renderApp({ users: USERS, cols: 160, rows: 45 });
    expect(keyLine()).toContain('g 选礼物');
    expect(keyLine()).toContain('c 切换聊天');
    expect(keyLine()).toContain('q 退出');
    await app.press('mom', { text: 'g' });
    await app.waitFor('/ 搜索');
    expect(keyLine()).toContain('/ 搜索');
    expect(keyLine()).toContain('Esc 返回');
    expect(keyLine()).not.toContain('g 选礼物');
    // While typing: only the keys a text field answers; q and the clock keys are text.
    await app.press('mom', { text: '/' });
    await app.waitFor('Esc 结束输入');
    expect(keyLine()).not.toContain('q 退出');
    expect(keyLine()).not.toContain('t 时间');
    await app.press('mom', 'esc', 'esc');
    await app.waitFor('g 选礼物');
    // The lucky bag form offers a; the grab form does not.
    await app.press('mom', { text: 'g' }, 'enter', 'enter', 'down', 'down', 'down', 'enter');
    await app.waitFor('拼手气礼物袋', { user: 'mom' });
    expect(keyLine()).toContain('a 再加一件');
    await app.press('mom', 'esc', 'up', 'up', 'enter');
    await app.waitFor('群发礼物', { user: 'mom' });
    expect(keyLine()).not.toContain('a 再加一件');
    expect(keyLine()).toContain('+ 增加');
  });

  it('the input guard drops escape sequences that are no key and keeps the keys', () => {
    for (const stray of ['\u001b[31m', '\u001b[0m', '\u001b[2J', '\u001b[1;5X', '\u001b[<0;10;10M']) expect(isStrayEscape(stray)).toBe(true);
    for (const key of ['\u001b[A', '\u001b[1;5A', '\u001b[Z', '\u001b[3~', '\u001b[5~', '\u001b[H', '\u001b', '\r', 'a', '[31m']) expect(isStrayEscape(key)).toBe(false);
  });
});
