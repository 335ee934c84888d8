// Box-drawing characters drawn as lines on the cell grid rather than as glyphs, as terminals do:
// a font's glyph may be narrower than the cell or shorter than the line, and then borders break
// into dashes. Each character is its four arms (up, right, down, left), each none, light, heavy
// or double, from the cell's centre to its edge; the rounded corners are arcs.

const NONE = 0;
const LIGHT = 1;
const HEAVY = 2;
const DOUBLE = 3;
type Weight = typeof NONE | typeof LIGHT | typeof HEAVY | typeof DOUBLE;

/** Arms as four digits, up right down left: 0 none, 1 light, 2 heavy, 3 double. */
const ARMS: ReadonlyMap<string, string> = new Map(
  Object.entries({
    '─': '0101', '━': '0202', '│': '1010', '┃': '2020',
    '┌': '0110', '┍': '0210', '┎': '0120', '┏': '0220',
    '┐': '0011', '┑': '0012', '┒': '0021', '┓': '0022',
    '└': '1100', '┕': '1200', '┖': '2100', '┗': '2200',
    '┘': '1001', '┙': '1002', '┚': '2001', '┛': '2002',
    '├': '1110', '┝': '1210', '┠': '2120', '┣': '2220',
    '┤': '1011', '┥': '1012', '┨': '2021', '┫': '2022',
    '┬': '0111', '┯': '0212', '┰': '0121', '┳': '0222',
    '┴': '1101', '┷': '1202', '┸': '2101', '┻': '2202',
    '┼': '1111', '┿': '1212', '╂': '2121', '╋': '2222',
    '═': '0303', '║': '3030',
    '╒': '0310', '╓': '0130', '╔': '0330',
    '╕': '0013', '╖': '0031', '╗': '0033',
    '╘': '1300', '╙': '3100', '╚': '3300',
    '╛': '1003', '╜': '3001', '╝': '3003',
    '╞': '1310', '╟': '3130', '╠': '3330',
    '╡': '1013', '╢': '3031', '╣': '3033',
    '╤': '0313', '╥': '0131', '╦': '0333',
    '╧': '1303', '╨': '3101', '╩': '3303',
    '╪': '1313', '╫': '3131', '╬': '3333',
    '╴': '0001', '╵': '1000', '╶': '0100', '╷': '0010',
    '╸': '0002', '╹': '2000', '╺': '0200', '╻': '0020',
  }),
);

/** The rounded corners: the two arms each joins. */
const ARCS: ReadonlyMap<string, [dx: 1 | -1, dy: 1 | -1]> = new Map([
  ['╭', [1, 1]],
  ['╮', [-1, 1]],
  ['╯', [-1, -1]],
  ['╰', [1, -1]],
]);

/** Whether `ch` is drawn as lines here rather than as a glyph. */
export function isBoxDrawing(ch: string): boolean {
  return ARMS.has(ch) || ARCS.has(ch);
}

export interface BoxCell {
  /** The cell's top-left corner and size, in the SVG's units. */
  x: number;
  y: number;
  w: number;
  h: number;
  /** A light line's width; heavy lines are twice that, double lines two light ones. */
  line: number;
}

const num = (n: number) => String(Math.round(n * 100) / 100);
type Stroke = { width: number; d: string };

/**
 * The strokes that draw `ch` in the cell, as SVG path data grouped by line width (so each width
 * is one path); [] for a character that is not box drawing.
 */
export function boxStrokes(ch: string, c: BoxCell): Stroke[] {
  const cx = c.x + c.w / 2;
  const cy = c.y + c.h / 2;
  const arc = ARCS.get(ch);
  if (arc) {
    const [dx, dy] = arc;
    const r = Math.min(c.w, c.h) / 2;
    const edgeX = dx > 0 ? c.x + c.w : c.x;
    const edgeY = dy > 0 ? c.y + c.h : c.y;
    return [{ width: c.line, d: `M${num(cx)} ${num(edgeY)}V${num(cy + dy * r)}Q${num(cx)} ${num(cy)} ${num(cx + dx * r)} ${num(cy)}H${num(edgeX)}` }];
  }
  const arms = ARMS.get(ch);
  if (!arms) return [];
  const [up, right, down, left] = [...arms].map(Number) as [Weight, Weight, Weight, Weight];
  const gap = c.line * 1.5; // half the distance between a double line's two strokes
  const widthOf = (w: Weight) => (w === HEAVY ? c.line * 2 : c.line);
  // Arms meet at the centre without a notch: each reaches past it by half the widest crossing arm.
  const reachH = Math.max(...[up, down].map((w) => (w === NONE ? 0 : w === DOUBLE ? gap + c.line / 2 : widthOf(w) / 2)));
  const reachV = Math.max(...[left, right].map((w) => (w === NONE ? 0 : w === DOUBLE ? gap + c.line / 2 : widthOf(w) / 2)));
  const byWidth = new Map<number, string>();
  const add = (width: number, d: string) => byWidth.set(width, (byWidth.get(width) ?? '') + d);
  const horizontal = (w: Weight, sign: 1 | -1) => {
    if (w === NONE) return;
    const edge = sign > 0 ? c.x + c.w : c.x;
    if (w !== DOUBLE) return add(widthOf(w), `M${num(cx - sign * reachH)} ${num(cy)}H${num(edge)}`);
    // A double arm's two strokes turn into the vertical arm (a corner) or stop at the centre.
    for (const side of [-1, 1] as const) {
      const turn = down !== NONE && up === NONE ? side : up !== NONE && down === NONE ? -side : 0;
      add(c.line, `M${num(cx + sign * turn * gap)} ${num(cy + side * gap)}H${num(edge)}`);
    }
  };
  const vertical = (w: Weight, sign: 1 | -1) => {
    if (w === NONE) return;
    const edge = sign > 0 ? c.y + c.h : c.y;
    if (w !== DOUBLE) return add(widthOf(w), `M${num(cx)} ${num(cy - sign * reachV)}V${num(edge)}`);
    for (const side of [-1, 1] as const) {
      const turn = right !== NONE && left === NONE ? side : left !== NONE && right === NONE ? -side : 0;
      add(c.line, `M${num(cx + side * gap)} ${num(cy + sign * turn * gap)}V${num(edge)}`);
    }
  };
  vertical(up, -1);
  horizontal(right, 1);
  vertical(down, 1);
  horizontal(left, -1);
  return [...byWidth].map(([width, d]) => ({ width, d }));
}
