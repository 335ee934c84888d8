import { expect, it } from 'vitest';
import { rebase, wholeGraphemeEdit } from '../../src/ui/components/TextField';

it('rebase re-applies an edit made against a stale value onto the latest one', () => {
  expect(rebase('ab', 'abc', 'ab')).toBe('abc'); // not stale: as is
  expect(rebase('', 'x', 'RED')).toBe('REDx'); // a second key of one chunk: appended, not lost
  expect(rebase('abc', 'ab', 'abcd')).toBe('abc'); // a Backspace at the end takes the latest's last
});

it('Backspace never leaves half an emoji', () => {
  expect(wholeGraphemeEdit('ok😀', 'ok\ud83d')).toBe('ok');
  expect(wholeGraphemeEdit('ok👍🏽', 'ok👍\ud83c')).toBe('ok'); // ink-text-input removes one UTF-16 unit
  expect(wholeGraphemeEdit('abc', 'ab')).toBe('ab');
});
