// Text from users (names, labels, notes, chat lines, file names, a scenario's own bytes) must
// never drive the terminal it is shown on: an escape sequence can clear the screen, retitle the
// window or forge a hyperlink; a bidi override can make a line read as something else; invisible
// characters can hide text. This module says once which characters those are, and what each
// front end does with them: the panes drop them (displaySafe, in src/ui/text/sanitize.ts), every
// printed output shows them as visible escapes (printable, printableText), and the --json
// document escapes them as JSON does (jsonSafe), so it stays exact.

/**
 * Characters never written raw: C0 and C1 controls and DEL (Cc), format characters (Cf: bidi
 * marks, overrides and isolates, zero-width characters, the BOM, the soft hyphen, tag
 * characters), lone surrogates (Cs), the line and paragraph separators (Zl, Zp), and the
 * characters that draw nothing although they are letters or marks (Hangul fillers, the
 * combining grapheme joiner, Khmer's inherent vowels), which make a name look empty.
 * Global, for replace(), which starts each search afresh (test() would resume where it stopped).
 */
const UNSAFE_CLASS = String.raw`\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}\u034f\u115f\u1160\u17b4\u17b5\u3164\uffa0`;
export const UNSAFE = new RegExp(`[${UNSAFE_CLASS}]`, 'gu');

/**
 * ESC-introduced sequences: CSI (`ESC [ … final`), the string sequences OSC, DCS, SOS, PM and
 * APC (`ESC ] … BEL or ST`, `ESC P …`, `ESC X …`, `ESC ^ …`, `ESC _ …`), and two-character
 * escapes. The panes drop a whole sequence, so that no parameters are left on the screen.
 * Global, like UNSAFE.
 */
// eslint-disable-next-line no-control-regex
export const ESCAPE_SEQUENCE = /\u001b(?:\[[0-?]*[ -/]*[@-~]|[\]PX^_][^\u0007\u001b]*(?:\u0007|\u001b\\)?|[@-Z\\-_])/g;

/** A zero-width joiner inside an emoji sequence (👨‍👩‍👧): it joins pictures, hides nothing. */
const EMOJI_JOINER = String.raw`(?<=\p{Extended_Pictographic}[\ufe0f\u{1f3fb}-\u{1f3ff}]?)\u200d(?=\p{Extended_Pictographic})`;
const PRINT_UNSAFE = new RegExp(`(${EMOJI_JOINER})|[${UNSAFE_CLASS}]`, 'gu');

/** The short escapes JSON and JavaScript readers know; every other character as \uXXXX. */
const SHORT: Record<string, string> = { '\b': '\\b', '\t': '\\t', '\n': '\\n', '\f': '\\f', '\r': '\\r' };
const hex4 = (unit: number) => `\\u${unit.toString(16).padStart(4, '0')}`;

/**
 * Ranges of the Basic Multilingual Plane that hold no unsafe character (test/text/sanitize.test.ts
 * checks each of their code points against the expressions above): the newline, printable ASCII,
 * Latin, punctuation, arrows and symbols, CJK and its punctuation, kana, Hangul, full-width forms.
 * Nearly every printed byte is one of these, and a plain character class finds the first that is
 * not many times faster than the Unicode-property expressions scan a multi-megabyte report.
 */
export const KNOWN_SAFE: ReadonlyArray<readonly [number, number]> = [
  [0x0a, 0x0a],
  [0x20, 0x7e],
  [0xa0, 0xac],
  [0xae, 0x2ff],
  [0x2010, 0x2027],
  [0x2030, 0x205e],
  [0x2070, 0x2bff],
  [0x3000, 0x3163],
  [0x3165, 0x318f],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xac00, 0xd7a3],
  [0xfe00, 0xfe0f],
  [0xff01, 0xff9f],
];
/** The high surrogates of U+1F000–U+1FBFF (emoji and pictographs: none unsafe), safe in a pair. */
export const EMOJI_HIGH: readonly [number, number] = [0xd83c, 0xd83e];
const NOT_KNOWN_SAFE = new RegExp(`[^${KNOWN_SAFE.map(([a, b]) => `${hex4(a)}-${hex4(b)}`).join('')}]`, 'g');

/** Whether every character of `text` is known safe (a newline included), or an emoji's pair. */
function knownSafe(text: string): boolean {
  NOT_KNOWN_SAFE.lastIndex = 0;
  for (;;) {
    const m = NOT_KNOWN_SAFE.exec(text);
    if (m === null) return true;
    const high = text.charCodeAt(m.index);
    const low = text.charCodeAt(m.index + 1);
    if (high < EMOJI_HIGH[0] || high > EMOJI_HIGH[1] || !(low >= 0xdc00 && low <= 0xdfff)) return false;
    NOT_KNOWN_SAFE.lastIndex = m.index + 2;
  }
}

/** How one unsafe character is shown: `\u001b`, `\n`, `\u{e0041}` beyond the BMP. */
export function visibleEscape(ch: string): string {
  const cp = ch.codePointAt(0)!;
  return SHORT[ch] ?? (cp > 0xffff ? `\\u{${cp.toString(16)}}` : hex4(cp));
}

const show = (keepNewlines: boolean) => (ch: string, joiner: string | undefined) =>
  joiner !== undefined || (keepNewlines && ch === '\n') ? ch : visibleEscape(ch);
const showAll = show(false);
const showKeepingNewlines = show(true);

/** One line of printed text: every unsafe character, newlines included, shown as an escape. */
export function printable(text: string): string {
  if (knownSafe(text) && !text.includes('\n')) return text;
  return text.replace(PRINT_UNSAFE, showAll);
}

/**
 * Printed text of several lines: the newlines stay (they are the printer's own), every other
 * unsafe character is shown as an escape. Text that came from a user goes through printable()
 * first, line by line, so that its own newlines cannot forge a line.
 */
export function printableText(text: string): string {
  if (knownSafe(text)) return text;
  return text.replace(PRINT_UNSAFE, showKeepingNewlines);
}

/**
 * A JSON text with every unsafe character escaped as JSON escapes (`\u202e`, a surrogate pair
 * for a tag character). JSON.stringify leaves DEL, C1 controls, bidi and format characters and
 * U+2028/2029 raw; inside a JSON text they can only be within strings, so escaping them keeps
 * the document's meaning exactly. Safe on any slice of a JSON text (a half of a surrogate pair
 * is escaped as itself, and the two escapes read back as the pair).
 */
/** Raw only between tokens in a JSON text (inside strings the encoder has escaped them). */
const JSON_WHITESPACE = new Set(['\t', '\n', '\r']);

export function jsonSafe(json: string): string {
  if (knownSafe(json)) return json;
  return json.replace(UNSAFE, (ch) => (JSON_WHITESPACE.has(ch) ? ch : Array.from({ length: ch.length }, (_, i) => hex4(ch.charCodeAt(i))).join('')));
}

/**
 * The known-safe characters that JSON.stringify also writes as they are: all of them but the
 * newline, the quote and the backslash. A string of these alone is its own JSON text, quoted.
 */
const PLAIN_JSON_STRING = new RegExp(
  `^[${KNOWN_SAFE.flatMap(([a, b]) => (a === 0x0a ? [] : a === 0x20 ? [[0x20, 0x21], [0x23, 0x5b], [0x5d, b]] : [[a, b]]))
    .map(([a, b]) => `${hex4(a!)}-${hex4(b!)}`)
    .join('')}]*$`,
);

/**
 * A string as the --json document writes it: jsonSafe(JSON.stringify(text)), the same bytes, so
 * that a document written string by string needs no pass of jsonSafe over the whole. Nearly every
 * string in a report (ids, labels, skus, times) is plain, and a plain string is only quoted.
 */
export function jsonString(text: string): string {
  // Printable ASCII but the quote and the backslash is found faster by looking than by the
  // expression, which then decides any other string.
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 || c > 0x7e || c === 0x22 || c === 0x5c) return PLAIN_JSON_STRING.test(text) ? `"${text}"` : jsonSafe(JSON.stringify(text));
  }
  return `"${text}"`;
}

/** A user's value quoted in a message, cut to `max` characters (a 1 MB field name is not echoed whole). */
export function quoted(value: string, max = 60): string {
  const chars = [...value];
  return `"${chars.length > max ? chars.slice(0, max).join('') + '…' : value}"`;
}
