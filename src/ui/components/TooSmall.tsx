// Shown instead of a broken layout when the terminal is too small; it updates on resize.
import { Box, Text } from 'ink';
import React from 'react';
import type { Lang } from '../../i18n';
import { tr } from '../model/effects';

export function TooSmall({ lang, cols, rows, need }: { lang: Lang; cols: number; rows: number; need: { cols: number; rows: number } }) {
  const t = tr(lang);
  return (
    <Box flexDirection="column" width={Math.max(1, cols)}>
      <Text color="yellow" wrap="truncate">
        {t('请把终端窗口放大', 'Please enlarge the terminal')}
      </Text>
      <Text wrap="truncate">{`${cols}×${rows} → ${need.cols}×${need.rows}`}</Text>
      <Text color="gray" wrap="truncate">
        {t('Ctrl-C 退出', 'Ctrl-C quits')}
      </Text>
    </Box>
  );
}
