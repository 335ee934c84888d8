// The pane's chat list: the user's groups and private chats with friends (direct gifts live in
// private chats). The newest message first, as on a phone.
import { Box, Text } from 'ink';
import React from 'react';
import { dmChat, groupChat } from '../../domain/rules';
import type { State, UserId } from '../../domain/types';
import { Menu } from '../components/Menu';
import { moveCursor, tr } from '../model/effects';
import { displaySafe } from '../text/sanitize';
import type { Screen } from '../model/screens';
import type { ScreenModule } from './types';

type Chats = Extract<Screen, { kind: 'chats' }>;

export function chatList(state: State, user: UserId): Array<{ chat: string; name: string; last: number }> {
  const last = new Map<string, number>();
  for (const m of state.messages) if (m.for === undefined || m.for === user) last.set(m.chat, m.id);
  const groups = Object.values(state.groups)
    .filter((g) => g.members.includes(user))
    .map((g) => ({ chat: groupChat(g.id), name: `${g.name} (${g.members.length})` }));
  const dms = (state.users[user]?.friends ?? []).map((f) => ({ chat: dmChat(user, f), name: state.users[f]?.name ?? f }));
  return [...groups, ...dms]
    .map((c) => ({ ...c, last: last.get(c.chat) ?? 0 }))
    .sort((a, b) => b.last - a.last || 0);
}

export const chatsModule: ScreenModule<Chats> = {
  actions: () => ['up', 'down', 'select', 'back'],
  act(s, a, env) {
    const list = chatList(env.state, env.user);
    switch (a.id) {
      case 'up':
      case 'down':
        return moveCursor(s, a, list.length);
      case 'back':
        return { type: 'pop' };
      case 'select': {
        const c = list[s.cursor];
        return c ? { type: 'chat', chat: c.chat } : null;
      }
      default:
        return null;
    }
  },
  View({ screen, env }) {
    const t = tr(env.lang);
    const list = chatList(env.state, env.user);
    return (
      <Box flexDirection="column" width={env.width} height={env.height} overflow="hidden">
        <Text bold color="blueBright">
          {t('聊天', 'Chats')}
        </Text>
        <Menu
          width={env.width}
          height={Math.max(1, env.height - 1)}
          cursor={screen.cursor}
          items={list.map((c) => ({ id: c.chat, label: `${c.chat.startsWith('group:') ? '👥' : '👤'} ${displaySafe(c.name)}`, ...(c.chat === env.pane.chat ? { hint: '●' } : {}) }))}
        />
      </Box>
    );
  },
};
