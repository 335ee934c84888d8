// The one sanitizer: what the panes drop and every printed output shows escaped.
import { describe, expect, it } from 'vitest';
import { jsonSafe, printable, printableText, quoted } from '../../src/text/sanitize';
import { displaySafe } from '../../src/ui/text/sanitize';
import { HOSTILE, rawUnsafe } from '../support/hostile';

describe('the hostile corpus', () => {
  it('has at least 50 strings', () => {
    expect(HOSTILE.length).toBeGreaterThanOrEqual(50);
  });
  it('is hostile: every string but the long ones and the names an object already has holds a raw unsafe character or a newline', () => {
    const benign = new Set(['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'x'.repeat(5000), '长'.repeat(3000)]);
    for (const s of HOSTILE) if (!benign.has(s)) expect(rawUnsafe(s) ?? (s.includes('\n') ? 'a newline' : null), JSON.stringify(s)).not.toBeNull();
  });
});

describe('printable (one printed line)', () => {
  it.each(HOSTILE.map((s) => [JSON.stringify(s).slice(0, 40), s]))('%s: nothing raw', (_, s) => {
    expect(rawUnsafe(printable(s))).toBeNull();
    expect(printable(s)).not.toContain('\n');
  });

  it('shows each character visibly, as JSON would write it', () => {
    expect(printable('\u001b]0;pwned\u0007\u001b[2JX')).toBe('\\u001b]0;pwned\\u0007\\u001b[2JX');
    expect(printable('a\nb\tc\rd')).toBe('a\\nb\\tc\\rd');
    expect(printable('\u009b2J')).toBe('\\u009b2J');
    expect(printable('abc\u202eexe')).toBe('abc\\u202eexe');
    expect(printable('\u2066x\u2069\u2028')).toBe('\\u2066x\\u2069\\u2028');
    expect(printable('\ud800!')).toBe('\\ud800!');
    expect(printable('\u{e0041}')).toBe('\\u{e0041}');
    expect(printable('del\u007f\u0000')).toBe('del\\u007f\\u0000');
  });

  it('leaves ordinary text alone: Chinese, emoji, an emoji joined by ZWJ, a backslash', () => {
    for (const s of ['相亲相爱一家人', '妈妈 ¥19.90 → 🎁', '👨‍👩‍👧 一家', '❤️', '👍🏽', 'C:\\path', '　全角空格']) expect(printable(s)).toBe(s);
  });

  it('shows a zero-width joiner that joins no emoji', () => {
    expect(printable('a\u200db')).toBe('a\\u200db');
    expect(printable('🎁\u200d')).toBe('🎁\\u200d');
  });
});

describe('printableText (several printed lines)', () => {
  it('keeps the newlines and shows everything else', () => {
    expect(printableText('line 1\nline \u001b[2J2\n')).toBe('line 1\nline \\u001b[2J2\n');
    for (const s of HOSTILE) expect(rawUnsafe(printableText(s))).toBeNull();
  });
  it('does not change what printable() made', () => {
    for (const s of HOSTILE) expect(printableText(printable(s))).toBe(printable(s));
  });
});

describe('jsonSafe (the --json document)', () => {
  it('escapes what JSON.stringify leaves raw, and the document reads back exactly', () => {
    const doc = { names: HOSTILE, nested: { [HOSTILE[0]!]: HOSTILE.slice(30, 40) } };
    const text = JSON.stringify(doc, null, 2);
    // JSON.stringify leaves DEL, C1, bidi, U+2028 and tags raw: that is why jsonSafe exists.
    expect(rawUnsafe(text)).not.toBeNull();
    const safe = jsonSafe(text);
    expect(rawUnsafe(safe)).toBeNull();
    expect(JSON.parse(safe)).toEqual(doc);
  });
  it('writes a tag character as its surrogate pair, and is safe on any slice of a document', () => {
    expect(jsonSafe('"\u{e0041}"')).toBe('"\\udb40\\udc41"');
    const text = JSON.stringify({ s: '🎁\u{e0041}\u202e' });
    for (let cut = 0; cut <= text.length; cut++) expect(JSON.parse(jsonSafe(text.slice(0, cut)) + jsonSafe(text.slice(cut)))).toEqual({ s: '🎁\u{e0041}\u202e' });
  });
});

describe('displaySafe (the panes) shares the core', () => {
  it.each(HOSTILE.map((s) => [JSON.stringify(s).slice(0, 40), s]))('%s: nothing raw, on one line', (_, s) => {
    const shown = displaySafe(s);
    expect(rawUnsafe(shown)).toBeNull();
    expect(shown).not.toMatch(/[\n\u200d]/);
  });
  it('drops a whole escape sequence, parameters and all', () => {
    expect(displaySafe('a\u001b]0;pwned\u0007b\u001b[2Jc\u001bP+q544e\u001b\\d')).toBe('abcd');
    expect(displaySafe('妈妈\u202e\u200b')).toBe('妈妈');
    expect(displaySafe('line\u2028sep\nx')).toBe('line sep x');
  });
});

describe('quoted', () => {
  it('quotes a value and cuts a long one', () => {
    expect(quoted('dance')).toBe('"dance"');
    expect(quoted('长'.repeat(100))).toBe(`"${'长'.repeat(60)}…"`);
    expect(quoted('🎁'.repeat(61))).toBe(`"${'🎁'.repeat(60)}…"`);
  });
});
