// ink-text-input with the guards a presenter's terminal needs: `focus` passed explicitly (it
// defaults to true, and every focused input takes every key), typed or pasted text cleaned of
// escapes and controls and cut to `max`, and Backspace removing a whole emoji rather than half
// of its surrogate pair. While the field has focus it owns the keyboard: the app's handler is
// inactive, ink-text-input edits the text, and the other keys (Esc, Tab, ↑/↓) go to `onKey`.
// The box has a fixed size, so a long paste never moves the layout.
import { Box, Text, useInput } from 'ink';
import TextInput from 'ink-text-input';
import React from 'react';
import type { FieldHandlers } from '../screens/view';
import { cleanInput, displaySafe } from '../text/sanitize';
import { truncate, wrap } from '../text/width';
import { THEME } from '../theme';

export interface TextFieldProps {
  value: string;
  focus: boolean;
  width: number;
  rows?: number;
  max: number;
  placeholder?: string;
  field: FieldHandlers;
}

/** When an edit removed part of a grapheme (half an emoji), remove the whole grapheme instead. */
export function wholeGraphemeEdit(prev: string, next: string): string {
  if (next.length >= prev.length || prev.length - next.length > 1) return next;
  let p = 0;
  while (p < next.length && prev[p] === next[p]) p++;
  if (prev.slice(0, p) + prev.slice(p + 1) !== next) return next;
  const seg = new Intl.Segmenter('zh', { granularity: 'grapheme' });
  for (const s of seg.segment(prev)) {
    if (p >= s.index && p < s.index + s.segment.length) {
      return s.segment.length === 1 ? next : prev.slice(0, s.index) + prev.slice(s.index + s.segment.length);
    }
  }
  return next;
}

/** The keys a field leaves to the key table: ink-text-input ignores them or does nothing useful. */
function FieldKeys({ onKey }: { onKey: FieldHandlers['onKey'] }) {
  useInput(
    (input, key) => {
      if (key.escape || key.tab || key.upArrow || key.downArrow || key.pageUp || key.pageDown) onKey(input, key);
    },
    { isActive: true },
  );
  return null;
}

/** A value as the rows of a field without the keyboard: wrapped, and when it is longer than the
 * rows, the last row ends with … (there is more). */
export function fieldLines(value: string, width: number, rows: number): string[] {
  const all = wrap(displaySafe(value), width);
  if (all.length <= rows) return all;
  const kept = all.slice(0, rows);
  kept[rows - 1] = truncate(`${kept[rows - 1]!}${all[rows]!}`, width);
  return kept;
}

export function TextField({ value, focus, width, rows = 1, max, placeholder = '', field }: TextFieldProps) {
  if (!focus) {
    const lines = value === '' ? [placeholder] : fieldLines(value, width, rows);
    return (
      <Box width={width} height={rows} flexDirection="column">
        {lines.map((l, i) => (
          <Text key={i} color={value === '' ? THEME.muted : undefined} wrap="truncate">
            {l}
          </Text>
        ))}
      </Box>
    );
  }
  // The placeholder of a field being typed in is drawn here, in the theme's colour, after
  // ink-text-input's cursor (it would draw it grey itself, a colour even under NO_COLOR).
  return (
    <Box width={width} height={rows} overflow="hidden">
      <FieldKeys onKey={field.onKey} />
      <TextInput value={value} focus={focus} onChange={(next) => field.onText(cleanInput(wholeGraphemeEdit(value, next), max))} onSubmit={() => field.onSubmit()} />
      {value === '' && placeholder !== '' && (
        <Text color={THEME.muted} wrap="truncate">
          {truncate(placeholder, Math.max(0, width - 1))}
        </Text>
      )}
    </Box>
  );
}
