// A terminal frame as a standalone SVG picture, colours kept: for filmstrips and slides. Pure and
// deterministic: the same frame, size and options give the same bytes.
//
// Every cell is placed by the grid, never by a font's advance: each glyph is centred on its cell
// (a wide one on its two cells), backgrounds are rectangles, underlines and strikethroughs are
// lines, and box-drawing characters are drawn as lines (src/lookbook/box-drawing.ts), so borders
// meet and CJK lines up whatever font the viewer has. Text is XML-escaped.
import { printable } from '../text/sanitize';
import { TERMINAL_FONTS } from '../text/terminal-fonts';
import { frameCells, type Cell, type CellStyle } from './ansi-cells';
import { boxStrokes, isBoxDrawing } from './box-drawing';
import { cssColour, DARK_THEME, LIGHT_THEME, mix, type SvgTheme } from './svg-theme';

export { DARK_THEME, LIGHT_THEME, type SvgTheme } from './svg-theme';

export interface SvgOptions {
  /** The terminal's size: the picture is this grid, whatever the frame holds. */
  cols: number;
  rows: number;
  /** 'dark' (the default), 'light', or a palette of your own. */
  theme?: 'dark' | 'light' | SvgTheme;
  /** Font size in px (default 14); a cell is 0.6 of it wide and 1.3 of it high. */
  fontSize?: number;
  /** Space around the grid, in px (default 10). */
  padding?: number;
  /** The picture's <title> (what a viewer shows as its name), if any. */
  title?: string;
}

/** How much of the foreground dim text keeps (the rest is the background). */
const DIM_SHARE = 0.55;

const num = (n: number) => String(Math.round(n * 100) / 100);
const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
/** Text for XML content or an attribute; the two characters XML cannot hold even escaped are dropped. */
export const xmlText = (s: string) => s.replace(/[\ufffe\uffff]/g, '').replace(/[&<>"']/g, (c) => XML_ESCAPES[c]!);

interface Painted {
  fg: string;
  bg: string | null;
  bold: boolean;
  italic: boolean;
  underline: boolean;
  strike: boolean;
  hidden: boolean;
}

/** A cell's colours on the theme: inverse swaps them, dim fades the foreground; bg null = the picture's own. */
function paint(theme: SvgTheme, s: CellStyle): Painted {
  let fg = cssColour(theme, s.fg, theme.foreground);
  let bg: string | null = s.bg.kind === 'default' ? null : cssColour(theme, s.bg, theme.background);
  if (s.inverse) [fg, bg] = [bg ?? theme.background, fg];
  if (s.dim) fg = mix(fg, bg ?? theme.background, DIM_SHARE);
  return { fg, bg, bold: s.bold, italic: s.italic, underline: s.underline, strike: s.strike, hidden: s.hidden };
}

const textKey = (p: Painted) => `${p.fg}|${p.bold ? 'b' : ''}${p.italic ? 'i' : ''}`;

/** Runs of cells in one row that share a value, as [start, end) column ranges with it. */
function runs<T>(cells: T[], key: (c: T, i: number) => string | null): Array<{ start: number; end: number; key: string }> {
  const out: Array<{ start: number; end: number; key: string }> = [];
  cells.forEach((c, i) => {
    const k = key(c, i);
    const last = out.at(-1);
    if (k !== null && last && last.key === k && last.end === i) last.end = i + 1;
    else if (k !== null) out.push({ start: i, end: i + 1, key: k });
  });
  return out;
}

/** The frame as an SVG document. */
export function frameToSvg(frame: string, opts: SvgOptions): string {
  const theme = opts.theme === 'light' ? LIGHT_THEME : opts.theme === undefined || opts.theme === 'dark' ? DARK_THEME : opts.theme;
  const size = opts.fontSize ?? 14;
  const pad = opts.padding ?? 10;
  const cw = size * 0.6;
  const lh = Math.round(size * 1.3);
  const line = Math.max(1, Math.round(size / 12 * 10) / 10);
  const width = pad * 2 + opts.cols * cw;
  const height = pad * 2 + opts.rows * lh;
  const grid = frameCells(frame, opts.cols, opts.rows);
  const x = (col: number) => pad + col * cw;
  const y = (row: number) => pad + row * lh;
  // The alphabetic baseline that centres a line of this font size in its row.
  const baseline = (row: number) => y(row) + (lh - size) / 2 + size * 0.8;

  const backgrounds: string[] = [];
  const decorations = new Map<string, string>();
  const boxes = new Map<string, Map<number, string>>();
  const texts: string[] = [];

  grid.forEach((cells, row) => {
    const painted = cells.map((c) => paint(theme, c.style));
    for (const r of runs(painted, (p) => p.bg)) {
      backgrounds.push(`<rect x="${num(x(r.start))}" y="${y(row)}" width="${num((r.end - r.start) * cw)}" height="${lh}" fill="${r.key}"/>`);
    }
    // Underlines and strikethroughs, spaces included, as thin rectangles in the text's colour.
    for (const [flag, at] of [['underline', lh - line * 1.5], ['strike', lh / 2]] as const) {
      for (const r of runs(painted, (p) => (p[flag] && !p.hidden ? p.fg : null))) {
        const d = `M${num(x(r.start))} ${num(y(row) + at)}H${num(x(r.end))}`;
        decorations.set(r.key, (decorations.get(r.key) ?? '') + d);
      }
    }
    // A wide glyph's second cell goes with its first, so that a run of CJK stays one run.
    const lead = (i: number) => (cells[i]!.width === 0 && i > 0 ? i - 1 : i);
    const drawn = (c: Cell, i: number) => !painted[i]!.hidden && c.width > 0 && c.text !== ' ';
    cells.forEach((c, col) => {
      if (!drawn(c, col) || !isBoxDrawing(c.text)) return;
      for (const s of boxStrokes(c.text, { x: x(col), y: y(row), w: cw, h: lh, line })) {
        const byWidth = boxes.get(painted[col]!.fg) ?? new Map<number, string>();
        byWidth.set(s.width, (byWidth.get(s.width) ?? '') + s.d);
        boxes.set(painted[col]!.fg, byWidth);
      }
    });
    // Glyphs: one <text> per run of one colour and weight; each glyph positioned on its cell's centre.
    const glyphKey = (i: number) => {
      const c = cells[lead(i)]!;
      return drawn(c, lead(i)) && !isBoxDrawing(c.text) ? textKey(painted[lead(i)]!) : null;
    };
    for (const r of runs(cells, (_, i) => glyphKey(i))) {
      const p = painted[r.start]!;
      const glyphs = cells.slice(r.start, r.end).flatMap((c, k) => (c.width === 0 ? [] : [{ text: c.text, centre: x(r.start + k) + (c.width * cw) / 2 }]));
      const attrs = [`fill="${p.fg}"`, p.bold ? 'font-weight="bold"' : '', p.italic ? 'font-style="italic"' : ''].filter(Boolean).join(' ');
      const spans = glyphs.map((g) => `<tspan x="${num(g.centre)}">${xmlText(g.text)}</tspan>`).join('');
      texts.push(`<text y="${num(baseline(row))}" ${attrs}>${spans}</text>`);
    }
  });

  const boxPaths = [...boxes].flatMap(([colour, byWidth]) => [...byWidth].map(([w, d]) => `<path stroke="${colour}" stroke-width="${num(w)}" d="${d}"/>`));
  const decorationPaths = [...decorations].map(([colour, d]) => `<path stroke="${colour}" stroke-width="${num(line)}" d="${d}"/>`);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${num(width)}" height="${num(height)}" viewBox="0 0 ${num(width)} ${num(height)}">`,
    ...(opts.title !== undefined ? [`<title>${xmlText(printable(opts.title))}</title>`] : []),
    `<rect width="100%" height="100%" fill="${theme.background}"/>`,
    `<g shape-rendering="crispEdges">${backgrounds.join('')}</g>`,
    `<g fill="none" stroke-linecap="butt">${[...boxPaths, ...decorationPaths].join('')}</g>`,
    `<g font-family="${TERMINAL_FONTS}" font-size="${num(size)}" text-anchor="middle" xml:space="preserve">`,
    ...texts,
    '</g>',
    '</svg>',
    '',
  ].join('\n');
}
