// ink-text-input with the guards a presenter's terminal needs: `focus` passed explicitly (it
// defaults to true, and every focused input takes every key), typed or pasted text cleaned of
// escapes and controls and cut to `max`, and Backspace removing a whole emoji rather than half
// of its surrogate pair. The box has a fixed size, so a long paste never moves the layout.
import { Box, Text } from 'ink';
import TextInput from 'ink-text-input';
import React from 'react';
import { cleanInput, displaySafe } from '../text/sanitize';
import { wrap } from '../text/width';

export interface TextFieldProps {
  value: string;
  focus: boolean;
  width: number;
  rows?: number;
  max: number;
  placeholder?: string;
  onChange: (value: string) => void;
  onSubmit: () => void;
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

export function TextField({ value, focus, width, rows = 1, max, placeholder = '', onChange, onSubmit }: TextFieldProps) {
  if (!focus) {
    const lines = value === '' ? [placeholder] : wrap(displaySafe(value), width).slice(0, rows);
    return (
      <Box width={width} height={rows} flexDirection="column">
        {lines.map((l, i) => (
          <Text key={i} color={value === '' ? 'gray' : undefined} wrap="truncate">
            {l}
          </Text>
        ))}
      </Box>
    );
  }
  return (
    <Box width={width} height={rows} overflow="hidden">
      <TextInput
        value={value}
        focus={focus}
        placeholder={placeholder}
        onChange={(next) => onChange(cleanInput(wholeGraphemeEdit(value, next), max))}
        onSubmit={() => onSubmit()}
      />
    </Box>
  );
}
