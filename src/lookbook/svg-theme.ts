// The colours of an SVG frame: a terminal's palette, dark (the default) or light. Ink's named
// colours are the 16 indexed ones (gray is 8, bright black); the light palette keeps white and
// bright white readable on white (they are greys), as a light terminal theme does.
import { PALETTES } from '../ui/theme';
import type { Colour } from './ansi-cells';

export interface SvgTheme {
  background: string;
  foreground: string;
  /** The 16 indexed colours: black, red, green, yellow, blue, magenta, cyan, white, then the bright ones. */
  palette: readonly string[];
}

// The palettes themselves are the app's theme's (src/ui/theme.ts), with every other colour.
export const DARK_THEME: SvgTheme = PALETTES.dark;
export const LIGHT_THEME: SvgTheme = PALETTES.light;

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
