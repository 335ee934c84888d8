// Display width (CJK and emoji are two columns) for laying out panes by hand. string-width
// segments and regex-tests every grapheme, which made it the top cost of a frame; widths are
// cached per grapheme and per string (chat lines repeat frame after frame).
import stringWidth from 'string-width';
import { graphemes } from './sanitize';

const ASCII = /^[\x20-\x7e]*$/;
const cache = new Map<string, number>();
const CACHE_MAX = 20_000;

export function width(s: string): number {
  if (ASCII.test(s)) return s.length;
  let w = cache.get(s);
  if (w === undefined) {
    w = stringWidth(s);
    if (cache.size >= CACHE_MAX) cache.clear();
    cache.set(s, w);
  }
  return w;
}

/** Cut to at most `max` columns, with … when cut. */
export function truncate(s: string, max: number): string {
  if (max <= 0) return '';
  if (width(s) <= max) return s;
  let out = '';
  let w = 0;
  for (const g of graphemes(s)) {
    const gw = width(g);
    if (w + gw > max - 1) break;
    out += g;
    w += gw;
  }
  return out + '…';
}

/** Pad with spaces to exactly `n` columns (cutting when longer). */
export function fit(s: string, n: number): string {
  const t = truncate(s, n);
  return t + ' '.repeat(Math.max(0, n - width(t)));
}

/** Wrap to lines of at most `max` columns, breaking at any grapheme (Chinese has no spaces). */
export function wrap(s: string, max: number): string[] {
  if (max <= 0) return [];
  if (width(s) <= max) return [s];
  const lines: string[] = [];
  let line = '';
  let w = 0;
  for (const g of graphemes(s)) {
    const gw = width(g);
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
