// The relationship graph as a picture on a grid of terminal cells: people on an ellipse, a line
// for each pair that gave, its weight and colour by strength (strong: a heavy bright line, medium:
// a plain one, weak: dots), an arrowhead at each end that received. A crowd of 40 draws only its
// strongest pairs, as many people as fit around the ellipse.
import { THEME } from '../ui/theme';
import { graphemes, seg, width, type Line } from './lines';
import type { Relation } from './model';

interface Cell {
  ch: string;
  color?: string;
  bold?: boolean;
  /** What owns the cell: a label beats an arrow beats a stronger line beats a weaker one. */
  rank: number;
}

export interface GraphNode {
  id: string;
  label: string;
  company: boolean;
}

export interface GraphPicture {
  lines: Line[];
  /** The pairs drawn, and the people left out for want of room. */
  pairs: Relation[];
  hidden: number;
}

const GLYPHS = {
  strong: { h: '━', v: '┃', down: '╲', up: '╱' },
  medium: { h: '─', v: '│', down: '╲', up: '╱' },
  weak: { h: '·', v: '·', down: '·', up: '·' },
} as const;
const RANK = { weak: 1, medium: 2, strong: 3, arrow: 4, label: 5 } as const;

/** How many people fit around an ellipse of this size, labels of about 8 columns. */
const nodesThatFit = (w: number, h: number) => Math.max(2, Math.min(12, Math.floor((2 * w + 4 * h) / 14)));

/**
 * Draw `pairs` (strongest first) on a `w`×`h` grid. `nodeOf` names a person (label already
 * safe to draw, at most ~8 columns). The strongest pairs are kept while their people fit.
 */
export function drawGraph(pairs: readonly Relation[], nodeOf: (id: string) => GraphNode, w: number, h: number): GraphPicture {
  const max = nodesThatFit(w, h);
  const ids: string[] = [];
  const drawn: Relation[] = [];
  for (const r of pairs) {
    const fresh = [r.a, r.b].filter((x) => !ids.includes(x));
    if (ids.length + fresh.length > max) continue;
    ids.push(...fresh);
    drawn.push(r);
  }
  const everyone = new Set(pairs.flatMap((r) => [r.a, r.b]));
  const grid: Cell[][] = Array.from({ length: h }, () => Array.from({ length: w }, () => ({ ch: ' ', rank: 0 })));
  const nodes = ids.map(nodeOf);
  // A hub (in most of the pairs drawn: a sender to a whole group, a company) sits in the middle.
  const degree = (id: string) => drawn.filter((r) => r.a === id || r.b === id).length;
  const hub = ids.findIndex((id) => degree(id) >= 3 && degree(id) * 2 > drawn.length);
  const boxes = place(nodes, w, h, hub);
  const inBox = (x: number, y: number) => boxes.some((b) => y === b.y && x >= b.x && x < b.x + b.w);
  const put = (x: number, y: number, c: Omit<Cell, 'rank'>, rank: number) => {
    if (y < 0 || y >= h || x < 0 || x >= w || grid[y]![x]!.rank > rank) return;
    grid[y]![x] = { ...c, rank };
  };
  // Weakest first, so a stronger line wins a cell they share.
  for (const r of [...drawn].reverse()) {
    const a = boxes[ids.indexOf(r.a)]!;
    const b = boxes[ids.indexOf(r.b)]!;
    const path = cells(a.cx, a.y, b.cx, b.y).filter(([x, y]) => !inBox(x, y));
    const dx = b.cx - a.cx;
    const dy = b.y - a.y;
    const g = GLYPHS[r.tier];
    const steep = Math.abs(2 * dy) / Math.max(1e-9, Math.abs(dx));
    const ch = steep < 0.4 ? g.h : steep > 2.5 ? g.v : dx * dy > 0 ? g.down : g.up;
    const color = THEME.insights.tie[r.tier];
    for (const [x, y] of path) put(x, y, { ch, color, bold: r.tier === 'strong' }, RANK[r.tier]);
    // Arrowheads where gifts arrived: at b's end when a gave, at a's end when b gave.
    const end = path[path.length - 1];
    const start = path[0];
    if (r.ab > 0 && end) put(end[0], end[1], { ch: arrow(dx, dy), color, bold: true }, RANK.arrow);
    if (r.ba > 0 && start) put(start[0], start[1], { ch: start === end && r.ab > 0 ? '◆' : arrow(-dx, -dy), color, bold: true }, RANK.arrow);
  }
  nodes.forEach((n, i) => {
    const b = boxes[i]!;
    let x = b.x;
    for (const g of graphemes(n.label)) {
      const gw = width(g);
      if (x + gw > w) break;
      put(x, b.y, { ch: g, color: n.company ? THEME.insights.company : THEME.insights.node, bold: true }, RANK.label);
      for (let k = 1; k < gw; k++) put(x + k, b.y, { ch: '' }, RANK.label);
      x += gw;
    }
  });
  return { lines: grid.map(toLine), pairs: drawn, hidden: everyone.size - ids.length };
}

interface Box {
  x: number;
  y: number;
  w: number;
  /** The label's middle column: where its lines start and end. */
  cx: number;
}

/** People evenly around an ellipse (two people: left and right; a hub in the middle), labels
 * kept on the grid. */
function place(nodes: GraphNode[], w: number, h: number, hub = -1): Box[] {
  const n = nodes.length - (hub >= 0 ? 1 : 0);
  const widest = Math.max(0, ...nodes.map((x) => width(x.label)));
  const rx = Math.max(0, (w - widest) / 2 - 1);
  const ry = Math.max(0, (h - 1) / 2);
  const start = n <= 2 ? Math.PI : -Math.PI / 2;
  return nodes.map((node, i) => {
    const k = hub >= 0 && i > hub ? i - 1 : i;
    const t = start + (2 * Math.PI * k) / Math.max(1, n);
    const r = i === hub ? 0 : 1;
    const lw = Math.min(w, width(node.label));
    const cx = Math.round((w - 1) / 2 + r * rx * Math.cos(t));
    const y = Math.round((h - 1) / 2 + r * ry * Math.sin(t));
    const x = Math.max(0, Math.min(w - lw, cx - Math.floor(lw / 2)));
    return { x, y, w: lw, cx: x + Math.floor(lw / 2) };
  });
}

/** The cells of a straight line, in order from (x1,y1) to (x2,y2), each once. */
function cells(x1: number, y1: number, x2: number, y2: number): Array<[number, number]> {
  const steps = Math.max(Math.abs(x2 - x1), Math.abs(y2 - y1)) * 2 || 1;
  const out: Array<[number, number]> = [];
  for (let s = 0; s <= steps; s++) {
    const x = Math.round(x1 + ((x2 - x1) * s) / steps);
    const y = Math.round(y1 + ((y2 - y1) * s) / steps);
    const last = out[out.length - 1];
    if (!last || last[0] !== x || last[1] !== y) out.push([x, y]);
  }
  return out;
}

/** An arrowhead pointing along (dx, dy) on the screen (rows are about two columns tall). */
function arrow(dx: number, dy: number): string {
  const angle = Math.atan2(2 * dy, dx);
  const octant = Math.round(angle / (Math.PI / 4));
  switch (octant) {
    case 0:
      return '▶';
    case 1:
      return '◢';
    case 2:
      return '▼';
    case 3:
      return '◣';
    case -1:
      return '◥';
    case -2:
      return '▲';
    case -3:
      return '◤';
    default:
      return '◀';
  }
}

function toLine(row: Cell[]): Line {
  const out: Line = [];
  for (const c of row) {
    if (c.ch === '') continue;
    const last = out[out.length - 1];
    if (last && last.color === c.color && Boolean(last.bold) === Boolean(c.bold)) last.text += c.ch;
    else out.push(seg(c.ch, c.color, c.bold));
  }
  return out;
}
