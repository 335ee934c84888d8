// The colours of an SVG frame: a terminal's palette, dark (the default) or light. Ink's named
// colours are the 16 indexed ones (gray is 8, bright black); the light palette keeps white and
// bright white readable on white (they are greys), as a light terminal theme does.
import type { Colour } from './ansi-cells';

export interface SvgTheme {
  background: string;
  foreground: string;
  /** The 16 indexed colours: black, red, green, yellow, blue, magenta, cyan, white, then the bright ones. */
  palette: readonly string[];
}

export const DARK_THEME: SvgTheme = {
  background: '#16181d',
  foreground: '#d7dae0',
  palette: ['#1c1f24', '#e05561', '#8cc265', '#d18f52', '#4aa5f0', '#c162de', '#42b3c2', '#d7dae0', '#7f848e', '#ff616e', '#a5e075', '#f0a45d', '#4dc4ff', '#de73ff', '#4cd1e0', '#ffffff'],
};

export const LIGHT_THEME: SvgTheme = {
  background: '#ffffff',
  foreground: '#1f2328',
  palette: ['#24292f', '#cf222e', '#116329', '#7d4e00', '#0969da', '#8250df', '#1b7c83', '#57606a', '#6e7781', '#a40e26', '#1a7f37', '#633c01', '#0550ae', '#6f42c1', '#0e6f78', '#424a53'],
};

const hex2 = (n: number) => n.toString(16).padStart(2, '0');
const CUBE = [0, 95, 135, 175, 215, 255];

/** One of the 256 indexed colours: the theme's 16, then xterm's 6×6×6 cube and 24 greys. */
export function indexedColour(theme: SvgTheme, index: number): string {
  if (index < 16) return theme.palette[index]!;
  if (index >= 232) {
    const v = 8 + (index - 232) * 10;
    return `#${hex2(v)}${hex2(v)}${hex2(v)}`;
  }
  const i = index - 16;
  return `#${hex2(CUBE[Math.floor(i / 36)]!)}${hex2(CUBE[Math.floor(i / 6) % 6]!)}${hex2(CUBE[i % 6]!)}`;
}

/** A cell colour as `#rrggbb`; the default is the theme's `fallback` (its foreground or background). */
export function cssColour(theme: SvgTheme, c: Colour, fallback: string): string {
  if (c.kind === 'default') return fallback;
  if (c.kind === 'index') return indexedColour(theme, c.index);
  return `#${hex2(c.r)}${hex2(c.g)}${hex2(c.b)}`;
}

/** `share` of `a` over `b` (`#rrggbb` each): how dim text is drawn, part of the way to the background. */
export function mix(a: string, b: string, share: number): string {
  const ch = (s: string, i: number) => parseInt(s.slice(1 + 2 * i, 3 + 2 * i), 16);
  return `#${[0, 1, 2].map((i) => hex2(Math.round(ch(a, i) * share + ch(b, i) * (1 - share)))).join('')}`;
}
