// Text from users (chat lines, 赠言, names, pasted addresses) never reaches the terminal raw:
// escape sequences and control characters would drive the terminal, and some emoji are drawn
// at a width that differs from what Ink measures, which bends borders. displaySafe() keeps
// what every terminal draws at the width string-width says.

// ESC-introduced sequences (CSI, OSC, and two-character escapes) before single controls.
// eslint-disable-next-line no-control-regex
const ESCAPES = /\u001b(?:\[[0-?]*[ -/]*[@-~]|\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|[@-Z\\-_])/g;
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
/** Bidi marks and isolates, zero-width characters, the BOM. */
const INVISIBLE = /[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\u00ad]/g;
/** Emoji modifiers that terminals draw as separate glyphs: VS16, skin tones, tags. */
const MODIFIERS = /[\ufe0e\ufe0f\u{1f3fb}-\u{1f3ff}\u{e0020}-\u{e007f}]/gu;
const REGIONAL = /[\u{1f1e6}-\u{1f1ff}]/gu;

/** One line of text safe to draw: no escapes, controls, invisible marks or width-ambiguous emoji parts. */
export function displaySafe(text: string): string {
  return text
    .replace(ESCAPES, '')
    .replace(/[\t\r\n]+/g, ' ')
    .replace(CONTROLS, '')
    .replace(INVISIBLE, '')
    .replace(MODIFIERS, '')
    .replace(REGIONAL, (c) => String.fromCharCode(c.codePointAt(0)! - 0x1f1e6 + 65));
}

/**
 * What a text field keeps of typed or pasted input: the same cleaning (ZWJ included, so a
 * family emoji becomes its members), cut to `max` characters.
 */
export function cleanInput(text: string, max: number): string {
  const clean = displaySafe(text);
  const graphemes = [...segmenter.segment(clean)].map((s) => s.segment);
  return graphemes.length > max ? graphemes.slice(0, max).join('') : clean;
}

const segmenter = new Intl.Segmenter('zh', { granularity: 'grapheme' });

export function graphemes(text: string): string[] {
  return [...segmenter.segment(text)].map((s) => s.segment);
}
