import { afterEach, describe, expect, it } from 'vitest';
import { wholeGraphemeEdit } from '../../src/ui/components/TextField';
import { renderApp, type AppHarness } from './helpers';

it('Backspace never leaves half an emoji', () => {
  expect(wholeGraphemeEdit('ok😀', 'ok\ud83d')).toBe('ok');
  expect(wholeGraphemeEdit('ok👍🏽', 'ok👍\ud83c')).toBe('ok'); // ink-text-input removes one UTF-16 unit
  expect(wholeGraphemeEdit('abc', 'ab')).toBe('ab');
});

describe('a paste into a focused field', () => {
  let app: AppHarness | undefined;
  afterEach(() => app?.unmount());
  const input = () => (app!.runner.snapshot().ui.panes[1]!.stack.at(-1) as { input: string }).input;

  it('lands whole, in order, with the cursor after it: text mixed with escape sequences, controls, CJK and emoji', async () => {
    app = await renderApp({ users: ['mom', 'dad'], cols: 120, rows: 30 });
    await app.press('dad', 'enter'); // the chat line takes the keyboard
    // Ink splits this chunk at each escape sequence into several input events in one tick.
    await app.paste('dad', 'ab\u001b[31m新年\u001b[0m快乐🧧\u001b[1;5X🎉!?');
    expect(input()).toBe('ab新年快乐🧧🎉!?');
    // The cursor sits after the paste: the next key typed lands there.
    await app.type('dad', 'Z');
    expect(input()).toBe('ab新年快乐🧧🎉!?Z');
    await app.press('dad', 'backspace');
    // Into the middle: the cursor moved left twice, the paste goes there and the cursor after it,
    // the bytes the field does not keep (a bell, a zero-width space) not counted.
    await app.press('dad', 'left', 'left');
    await app.paste('dad', 'X\u001b[2J\u0007\u001b[31mY\u200b');
    expect(input()).toBe('ab新年快乐🧧🎉XY!?');
    await app.type('dad', 'Z');
    expect(input()).toBe('ab新年快乐🧧🎉XYZ!?');
    await app.press('dad', 'enter');
    expect(app.state().messages.at(-1)).toMatchObject({ from: 'dad', text: 'ab新年快乐🧧🎉XYZ!?' });
  });
});
