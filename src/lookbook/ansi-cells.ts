// A frame as Ink writes it (lines of text styled with SGR escapes) laid on a terminal's cell
// grid: one entry per cell, with the grapheme that starts there and its style. Pure.
//
// What is read: SGR (`ESC [ … m`): reset, bold, dim, italic, underline, inverse, hidden,
// strikethrough and their offs; 16 colours, bright colours, 256 colours and truecolor (`38;5;n`,
// `38;2;r;g;b`, and the colon forms), for the foreground and the background. Every other escape
// sequence is dropped, not interpreted (a frame has no cursor moves: line n is row n), and so are
// the characters the panes never draw (controls, bidi and invisible characters).
import stringWidth from 'string-width';
import { ESCAPE_SEQUENCE, UNSAFE } from '../text/sanitize';

/** A colour: the default, one of the 256 indexed colours, or an RGB triple. */
export type Colour = { kind: 'default' } | { kind: 'index'; index: number } | { kind: 'rgb'; r: number; g: number; b: number };

export interface CellStyle {
  fg: Colour;
  bg: Colour;
  bold: boolean;
  dim: boolean;
  italic: boolean;
  underline: boolean;
  inverse: boolean;
  hidden: boolean;
  strike: boolean;
}

/** A cell: the grapheme drawn from here (`''` where a wide one from the left goes on), its width, its style. */
export interface Cell {
  text: string;
  width: 0 | 1 | 2;
  style: CellStyle;
}

const DEFAULT: Colour = { kind: 'default' };
export const PLAIN: CellStyle = { fg: DEFAULT, bg: DEFAULT, bold: false, dim: false, italic: false, underline: false, inverse: false, hidden: false, strike: false };

const segmenter = new Intl.Segmenter('zh', { granularity: 'grapheme' });
const BYTE = (n: number | undefined): n is number => n !== undefined && Number.isInteger(n) && n >= 0 && n <= 255;

/** `38;5;n` / `38;2;r;g;b` (or `38:5:n`, `38:2::r:g:b`) from `params[i]` on; the colour and how many params it took. */
function extendedColour(params: string[], i: number): { colour: Colour | null; used: number } {
  const head = params[i]!;
  if (head.includes(':')) {
    const sub = head.split(':').map((p) => (p === '' ? undefined : Number(p)));
    if (sub[1] === 5 && BYTE(sub[2])) return { colour: { kind: 'index', index: sub[2] }, used: 1 };
    // 38:2:r:g:b, or 38:2:colourspace:r:g:b
    const [r, g, b] = sub.length >= 6 ? sub.slice(3, 6) : sub.slice(2, 5);
    if (sub[1] === 2 && BYTE(r) && BYTE(g) && BYTE(b)) return { colour: { kind: 'rgb', r, g, b }, used: 1 };
    return { colour: null, used: 1 };
  }
  const n = params.slice(i + 1, i + 5).map(Number);
  if (n[0] === 5) return { colour: BYTE(n[1]) ? { kind: 'index', index: n[1] } : null, used: 3 };
  if (n[0] === 2) return { colour: BYTE(n[1]) && BYTE(n[2]) && BYTE(n[3]) ? { kind: 'rgb', r: n[1], g: n[2], b: n[3] } : null, used: 5 };
  return { colour: null, used: 1 };
}

/** The style after one SGR sequence's parameters (`1;38;5;208`). */
export function applySgr(style: CellStyle, paramText: string): CellStyle {
  const params = paramText === '' ? ['0'] : paramText.split(';');
  let s = { ...style };
  for (let i = 0; i < params.length; ) {
    const p = params[i]!;
    const code = Number(p.split(':')[0] === '' ? 0 : p.split(':')[0]);
    if (code === 38 || code === 48) {
      const { colour, used } = extendedColour(params, i);
      if (colour) s = code === 38 ? { ...s, fg: colour } : { ...s, bg: colour };
      i += used;
      continue;
    }
    i++;
    if (code === 0) s = { ...PLAIN };
    else if (code === 1) s.bold = true;
    else if (code === 2) s.dim = true;
    else if (code === 3) s.italic = true;
    else if (code === 4) s.underline = p !== '4:0';
    else if (code === 7) s.inverse = true;
    else if (code === 8) s.hidden = true;
    else if (code === 9) s.strike = true;
    else if (code === 21) s.underline = true;
    else if (code === 22) s = { ...s, bold: false, dim: false };
    else if (code === 23) s.italic = false;
    else if (code === 24) s.underline = false;
    else if (code === 27) s.inverse = false;
    else if (code === 28) s.hidden = false;
    else if (code === 29) s.strike = false;
    else if (code >= 30 && code <= 37) s.fg = { kind: 'index', index: code - 30 };
    else if (code === 39) s.fg = DEFAULT;
    else if (code >= 40 && code <= 47) s.bg = { kind: 'index', index: code - 40 };
    else if (code === 49) s.bg = DEFAULT;
    else if (code >= 90 && code <= 97) s.fg = { kind: 'index', index: code - 90 + 8 };
    else if (code >= 100 && code <= 107) s.bg = { kind: 'index', index: code - 100 + 8 };
  }
  return s;
}

const SGR = /^\u001b\[([0-9;:]*)m$/;

/** One line laid on `cols` cells; the style carries on to the next line, as on a terminal. */
function layLine(line: string, cols: number, style: CellStyle): { cells: Cell[]; style: CellStyle } {
  const cells: Cell[] = [];
  let current = style;
  const put = (text: string) => {
    for (const { segment } of segmenter.segment(text.replace(UNSAFE, ''))) {
      const width = Math.min(2, stringWidth(segment)) as 0 | 1 | 2;
      if (width === 0) {
        // A mark that draws nothing on its own joins the grapheme before it.
        const last = cells.findLast((c) => c.width > 0);
        if (last) last.text += segment;
        continue;
      }
      if (cells.length + width > cols) return;
      cells.push({ text: segment, width, style: current });
      if (width === 2) cells.push({ text: '', width: 0, style: current });
    }
  };
  let at = 0;
  for (const m of line.matchAll(ESCAPE_SEQUENCE)) {
    put(line.slice(at, m.index));
    const sgr = SGR.exec(m[0]);
    if (sgr) current = applySgr(current, sgr[1]!);
    at = m.index + m[0].length;
  }
  put(line.slice(at));
  // Past the line's end nothing was written: blank cells, whatever style is still on.
  while (cells.length < cols) cells.push({ text: ' ', width: 1, style: PLAIN });
  return { cells, style: current };
}

/**
 * The frame on a `cols`×`rows` grid: row n is the frame's line n (CR LF or LF), cut to the grid;
 * missing rows and the rest of each row are blank.
 */
export function frameCells(frame: string, cols: number, rows: number): Cell[][] {
  const lines = frame.split(/\r?\n/);
  const grid: Cell[][] = [];
  let style = PLAIN;
  for (let r = 0; r < rows; r++) {
    const laid = layLine(lines[r] ?? '', cols, style);
    grid.push(laid.cells);
    style = laid.style;
  }
  return grid;
}
