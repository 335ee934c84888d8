import { describe, expect, it } from 'vitest';
import { addressProblems, charLength, cleanAddress, hasControl, isValidAddress, maskPhone } from '../../src/domain/address';
import type { Address } from '../../src/domain/types';

const ok: Address = { name: '王丽', phone: '13800138000', region: '上海市 浦东新区', detail: '世纪大道100号' };
const problems = (a: unknown) => addressProblems(a).map((p) => `${p.field}:${p.problem}`);

describe('address validation', () => {
  it('accepts a good address', () => {
    expect(problems(ok)).toEqual([]);
    expect(isValidAddress(ok)).toBe(true);
  });

  it.each([
    ['a one-character name', { name: '王' }],
    ['a 20-character name', { name: '王'.repeat(20) }],
    ['a 20-emoji name (graphemes, not UTF-16 units)', { name: '👨‍👩‍👧'.repeat(20) }],
    ['a Latin name with spaces', { name: 'Li  Ming' }],
    ['surrounding spaces (trimmed)', { name: '  王丽  ', phone: ' 13800138000 ' }],
    ['every second digit 3–9', { phone: '19912345678' }],
    ['a 5-character detail', { detail: '12345' }],
    ['a 120-character detail', { detail: '路'.repeat(120) }],
    ['a one-character region', { region: '沪' }],
  ])('accepts %s', (_, patch) => {
    expect(problems({ ...ok, ...patch })).toEqual([]);
  });

  it.each([
    ['an empty name', { name: '' }, 'name:empty'],
    ['a blank name', { name: '   ' }, 'name:empty'],
    ['a 21-character name', { name: '王'.repeat(21) }, 'name:length'],
    ['a missing phone', { phone: undefined }, 'phone:empty'],
    ['a phone starting 12', { phone: '12800138000' }, 'phone:format'],
    ['a phone starting 2', { phone: '23800138000' }, 'phone:format'],
    ['a 10-digit phone', { phone: '1380013800' }, 'phone:format'],
    ['a 12-digit phone', { phone: '138001380000' }, 'phone:format'],
    ['a phone with a dash', { phone: '138-0013-8000' }, 'phone:format'],
    ['a phone with +86', { phone: '+8613800138000' }, 'phone:format'],
    ['full-width digits', { phone: '１３８００１３８０００' }, 'phone:format'],
    ['a number for the phone', { phone: 13800138000 }, 'phone:empty'],
    ['an empty region', { region: '' }, 'region:empty'],
    ['a 41-character region', { region: '省'.repeat(41) }, 'region:length'],
    ['a 4-character detail', { detail: '1234' }, 'detail:length'],
    ['a detail of 4 after trimming', { detail: '  1234  ' }, 'detail:length'],
    ['a 121-character detail', { detail: '路'.repeat(121) }, 'detail:length'],
    ['a newline in the detail', { detail: '世纪大道\n100号' }, 'detail:control'],
    ['a tab in the name', { name: '王\t丽' }, 'name:control'],
    ['NUL', { name: '王\u0000丽' }, 'name:control'],
    ['DEL', { region: '上海\u007f' }, 'region:control'],
    ['an ANSI escape sequence', { detail: '\u001b[2J\u001b[H世纪大道100号' }, 'detail:control'],
    ['an OSC hyperlink escape', { detail: '\u001b]8;;http://x\u0007世纪大道100号' }, 'detail:control'],
    ['a C1 CSI', { detail: '\u009b31m世纪大道100号' }, 'detail:control'],
    ['a right-to-left override', { name: '王\u202e丽' }, 'name:control'],
    ['a left-to-right embedding', { name: '\u202a王丽' }, 'name:control'],
    ['a right-to-left mark', { detail: '世纪大道\u200f100号' }, 'detail:control'],
    ['a left-to-right mark', { detail: '世纪大道\u200e100号' }, 'detail:control'],
    ['an Arabic letter mark', { detail: '世纪大道\u061c100号' }, 'detail:control'],
    ['a first-strong isolate', { region: '上海\u2068市' }, 'region:control'],
    ['a pop directional isolate', { region: '上海\u2069市' }, 'region:control'],
    ['a line separator', { detail: '世纪大道\u2028100号' }, 'detail:control'],
  ])('refuses %s', (_, patch, problem) => {
    const a = { ...ok, ...patch };
    expect(problems(a)).toEqual([problem]);
    expect(isValidAddress(a)).toBe(false);
  });

  it('reports every field at fault, in form order', () => {
    expect(problems({ name: '', phone: '1', region: '', detail: '' })).toEqual(['name:empty', 'phone:format', 'region:empty', 'detail:empty']);
  });

  it('refuses what is not an address at all', () => {
    for (const x of [null, undefined, 'addr', 42, []]) expect(isValidAddress(x)).toBe(false);
  });

  it('cleanAddress trims and keeps only the four fields', () => {
    expect(cleanAddress({ ...ok, name: ' 王丽 ', extra: 'x' } as Address)).toEqual(ok);
  });

  it('charLength counts user-perceived characters', () => {
    expect(charLength('abc')).toBe(3);
    expect(charLength('新年快乐')).toBe(4);
    expect(charLength('🧧')).toBe(1);
    expect(charLength('👨‍👩‍👧')).toBe(1);
    expect(charLength('é')).toBe(1); // e + combining acute
  });

  it('hasControl spots controls, escapes and bidi marks anywhere in text', () => {
    expect(hasControl('新年快乐 Happy 🧧')).toBe(false);
    for (const c of ['\u0000', '\u0007', '\n', '\r', '\u001b', '\u007f', '\u0085', '\u009b', '\u200e', '\u200f', '\u061c', '\u202a', '\u202e', '\u2066', '\u2069', '\u2028', '\u2029'])
      expect(hasControl(`a${c}b`), JSON.stringify(c)).toBe(true);
  });

  it('maskPhone hides the middle', () => {
    expect(maskPhone('13800138000')).toBe('138****8000');
    expect(maskPhone('123')).toBe('***');
  });
});
