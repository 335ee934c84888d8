// ink-text-input with the guards a presenter's terminal needs: `focus` passed explicitly (it
// defaults to true, and every focused input takes every key), typed or pasted text cleaned of
// escapes and controls and cut to `max`, and Backspace removing a whole emoji rather than half
// of its surrogate pair. The box has a fixed size, so a long paste never moves the layout.
import { Box, Text } from 'ink';
import TextInput from 'ink-text-input';
import React, { useRef } from 'react';
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

/**
 * Re-apply an edit made against a stale value onto the latest one. ink-text-input computes each
 * key's new value from the value of its last render; when one chunk of input (a paste with an
 * escape sequence in it) arrives as several keys in one tick, the later keys would undo the
 * earlier ones. The edit is the difference between the stale value and its result.
 */
export function rebase(stale: string, next: string, latest: string): string {
  if (stale === latest) return next;
  let pre = 0;
  while (pre < stale.length && pre < next.length && stale[pre] === next[pre]) pre++;
  let suf = 0;
  while (suf < stale.length - pre && suf < next.length - pre && stale[stale.length - 1 - suf] === next[next.length - 1 - suf]) suf++;
  const inserted = next.slice(pre, next.length - suf);
  const removed = stale.length - pre - suf;
  const at = Math.max(0, latest.length - suf);
  return latest.slice(0, Math.max(0, at - removed)) + inserted + latest.slice(at);
}

export function TextField({ value, focus, width, rows = 1, max, placeholder = '', onChange, onSubmit }: TextFieldProps) {
  // The value as of the last change we made, ahead of the render that will show it.
  const latest = useRef(value);
  latest.current = value;
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
        onChange={(next) => {
          const base = latest.current;
          const merged = cleanInput(wholeGraphemeEdit(base, rebase(value, next, base)), max);
          latest.current = merged;
          onChange(merged);
        }}
        onSubmit={() => onSubmit()}
      />
    </Box>
  );
}
