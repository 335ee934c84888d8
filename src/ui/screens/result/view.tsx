import { Box, Text } from 'ink';
import React from 'react';
import { sayer } from '../../../i18n';
import { RESULT } from '../../../i18n/screens/card';
import { displaySafe } from '../../text/sanitize';
import { wrap } from '../../text/width';
import { THEME } from '../../theme';
import type { ViewProps } from '../view';
import type { ResultScreen } from './reducer';

const ICON = { good: '🎉', bad: '💨', info: '🍀' } as const;

export function ResultView({ screen, env }: ViewProps<ResultScreen>) {
  const t = sayer(env.lang);
  const w = env.width;
  const color = THEME.tone[screen.tone];
  return (
    <Box flexDirection="column" width={w} height={env.height} alignItems="center" justifyContent="center">
      {/* One block: centring two children apart puts them at half rows, and the hint overdrew the border. */}
      <Box flexDirection="column" alignItems="center">
        <Box borderStyle="double" borderColor={color} paddingX={2} flexDirection="column" alignItems="center" width={Math.min(w, 30)}>
          <Text bold color={color}>
            {`${ICON[screen.tone]} ${displaySafe(screen.title)}`}
          </Text>
          {/* Wrapped, not cut: a long gift name must not hide the voucher code after it. */}
          {wrap(displaySafe(screen.detail), Math.min(w, 30) - 6).map((l, i) => (
            <Text key={i}>{l}</Text>
          ))}
        </Box>
        <Text color={THEME.muted}>{t(RESULT.back)}</Text>
      </Box>
    </Box>
  );
}
