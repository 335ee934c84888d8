// Styled text lines, the one shape the insights sections are drawn in: the Ink view gives each
// segment its colour, `bluepacket insights` prints it (in colour on a terminal). Colours are the
// theme's names. Widths are terminal columns (CJK and emoji are two).
import { graphemes } from '../ui/text/sanitize';
import { fit, truncate, width } from '../ui/text/width';

export interface Seg {
  text: string;
  color?: string;
  bold?: boolean;
}
export type Line = Seg[];

export const seg = (text: string, color?: string, bold?: boolean): Seg => ({ text, ...(color ? { color } : {}), ...(bold ? { bold } : {}) });

const lineWidth = (line: Line): number => line.reduce((n, s) => n + width(s.text), 0);

/** Exactly `w` columns: cut with … when longer, padded with spaces when shorter. */
export function fitLine(line: Line, w: number): Line {
  const out: Line = [];
  let used = 0;
  for (const s of line) {
    const sw = width(s.text);
    if (used + sw <= w) {
      out.push(s);
      used += sw;
      continue;
    }
    const room = w - used;
    if (room > 0) out.push({ ...s, text: truncate(s.text, room) });
    used += Math.min(room, width(truncate(s.text, room)));
    break;
  }
  if (used < w) out.push(seg(' '.repeat(w - used)));
  return out;
}

/** A block of exactly `h` lines of `w` columns: cut, or padded with blank lines. */
export function fitBlock(lines: Line[], w: number, h: number): Line[] {
  const out = lines.slice(0, h).map((l) => fitLine(l, w));
  while (out.length < h) out.push([seg(' '.repeat(w))]);
  return out;
}

/** Two blocks side by side (each already fitted to its width), with a gap between. */
export function besideBlocks(left: Line[], right: Line[], gap = 1): Line[] {
  const h = Math.max(left.length, right.length);
  const lw = left[0] ? lineWidth(left[0]) : 0;
  return Array.from({ length: h }, (_, i) => [...(left[i] ?? [seg(' '.repeat(lw))]), seg(' '.repeat(gap)), ...(right[i] ?? [])]);
}

/** Right-align plain text in `w` columns. */
export function padStart(text: string, w: number): string {
  const t = truncate(text, w);
  return ' '.repeat(Math.max(0, w - width(t))) + t;
}

/** A line as plain text (no colour). */
export const plainLine = (line: Line): string => line.map((s) => s.text).join('');

export { fit, graphemes, width };
