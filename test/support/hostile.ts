// Strings an attacker would put in a scenario file, a world or an argument: escape sequences
// that clear the screen or retitle the window, C1 controls, bidi overrides that reorder a line,
// invisible characters that hide text, lone surrogates, and the like. Every output path is
// tested with each of them.

const ESC = '\u001b';
const BEL = '\u0007';
const ST = `${ESC}\\`;

export const HOSTILE: readonly string[] = [
  // ESC sequences: CSI, OSC, DCS, SOS, PM, APC, two-character escapes
  `${ESC}[2J${ESC}[H`,
  `${ESC}[31mred${ESC}[0m`,
  `${ESC}]0;pwned${BEL}`,
  `${ESC}]0;pwned${BEL}${ESC}[2JX`,
  `${ESC}]8;;https://evil.example${ST}click${ESC}]8;;${ST}`,
  `${ESC}]52;c;cm0gLXJmIH4=${BEL}`,
  `${ESC}P+q544e${ST}`,
  `${ESC}Xsos${ST}`,
  `${ESC}^pm${ST}`,
  `${ESC}_apc${ST}`,
  `${ESC}c`,
  `${ESC}7${ESC}8`,
  `${ESC}[6n`,
  `${ESC}[?1049h`,
  `${ESC}[1;1H${ESC}[K`,
  `${ESC}`,
  `${ESC}[`,
  `${ESC}]unterminated`,
  // C0 controls, DEL
  '\u0000nul',
  'bell\u0007',
  'back\u0008space',
  'tab\there',
  'new\nline',
  'carriage\rreturn',
  'vt\u000bff\u000c',
  '\u000e\u000fshift',
  'del\u007f',
  '\u001a\u001c\u001d\u001e\u001f',
  // C1 controls
  '\u009b2J',
  '\u009d0;title\u009c',
  '\u0090dcs\u009c',
  '\u0085nel',
  '\u0080\u0081\u009f',
  // bidi marks, embeddings, overrides, isolates
  'abc\u202eevil.exe',
  '\u202adir\u202c',
  '\u202bx\u202dy\u202c',
  '\u2066isolate\u2069',
  '\u2067rtl\u2069',
  '\u2068first\u2069',
  '\u200e\u200flrm-rlm',
  '\u061cALM',
  // zero-width, BOM, soft hyphen, word joiner, invisible operators, tags
  'zero\u200bwidth',
  'zw\u200cnj\u200dj',
  '\ufeffbom',
  'soft\u00adhyphen',
  'word\u2060joiner\u2061\u2062\u2063\u2064',
  '\u{e0001}\u{e0068}\u{e0069}\u{e0064}\u{e0065}\u{e007f}tags',
  '\u180emongolian',
  '\ufff9anchor\ufffa\ufffb',
  // line and paragraph separators
  'line\u2028sep',
  'para\u2029sep',
  // lone surrogates
  '\ud800lone-high',
  'lone-low\udc00',
  '\udbff\udbff',
  // invisible letters and marks
  '\u3164\u115f\u1160\uffa0',
  'cgj\u034f',
  // long, and names an object may already have
  'x'.repeat(5000),
  `${ESC}[2J`.repeat(1000),
  '长'.repeat(3000),
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  // mixed
  `妈妈${ESC}[8m隐藏\u202e\u200b`,
  `🎁\u200d${ESC}[1m`,
];

/**
 * Characters that must never reach a terminal raw. Written here, apart from the code under
 * test, so that the tests do not check the sanitizer against itself: C0 except the newline, DEL
 * and C1, format characters (bidi, zero-width, BOM, tags…), lone surrogates, the line and
 * paragraph separators, and invisible fillers. A zero-width joiner between two pictographs
 * joins an emoji and is allowed.
 */
const RAW = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u00ad\u034f\u061c\u115f\u1160\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u206f\u3164\ufeff\uffa0\ufff9-\ufffb]|[\u{e0000}-\u{e0fff}]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/u;

/** The first raw unsafe character in an output, described, or null when there is none. */
export function rawUnsafe(output: string): string | null {
  const joined = output.replace(/(?<=\p{Extended_Pictographic})\u200d(?=\p{Extended_Pictographic})/gu, '');
  const m = RAW.exec(joined);
  if (!m) return null;
  const at = m.index;
  return `U+${m[0].codePointAt(0)!.toString(16).padStart(4, '0')} at ${at}: …${JSON.stringify(joined.slice(Math.max(0, at - 20), at + 20))}…`;
}
