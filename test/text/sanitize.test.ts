// The one sanitizer: what the panes drop and every printed output shows escaped.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { EMOJI_HIGH, jsonSafe, KNOWN_SAFE, printable, printableText, quoted, UNSAFE } from '../../src/text/sanitize';
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

describe('the fast path: text of known-safe characters is returned as it is', () => {
  const PRINT_JOINER = /(?<=\p{Extended_Pictographic}[\ufe0f\u{1f3fb}-\u{1f3ff}]?)\u200d(?=\p{Extended_Pictographic})/u;
  it('holds no unsafe character: every code point of the known-safe ranges and of the emoji planes', () => {
    const points: number[] = [];
    for (const [a, b] of KNOWN_SAFE) for (let cp = a; cp <= b; cp++) points.push(cp);
    const planeStart = 0x10000 + ((EMOJI_HIGH[0] - 0xd800) << 10);
    for (let cp = planeStart; cp < planeStart + ((EMOJI_HIGH[1] - EMOJI_HIGH[0] + 1) << 10); cp++) points.push(cp);
    expect(points.length).toBeGreaterThan(40_000);
    for (const cp of points) {
      const ch = String.fromCodePoint(cp);
      UNSAFE.lastIndex = 0;
      if (UNSAFE.test(ch) && ch !== '\n') throw new Error(`U+${cp.toString(16)} is unsafe but listed as known safe`);
      if (PRINT_JOINER.test(ch)) throw new Error(`U+${cp.toString(16)} is a joiner`);
    }
  });
  // The same answers as the full expressions, on text mixing safe, unsafe and emoji characters.
  const slowJson = (s: string) => s.replace(UNSAFE, (ch) => (ch === '\t' || ch === '\n' || ch === '\r' ? ch : [...Array(ch.length).keys()].map((i) => `\\u${ch.charCodeAt(i).toString(16).padStart(4, '0')}`).join('')));
  const pieces = fc.constantFrom('a', '妈', '¥', '→', '✗', '💬', '🎁', '👨\u200d👩', '\n', '\t', '\u001b[2J', '\u202e', '\u200b', '\ud83c', '\udc00', '\u{e0041}', '\u3164', '\u00ad', '\u2028', '\u0085');
  it('printable, printableText and jsonSafe agree with the full expressions', () => {
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 12 }), (parts) => {
        const s = parts.join('');
        expect(jsonSafe(s)).toBe(slowJson(s));
        expect(rawUnsafe(printable(s))).toBeNull();
        expect(printable(s).includes('\n')).toBe(false);
        expect(rawUnsafe(printableText(s))).toBeNull();
        if (parts.every((p) => ['a', '妈', '¥', '→', '✗', '💬', '🎁', '\n'].includes(p))) {
          expect(printableText(s)).toBe(s);
          expect(printable(s)).toBe(s.replaceAll('\n', '\\n'));
        }
      }),
      { numRuns: 2000 },
    );
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
