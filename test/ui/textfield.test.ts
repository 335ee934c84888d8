import { expect, it } from 'vitest';
import { wholeGraphemeEdit } from '../../src/ui/components/TextField';

it('Backspace never leaves half an emoji', () => {
  expect(wholeGraphemeEdit('ok😀', 'ok\ud83d')).toBe('ok');
  expect(wholeGraphemeEdit('ok👍🏽', 'ok👍\ud83c')).toBe('ok'); // ink-text-input removes one UTF-16 unit
  expect(wholeGraphemeEdit('abc', 'ab')).toBe('ab');
});
