// Text from users (chat lines, 赠言, names, pasted addresses) never reaches the terminal raw.
// Which characters are unsafe is said once, in src/text/sanitize.ts, for the panes and every
// printed output alike; the panes drop them rather than show them. Some emoji are also drawn at
// a width that differs from what Ink measures, which bends borders: displaySafe() keeps what
// every terminal draws at the width string-width says.
import { ESCAPE_SEQUENCE, UNSAFE } from '../../text/sanitize';

/** Line breaks of any kind: a pane line is one line. */
const BREAKS = /[\t\n\v\f\r\u0085\u2028\u2029]+/g;
/** Emoji modifiers that terminals draw as separate glyphs: VS16, skin tones, tags. */
const MODIFIERS = /[\ufe0e\ufe0f\u{1f3fb}-\u{1f3ff}\u{e0020}-\u{e007f}]/gu;
const REGIONAL = /[\u{1f1e6}-\u{1f1ff}]/gu;
/**
 * A picture from the emoji blocks whose default is text presentation (🖼, 🕯, 🗺): string-width
 * and many terminals count it one column, yet most fonts draw it as a two-column emoji over the
 * next cell. It is followed by a space, so what it overdraws is blank. (The bundled world's icons
 * are all emoji-presentation pictures, two columns everywhere.)
 */
const TEXT_STYLE_PICTURE = /(?=\p{Extended_Pictographic})(?!\p{Emoji_Presentation})([\u{1f000}-\u{1faff}])(?=[^ ])/gu;

/** One line of text safe to draw: no escapes, controls, invisible marks or width-ambiguous emoji parts. */
export function displaySafe(text: string): string {
  return text
    .replace(ESCAPE_SEQUENCE, '')
    .replace(BREAKS, ' ')
    .replace(UNSAFE, '')
    .replace(MODIFIERS, '')
    .replace(REGIONAL, (c) => String.fromCharCode(c.codePointAt(0)! - 0x1f1e6 + 65))
    .replace(TEXT_STYLE_PICTURE, '$1 ');
}

/**
 * What a text field keeps of typed or pasted input: the same cleaning (ZWJ included, so a
 * family emoji becomes its members), cut to `max` characters.
 */
export function cleanInput(text: string, max: number): string {
  const clean = displaySafe(text);
  const gs = graphemes(clean);
  return gs.length > max ? gs.slice(0, max).join('') : clean;
}

const segmenter = new Intl.Segmenter('zh', { granularity: 'grapheme' });

export function graphemes(text: string): string[] {
  return [...segmenter.segment(text)].map((s) => s.segment);
}
