import { Box, Text } from 'ink';
import React from 'react';
import { sayer } from '../../../i18n';
import { PICK } from '../../../i18n/screens/compose';
import { Menu } from '../../components/Menu';
import { displaySafe } from '../../text/sanitize';
import { THEME } from '../../theme';
import type { ViewProps } from '../view';
import { candidates, picksMany, type PickScreen } from './reducer';

export function PickView({ screen, env }: ViewProps<PickScreen>) {
  const t = sayer(env.lang);
  const list = candidates(env, screen.draft);
  const multi = picksMany(screen.draft);
  const items = list.map((u) => ({
    id: u,
    label: `${multi ? (screen.chosen.includes(u) ? '☑ ' : '☐ ') : ''}${displaySafe(env.state.users[u]?.name ?? u)}`,
  }));
  const done = { id: '__done', label: screen.chosen.length ? t(PICK.doneSome, { n: screen.chosen.length }) : t(PICK.doneAll) };
  return (
    <Box flexDirection="column" width={env.width} height={env.height} overflow="hidden">
      <Text bold color={THEME.title}>
        {screen.draft.mode === 'bulk' ? t(PICK.whichStaff) : multi ? t(PICK.whoMay) : t(PICK.whichFriend)}
      </Text>
      <Menu width={env.width} height={Math.max(1, env.height - 1)} cursor={screen.cursor} items={multi ? [done, ...items] : items} />
    </Box>
  );
}
