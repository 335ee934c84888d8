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
  return text.replace(PRINT_UNSAFE, showAll);
}

/**
 * Printed text of several lines: the newlines stay (they are the printer's own), every other
 * unsafe character is shown as an escape. Text that came from a user goes through printable()
 * first, line by line, so that its own newlines cannot forge a line.
 */
export function printableText(text: string): string {
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
  return json.replace(UNSAFE, (ch) => (JSON_WHITESPACE.has(ch) ? ch : Array.from({ length: ch.length }, (_, i) => hex4(ch.charCodeAt(i))).join('')));
}
/** A user's value quoted in a message, cut to `max` characters (a 1 MB field name is not echoed whole). */
export function quoted(value: string, max = 60): string {
  const chars = [...value];
  return `"${chars.length > max ? chars.slice(0, max).join('') + '…' : value}"`;
}
