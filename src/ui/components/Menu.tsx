// A vertical list with a cursor; disabled rows are dimmed and say why.
import { Box, Text } from 'ink';
import React from 'react';
import { displaySafe } from '../text/sanitize';
import { truncate, width as width_ } from '../text/width';
import { THEME } from '../theme';

export interface MenuItem {
  id: string;
  label: string;
  /** Shown after the label, right-aligned in spirit (a price, a count). */
  hint?: string;
  disabled?: string;
}

/** Rows to draw so the cursor stays visible in `height` rows. */
export function windowAround(total: number, cursor: number, height: number): [number, number] {
  if (total <= height) return [0, total];
  const start = Math.min(Math.max(0, cursor - Math.floor(height / 2)), total - height);
  return [start, start + height];
}

export function Menu({ items, cursor, width, height }: { items: MenuItem[]; cursor: number; width: number; height?: number }) {
  const [from, to] = windowAround(items.length, cursor, height ?? items.length);
  return (
    <Box flexDirection="column" width={width}>
      {items.slice(from, to).map((it, k) => {
        const i = from + k;
        const on = i === cursor;
        // The label gives way first: the price and the reason a row is disabled stay readable.
        // Labels carry names, gifts and variants from users and world files: cleaned here, once
        // for every list.
        const tail = displaySafe(`${it.hint ? `  ${it.hint}` : ''}${it.disabled ? ` (${it.disabled})` : ''}`);
        const room = Math.max(4, width - 2 - width_(tail));
        const text = `${on ? '▶ ' : '  '}${truncate(displaySafe(it.label), room)}${tail}`;
        return (
          <Text key={it.id + i} color={it.disabled ? THEME.muted : on ? THEME.focus : undefined} bold={on} inverse={on && !it.disabled} wrap="truncate">
            {truncate(text, width)}
          </Text>
        );
      })}
    </Box>
  );
}
