// Shown instead of a broken layout when even one pane cannot be drawn; it updates on resize.
// (Before that, fewer panes are shown: see layout.ts.)
import { Box, Text } from 'ink';
import React from 'react';
import type { Lang } from '../../i18n';
import { sayer } from '../../i18n';
import { APP } from '../../i18n/app';
import { THEME } from '../theme';
import { wrap } from '../text/width';

export function TooSmall({ lang, cols, rows, need }: { lang: Lang; cols: number; rows: number; need: { cols: number; rows: number } }) {
  const t = sayer(lang);
  const w = Math.max(1, cols);
  return (
    <Box flexDirection="column" width={w}>
      {wrap(t(APP.enlarge), w).map((l, i) => (
        <Text key={`e${i}`} color={THEME.warn} wrap="truncate">
          {l}
        </Text>
      ))}
      <Text wrap="truncate">{`${cols}×${rows} → ${need.cols}×${need.rows}`}</Text>
      {wrap(t(APP.onePane, { cols: need.cols, rows: need.rows }), w).map((l, i) => (
        <Text key={i} wrap="truncate">
          {l}
        </Text>
      ))}
      <Text color={THEME.muted} wrap="truncate">
        {t(APP.ctrlCQuits)}
      </Text>
    </Box>
  );
}
