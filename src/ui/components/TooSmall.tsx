// Shown instead of a broken layout when the terminal is too small; it updates on resize.
import { Box, Text } from 'ink';
import React from 'react';
import type { Lang } from '../../i18n';
import { sayer } from '../../i18n';
import { APP } from '../../i18n/app';
import { THEME } from '../theme';

export function TooSmall({ lang, cols, rows, need }: { lang: Lang; cols: number; rows: number; need: { cols: number; rows: number } }) {
  const t = sayer(lang);
  return (
    <Box flexDirection="column" width={Math.max(1, cols)}>
      <Text color={THEME.warn} wrap="truncate">
        {t(APP.enlarge)}
      </Text>
      <Text wrap="truncate">{`${cols}×${rows} → ${need.cols}×${need.rows}`}</Text>
      <Text color={THEME.muted} wrap="truncate">
        {t(APP.ctrlCQuits)}
      </Text>
    </Box>
  );
}
