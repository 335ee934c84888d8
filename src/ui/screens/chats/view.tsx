import { Box, Text } from 'ink';
import React from 'react';
import { sayer } from '../../../i18n';
import { CHATS } from '../../../i18n/screens/chat';
import { Menu } from '../../components/Menu';
import { displaySafe } from '../../text/sanitize';
import { THEME } from '../../theme';
import type { ViewProps } from '../view';
import { chatList, type ChatsScreen } from './reducer';

export function ChatsView({ screen, env }: ViewProps<ChatsScreen>) {
  const t = sayer(env.lang);
  const list = chatList(env.state, env.user, env.lang);
  const icon = (chat: string) => (chat.startsWith('group:') ? '👥' : chat.startsWith('code:') ? '🔑' : '👤');
  return (
    <Box flexDirection="column" width={env.width} height={env.height} overflow="hidden">
      <Text bold color={THEME.title}>
        {t(CHATS.title)}
      </Text>
      <Menu
        width={env.width}
        height={Math.max(1, env.height - 1)}
        cursor={screen.cursor}
        items={list.map((c) => ({ id: c.chat, label: `${icon(c.chat)} ${displaySafe(c.name)}`, ...(c.chat === env.pane.chat ? { hint: '●' } : {}) }))}
      />
    </Box>
  );
}
