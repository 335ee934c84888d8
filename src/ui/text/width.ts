// Display width (CJK and emoji are two columns) for laying out panes by hand.
import stringWidth from 'string-width';
import { graphemes } from './sanitize';

export const width = (s: string) => stringWidth(s);

/** Cut to at most `max` columns, with … when cut. */
export function truncate(s: string, max: number): string {
  if (max <= 0) return '';
  if (stringWidth(s) <= max) return s;
  let out = '';
  let w = 0;
  for (const g of graphemes(s)) {
    const gw = stringWidth(g);
    if (w + gw > max - 1) break;
    out += g;
    w += gw;
  }
  return out + '…';
}

/** Pad with spaces to exactly `n` columns (cutting when longer). */
export function fit(s: string, n: number): string {
  const t = truncate(s, n);
  return t + ' '.repeat(Math.max(0, n - stringWidth(t)));
}

/** Wrap to lines of at most `max` columns, breaking at any grapheme (Chinese has no spaces). */
export function wrap(s: string, max: number): string[] {
  if (max <= 0) return [];
  const lines: string[] = [];
  let line = '';
  let w = 0;
  for (const g of graphemes(s)) {
    const gw = stringWidth(g);
    if (w + gw > max) {
      lines.push(line);
      line = '';
      w = 0;
    }
    line += g;
    w += gw;
  }
  if (line !== '' || lines.length === 0) lines.push(line);
  return lines;
}
