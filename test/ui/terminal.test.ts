// The terminal itself: the enlarge message on a small window and back on resize; hostile text
// typed and pasted into the chat line never reaches the terminal raw and never bends a border.
import stringWidth from 'string-width';
import { afterEach, describe, expect, it } from 'vitest';
import { frameFor } from '../../src/ui/layout';
import { plain, renderApp, sliceColumns, type AppHarness } from './helpers';

let app: AppHarness | undefined;
afterEach(() => {
  app?.unmount();
  app = undefined;
});

describe('a small terminal', () => {
  it('says to enlarge it (English), shows the panes once resized, and says it again when made small again', async () => {
    app = await renderApp({ users: ['mom', 'dad', 'ming'], cols: 50, rows: 15, lang: 'en' });
    expect(app.frame()).toContain('Please enlarge the terminal');
    expect(app.frame()).toContain('50×15 → 30×20');
    expect(app.frame()).toContain('--users');
    expect(app.frame()).not.toContain('Mom');
    await app.resize(160, 45);
    await app.waitFor('1 👥');
    expect(app.frame()).not.toContain('Please enlarge');
    expect(app.pane('ming')).toContain('3 👥');
    // Three panes of 53 columns share the 160.
    const top = plain(app.stdout.lastFrame())[0]!;
    expect(stringWidth(top)).toBe(159);
    expect(top.startsWith('╭') || top.startsWith('┏')).toBe(true);
    // Keys work after the resize.
    await app.press('dad', { text: 'g' });
    await app.waitFor('Gift shop', { user: 'dad' });
    await app.resize(80, 30); // too narrow for three panes: two are shown, the focused one among them
    await app.waitFor('Gift shop', { user: 'dad' });
    expect(app.frame()).not.toContain('Please enlarge');
    expect(app.shown()).toEqual(['mom', 'dad']);
    await app.resize(25, 30); // not even one pane
    await app.waitFor('Please enlarge');
    expect(app.frame()).toContain('25×30 → 30×20');
    await app.resize(120, 40);
    await app.waitFor('Gift shop', { user: 'dad' }); // the screen was kept
    expect(app.shown()).toEqual(['mom', 'dad', 'ming']);
  });

  it('says it in Chinese too, when too short', async () => {
    app = await renderApp({ users: ['mom', 'dad'], cols: 120, rows: 12 });
    expect(app.frame()).toContain('请把终端窗口放大');
    await app.resize(120, 30);
    await app.waitFor('妈妈 · 零钱');
    expect(app.frame()).not.toContain('请把终端窗口放大');
  });
});

// eslint-disable-next-line no-control-regex
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const BORDERS = /[│┃╭╮╰╯┏┓┗┛]/;

/** Every pane row: the full width, and each pane's side borders at the same columns. */
function checkStraight(frame: string, cols: number, rows: number, panes: number) {
  const f = frameFor(cols, rows, panes);
  const lines = plain(frame);
  expect(lines.length).toBeGreaterThanOrEqual(f.height);
  for (const [y, line] of lines.entries()) expect(stringWidth(line), `line ${y} is wider than the terminal:\n${line}`).toBeLessThanOrEqual(cols);
  for (let y = 0; y < f.paneHeight; y++) {
    const line = lines[y]!;
    expect(stringWidth(line), `pane row ${y} has the wrong width:\n${lines.join('\n')}`).toBe(f.paneWidth * panes);
    for (let i = 0; i < panes; i++) {
      const left = sliceColumns(line, i * f.paneWidth, i * f.paneWidth + 1);
      const right = sliceColumns(line, (i + 1) * f.paneWidth - 1, (i + 1) * f.paneWidth);
      if (y === 0 || y === f.paneHeight - 1) continue; // the top and bottom border rows
      expect(left, `pane ${i} row ${y}: left border moved:\n${lines.join('\n')}`).toMatch(BORDERS);
      expect(right, `pane ${i} row ${y}: right border moved:\n${lines.join('\n')}`).toMatch(BORDERS);
    }
  }
}

describe('hostile text in the chat line', () => {
  it('escape sequences, controls, a 10,000-character paste, invisible marks and a ZWJ emoji: no raw escapes, straight borders, Backspace takes whole emoji', async () => {
    const cols = 120;
    const rows = 40;
    const users = ['mom', 'dad', 'ming'];
    app = await renderApp({ users, cols, rows });
    const first = app.stdout.frames.length;

    await app.press('dad', 'enter'); // the chat line takes the keyboard, and keeps it after each send
    const input = () => (app!.runner.snapshot().ui.panes[1]!.stack.at(-1) as { input: string }).input;
    // 1. Escape sequences: a colour and a clear-screen (ink 6.8 crashed on ESC[31m), an OSC title,
    //    sequences that are no key (ctrl-modified unknown, SGR mouse, reset).
    await app.paste('dad', '\u001b[31mRED\u001b[2J');
    expect(input()).toBe('RED');
    await app.press('dad', 'enter');
    await app.waitFor('RED', { user: 'dad' });
    await app.paste('dad', '\u001b]0;pwned\u0007');
    await app.paste('dad', ' \u001b[1;5X\u001b[<0;10;10M\u001b[0m!');
    await app.press('dad', 'enter');
    // 2. Control characters.
    await app.paste('dad', 'a\u0000b\u0007c\u0008d\u007fe\u009bf');
    expect(input()).toMatch(/^a.*f$/);
    await app.press('dad', 'enter');
    // 3. Zero-width and right-to-left marks, and a family emoji joined with ZWJ.
    await app.paste('dad', 'L\u200bR\u202eevil\u202c 👨‍👩‍👧 end');
    expect(input()).not.toMatch(/[\u200b\u200d\u202c\u202e]/);
    await app.press('dad', 'enter');
    await app.waitFor('end', { user: 'dad' });
    // 4. A 10,000-character paste: cut to what the line takes, the layout unmoved.
    await app.paste('dad', '长'.repeat(5000) + 'w'.repeat(5000));
    expect(input()).toHaveLength(200);
    await app.press('dad', 'enter');
    // 5. Backspace after an emoji removes the whole emoji.
    await app.type('dad', 'ok😀');
    await app.press('dad', 'backspace');
    expect(input()).toBe('ok');
    await app.type('dad', '👍🏽');
    await app.press('dad', 'backspace');
    expect(input()).toBe('ok');
    await app.type('dad', '🎉');
    await app.press('dad', 'enter');
    await app.waitFor('ok🎉', { user: 'dad' });

    // What was said, as the engine stored it: no escapes, controls, marks, lone surrogates.
    const said = app.state().messages.filter((m) => m.from === 'dad').map((m) => m.text);
    expect(said).toHaveLength(6);
    for (const text of said) {
      expect(text).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
      expect(text).not.toMatch(/[\u200b-\u200f\u202a-\u202e]/);
      expect(text).not.toMatch(LONE_SURROGATE);
    }
    expect(said[0]).toBe('RED');
    // Chunks that ink splits into several input events: the pieces land whole and in order (the
    // OSC's introducer is read as Meta+], its body as text; the stray sequences are dropped).
    expect(said[1]).toBe(']0;pwned !');
    expect(said[2]).toBe('abcdef');
    expect(said[3]).toBe('LRevil 👨👩👧 end');
    expect(said[4]).toBe('长'.repeat(200));
    expect(said[0]).not.toContain('[2J');
    expect(said[5]).toBe('ok🎉');
    // The other panes see the same, cleaned.
    expect(app.pane('mom')).toContain('ok🎉');

    const frames = [...new Set(app.stdout.frames.slice(first))];
    expect(frames.length).toBeGreaterThan(10);
    for (const frame of frames) {
      // Ink's colours (CSI … m) are the only escapes in a frame.
      expect(frame).not.toContain('\u001b[2J');
      expect(frame).not.toContain('\u001b]');
      // eslint-disable-next-line no-control-regex
      const escapes = frame.match(/\u001b\[[0-9;]*[A-Za-z]/g) ?? [];
      for (const e of escapes) expect(e).toMatch(/m$/);
      // eslint-disable-next-line no-control-regex
      expect(frame.replace(/\u001b\[[0-9;]*m/g, '')).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
      expect(frame).not.toMatch(LONE_SURROGATE);
      expect(frame).not.toMatch(/[\u200b\u202e]/);
      checkStraight(frame, cols, rows, users.length);
    }
  });
});
