// A vertical list with a cursor; disabled rows are dimmed and say why. A row's name is never cut
// to make room for its price or its reason: when the three do not fit on one line, the price and
// the reason go to a second line under the name. A list longer than its height shows where the
// cursor is (↑ rows above · n/total · ↓ rows below).
import { Box, Text } from 'ink';
import React from 'react';
import { displaySafe } from '../text/sanitize';
import { truncate, width as width_, wrap } from '../text/width';
import { THEME } from '../theme';

export interface MenuItem {
  id: string;
  label: string;
  /** Shown after the label, right-aligned in spirit (a price, a count). */
  hint?: string;
  disabled?: string;
}

/** Rows to draw so the cursor stays visible in `height` rows (every row one line high). */
export function windowAround(total: number, cursor: number, height: number): [number, number] {
  return windowOf(new Array<number>(total).fill(1), cursor, height);
}

/** Items to draw, [from, to), so that item `cursor` is whole in `room` lines, with about as much
 * above it as below, and the rest of the room filled. */
export function windowOf(heights: readonly number[], cursor: number, room: number): [number, number] {
  const n = heights.length;
  if (n === 0) return [0, 0];
  const at = Math.max(0, Math.min(n - 1, cursor));
  if (heights.reduce((a, b) => a + b, 0) <= room) return [0, n];
  let from = at;
  let to = at + 1;
  let used = heights[at]!;
  const half = Math.floor((room - used) / 2);
  let above = 0;
  while (from > 0 && above + heights[from - 1]! <= half) above += heights[--from]!;
  used += above;
  while (to < n && used + heights[to]! <= room) used += heights[to++]!;
  while (from > 0 && used + heights[from - 1]! <= room) used += heights[--from]!;
  return [from, to];
}

const cleanItem = (it: MenuItem): MenuItem => ({
  ...it,
  label: displaySafe(it.label),
  ...(it.hint ? { hint: displaySafe(it.hint) } : {}),
  ...(it.disabled ? { disabled: displaySafe(it.disabled) } : {}),
});

/** An item's lines at this width: one when it all fits, else the name, then its price and reason. */
export function itemLines(item: MenuItem, on: boolean, width: number): string[] {
  // Labels carry names, gifts and variants from users and world files: cleaned here, once for
  // every list.
  const it = cleanItem(item);
  const mark = on ? '▶ ' : '  ';
  const tail = `${it.hint ? `  ${it.hint}` : ''}${it.disabled ? ` (${it.disabled})` : ''}`;
  const one = `${mark}${it.label}${tail}`;
  if (width_(one) <= width) return [one];
  const name = wrap(it.label, Math.max(1, width - 2));
  const lines = [mark + name[0]!, ...(name.length > 1 ? [`  ${truncate(name.slice(1).join(''), width - 2)}`] : [])];
  // The price and the reason under the name, on as many lines as they need (two at most).
  const more = wrap(tail.trim(), Math.max(1, width - 4), { keep: [it.hint ?? '', it.disabled ? `(${it.disabled})` : ''] });
  const shown = more.length <= 2 ? more : [more[0]!, truncate(more.slice(1).join(' '), width - 4)];
  return [...lines, ...shown.filter((l) => l !== '').map((l) => `    ${l}`)];
}

export function Menu({ items, cursor, width, height }: { items: MenuItem[]; cursor: number; width: number; height?: number }) {
  const blocks = items.map((it, i) => itemLines(it, i === cursor, width));
  const heights = blocks.map((b) => b.length);
  const all = heights.reduce((a, b) => a + b, 0);
  const room = height ?? all;
  // Not all of it fits: the last line says where the cursor is.
  const scrolls = all > room && room >= 3;
  const [from, to] = windowOf(heights, cursor, scrolls ? room - 1 : room);
  return (
    <Box flexDirection="column" width={width}>
      {blocks.slice(from, to).map((lines, k) => {
        const i = from + k;
        const it = items[i]!;
        const on = i === cursor;
        return (
          <Box key={it.id + i} flexDirection="column" flexShrink={0}>
            {lines.map((l, j) => (
              <Text key={j} color={it.disabled ? THEME.muted : on ? THEME.focus : undefined} bold={on} inverse={on && !it.disabled} wrap="truncate">
                {truncate(l, width)}
              </Text>
            ))}
          </Box>
        );
      })}
      {scrolls && (
        <Text color={THEME.muted} wrap="truncate">
          {truncate(`${from > 0 ? `↑${from} · ` : ''}${Math.min(items.length, cursor + 1)}/${items.length}${to < items.length ? ` · ↓${items.length - to}` : ''}`, width)}
        </Text>
      )}
    </Box>
  );
}
