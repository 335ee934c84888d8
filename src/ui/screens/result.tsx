// The moment after an action: 抢到了 / 手慢了 / 已收下 / 未中奖, large and in colour.
import { Box, Text } from 'ink';
import React from 'react';
import { tr } from '../model/effects';
import type { Screen } from '../model/screens';
import { wrap } from '../text/width';
import type { ScreenModule } from './types';

type Result = Extract<Screen, { kind: 'result' }>;

const COLOR = { good: 'greenBright', bad: 'redBright', info: 'yellow' } as const;
const ICON = { good: '🎉', bad: '💨', info: '🍀' } as const;

export const resultModule: ScreenModule<Result> = {
  actions: () => ['select', 'back'],
  act: (_s, a) => (a.id === 'select' || a.id === 'back' ? { type: 'pop' } : null),
  View({ screen, env }) {
    const t = tr(env.lang);
    const w = env.width;
    return (
      <Box flexDirection="column" width={w} height={env.height} alignItems="center" justifyContent="center">
        {/* One block: centring two children apart puts them at half rows, and the hint overdrew the border. */}
        <Box flexDirection="column" alignItems="center">
          <Box borderStyle="double" borderColor={COLOR[screen.tone]} paddingX={2} flexDirection="column" alignItems="center" width={Math.min(w, 30)}>
            <Text bold color={COLOR[screen.tone]}>
              {`${ICON[screen.tone]} ${screen.title}`}
            </Text>
            {/* Wrapped, not cut: a long gift name must not hide the voucher code after it. */}
            {wrap(screen.detail, Math.min(w, 30) - 6).map((l, i) => (
              <Text key={i}>{l}</Text>
            ))}
          </Box>
          <Text color="gray">{t('Enter 返回聊天', 'Enter: back to the chat')}</Text>
        </Box>
      </Box>
    );
  },
};
