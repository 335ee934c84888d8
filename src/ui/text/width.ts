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

// Line breaking, by the usual rules for Chinese (禁则): no line starts with closing punctuation
// or a pause mark, no line ends with an opening bracket or quote; Latin words, numbers and prices
// stay whole; and a name the caller asks to keep (a product's) is not broken where it fits on a
// line. Chinese has no spaces: elsewhere a line may break between any two characters.
/** Never at the start of a line. */
const NO_START = new Set([...'，。．、；：？！）］｝〕〉》」』】〙〗〟’”｠»…‥—～ー·・%‰,.;:?!)]}>\'"']);
/** Never at the end of a line. */
const NO_END = new Set([...'（［｛〔〈《「『【〘〖〝‘“｟«¥￥$#(<[{']);
/** Parts of a Latin word or a number: a line does not break between two of them. */
const WORDISH = /^[\p{L}\p{N}_@&/+\-.,'%:]$/u;
const isCjk = (g: string) => /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u.test(g);
const words = new Intl.Segmenter('zh', { granularity: 'word' });
/** How far back (in columns, and at most a quarter of the line) a line may end early to break
 * between two words (参与, 美式) rather than inside one. */
const WORD_SLACK = 6;

export interface WrapOptions {
  /** Columns of the first line, when it is shorter than the others (text after a label). */
  first?: number;
  /** Names not to break inside (product names): each part of one (split at · and spaces) stays
   * whole where it fits on a line. */
  keep?: readonly string[];
}

const wrapCache = new Map<string, string[]>();

/** Wrap to lines of at most `max` columns (the first line `first`), breaking where the rules allow. */
export function wrap(s: string, max: number, opts: WrapOptions = {}): string[] {
  const first = opts.first ?? max;
  if (max <= 0) return [];
  if (width(s) <= first) return [s];
  const key = `${max}|${first}|${opts.keep?.join('\u0000') ?? ''}|${s}`;
  const hit = wrapCache.get(key);
  if (hit) return hit;
  const lines = breakLines(graphemes(s), max, first, opts.keep ?? []);
  if (wrapCache.size >= CACHE_MAX) wrapCache.clear();
  wrapCache.set(key, lines);
  return lines;
}

/** May a line break between graphemes i-1 and i? `strict`: words and kept names whole too;
 * else only the punctuation rules (for a word longer than the room left). */
function breakable(gs: string[], i: number, kept: Uint8Array, strict = true): boolean {
  const a = gs[i - 1]!;
  const b = gs[i]!;
  if (strict && kept[i] === 1) return false;
  if (b === ' ' || a === ' ') return true;
  if (NO_START.has(b) || NO_END.has(a)) return false;
  if (strict && WORDISH.test(a) && WORDISH.test(b) && !isCjk(a) && !isCjk(b)) return false;
  return true;
}

/** kept[i] = 1: no break before grapheme i (it is inside a name to keep whole). */
function keptSpans(gs: string[], keep: readonly string[], max: number): Uint8Array {
  const kept = new Uint8Array(gs.length + 1);
  if (keep.length === 0) return kept;
  const text = gs.join('');
  // Grapheme index of each code unit offset.
  const at: number[] = [];
  gs.forEach((g, i) => {
    for (let k = 0; k < g.length; k++) at.push(i);
  });
  at.push(gs.length);
  // A name is kept in its parts (the product, the variant, 6杯装): a line may end between them,
  // as it would between two words, rather than leave a line nearly empty.
  const parts = keep.flatMap((name) => name.split(/[·\s]+/));
  for (const name of parts) {
    if (!name || width(name) > max) continue;
    for (let from = text.indexOf(name); from >= 0; from = text.indexOf(name, from + name.length)) {
      const start = at[from]!;
      const end = at[from + name.length]!;
      for (let i = start + 1; i < end; i++) kept[i] = 1;
    }
  }
  return kept;
}

/** wordStart[i] = 1: grapheme i begins a word (the dictionary's words: 参与, 经典, 美式). */
function wordStarts(gs: string[]): Uint8Array {
  const starts = new Uint8Array(gs.length + 1);
  let at = 0;
  let i = 0;
  for (const w of words.segment(gs.join(''))) {
    while (at < w.index && i < gs.length) at += gs[i++]!.length;
    if (at === w.index) starts[i] = 1;
  }
  return starts;
}

function breakLines(gs: string[], max: number, first: number, keep: readonly string[]): string[] {
  const kept = keptSpans(gs, keep, max);
  const starts = wordStarts(gs);
  const lines: string[] = [];
  let start = 0;
  while (start < gs.length) {
    const room = lines.length === 0 ? first : max;
    // How far this line can reach.
    let w = 0;
    let end = start;
    while (end < gs.length && w + width(gs[end]!) <= room) w += width(gs[end++]!);
    if (end >= gs.length) {
      lines.push(gs.slice(start).join(''));
      break;
    }
    // The last place the rules allow a break, not before the line's first grapheme; between two
    // words if one is a few columns back.
    let cut = end;
    while (cut > start + 1 && !breakable(gs, cut, kept)) cut--;
    if (cut <= start + 1 && !breakable(gs, cut, kept)) {
      // A word or a name longer than the room: break inside it, still by the punctuation rules,
      // and only where it is full when even they leave no place.
      cut = end;
      while (cut > start + 1 && !breakable(gs, cut, kept, false)) cut--;
      if (cut <= start + 1 && !breakable(gs, cut, kept, false)) cut = Math.max(start + 1, end);
    } else if (starts[cut] !== 1) {
      let back = cut;
      let lost = 0;
      const slack = Math.min(WORD_SLACK, Math.floor(room / 4));
      while (back > start + 1 && lost <= slack && !(starts[back] === 1 && breakable(gs, back, kept))) lost += width(gs[--back]!);
      if (back > start + 1 && lost <= slack) cut = back;
    }
    if (room <= 0) cut = start; // a first line with no room at all: start on the next
    lines.push(gs.slice(start, cut).join('').trimEnd());
    start = cut;
    while (start < gs.length && gs[start] === ' ') start++;
  }
  return lines;
}
