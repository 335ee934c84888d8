import { Box, Text } from 'ink';
import React from 'react';
import { sayer } from '../../../i18n';
import { CHATS } from '../../../i18n/screens/chat';
import { Menu } from '../../components/Menu';
import { unreadByChat } from '../../model/inbox';
import { displaySafe } from '../../text/sanitize';
import { THEME } from '../../theme';
import type { ViewProps } from '../view';
import { chatList, type ChatsScreen } from './reducer';

export function ChatsView({ screen, env }: ViewProps<ChatsScreen>) {
  const t = sayer(env.lang);
  const list = chatList(env.state, env.user);
  const unread = unreadByChat(env.state, env.pane);
  const hint = (chat: string) => {
    if (chat === env.pane.chat) return { hint: '●' };
    const u = unread.get(chat);
    return u ? { hint: t(u.gifts > 0 ? CHATS.unreadGifts : CHATS.unread, { n: u.n }) } : {};
  };
  return (
    <Box flexDirection="column" width={env.width} height={env.height} overflow="hidden">
      <Text bold color={THEME.title}>
        {t(CHATS.title)}
      </Text>
      <Menu
        width={env.width}
        height={Math.max(1, env.height - 1)}
        cursor={screen.cursor}
        items={list.map((c) => ({ id: c.chat, label: `${c.chat.startsWith('group:') ? '👥' : '👤'} ${displaySafe(c.name)}`, ...hint(c.chat) }))}
      />
    </Box>
  );
}
