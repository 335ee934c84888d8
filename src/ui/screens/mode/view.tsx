import { Box, Text } from 'ink';
import React from 'react';
import { setting } from '../../../domain/settings';
import { sayer } from '../../../i18n';
import { MODE } from '../../../i18n/screens/compose';
import { Menu } from '../../components/Menu';
import { THEME } from '../../theme';
import type { ViewProps } from '../view';
import { modesFor, type ModeScreen } from './reducer';

export function ModeView({ screen, env }: ViewProps<ModeScreen>) {
  const t = sayer(env.lang);
  const hint = {
    direct: t(MODE.directHint),
    grab: t(MODE.grabHint),
    lottery: t(MODE.lotteryHint),
    luckybag: t(MODE.luckybagHint),
    code: t(MODE.codeHint, { pct: setting(env.state.settings, 'codeDiscount') }),
    bulk: t(MODE.bulkHint),
  };
  return (
    <Box flexDirection="column" width={env.width} height={env.height}>
      <Text bold color={THEME.title}>
        {t(MODE.title)}
      </Text>
      <Menu width={env.width} cursor={screen.cursor} items={modesFor(env.state, env.user).map((m) => ({ id: m, label: t(MODE[m]), hint: hint[m] }))} />
    </Box>
  );
}
