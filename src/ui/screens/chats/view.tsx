import { Box, Text } from 'ink';
import React from 'react';
import type { ChatMessage, State, UserId } from '../../../domain/types';
import { toShort } from '../../../domain/time';
import { sayer, say, type Lang } from '../../../i18n';
import { modeName } from '../../../i18n/domain-words';
import { CHAT, CHATS } from '../../../i18n/screens/chat';
import { Menu, windowAround } from '../../components/Menu';
import { systemText } from '../../model/chat-items';
import { unreadByChat } from '../../model/inbox';
import { displaySafe } from '../../text/sanitize';
import { fit, truncate, width as textWidth } from '../../text/width';
import { THEME } from '../../theme';
import type { Env } from '../../app/types';
import type { ViewProps } from '../view';
import { chatList, chatsCursor, type ChatRow, type ChatsScreen } from './reducer';

const icon = (chat: string) => (chat.startsWith('group:') ? '👥' : chat.startsWith('code:') ? '🔑' : '👤');

export function ChatsView({ screen, env }: ViewProps<ChatsScreen>) {
  const t = sayer(env.lang);
  const list = chatList(env.state, env.user, env.lang);
  const cursor = chatsCursor(screen, list);
  // Beside each chat: ● the one the pane shows, else how much is new there.
  const unread = unreadByChat(env.state, env.pane);
  const hint = (chat: string): string | null => {
    if (chat === env.pane.chat) return '●';
    const u = unread.get(chat);
    return u ? t(u.gifts > 0 ? CHATS.unreadGifts : CHATS.unread, { n: u.n }) : null;
  };
  return (
    <Box flexDirection="column" width={env.width} height={env.height} overflow="hidden">
      <Text bold color={THEME.title}>
        {t(CHATS.title)}
      </Text>
      {env.phone ? (
        <PhoneRows list={list} cursor={cursor} env={env} hint={hint} />
      ) : (
        <Menu
          width={env.width}
          height={Math.max(1, env.height - 1)}
          cursor={cursor}
          items={list.map((c) => {
            const h = hint(c.chat);
            return { id: c.chat, label: `${icon(c.chat)} ${displaySafe(c.name)}`, ...(h ? { hint: h } : {}) };
          })}
        />
      )}
    </Box>
  );
}

/** On a phone each chat takes two lines, as in WeChat: its name and the time of its newest
 * message, then that message. */
function PhoneRows({ list, cursor, env, hint }: { list: ChatRow[]; cursor: number; env: Env; hint: (chat: string) => string | null }) {
  const rows = Math.max(1, Math.floor((env.height - 1) / 2));
  const [from, to] = windowAround(list.length, cursor, rows);
  const newest = newestMessages(env.state, env.user, new Set(list.map((c) => c.chat)));
  return (
    <Box flexDirection="column" width={env.width}>
      {list.slice(from, to).map((c, k) => {
        const on = from + k === cursor;
        const m = newest.get(c.chat);
        const when = m ? toShort(m.at).slice(6) : '';
        const h = hint(c.chat);
        const name = `${on ? '▶ ' : '  '}${icon(c.chat)} ${displaySafe(c.name)}${h ? ` ${h}` : ''}`;
        const room = Math.max(4, env.width - textWidth(when) - 1);
        return (
          <Box key={c.chat} flexDirection="column" width={env.width}>
            <Text color={on ? THEME.focus : undefined} bold={on} inverse={on} wrap="truncate">
              {`${fit(truncate(name, room), room)} ${when}`}
            </Text>
            <Text color={THEME.muted} wrap="truncate">
              {truncate(`    ${m ? preview(env.state, m, env.user, env.lang) : ''}`, env.width)}
            </Text>
          </Box>
        );
      })}
    </Box>
  );
}

/** The newest message this user may see in each of `chats`, walking back from the end. */
function newestMessages(state: State, user: UserId, chats: Set<string>): Map<string, ChatMessage> {
  const out = new Map<string, ChatMessage>();
  for (let i = state.messages.length - 1; i >= 0 && out.size < chats.size; i--) {
    const m = state.messages[i]!;
    if ((m.for === undefined || m.for === user) && chats.has(m.chat) && !out.has(m.chat)) out.set(m.chat, m);
  }
  return out;
}

function preview(state: State, m: ChatMessage, user: UserId, lang: Lang): string {
  if (m.system) return systemText(m, lang);
  const who = m.from === user || m.from === null ? '' : `${displaySafe(state.users[m.from]?.name ?? m.from)}${say(lang, CHAT.colon)}`;
  const p = m.packet === undefined ? undefined : state.packets[m.packet];
  return `${who}${p ? `[${modeName(p.mode, lang)}]` : displaySafe(m.text)}`;
}
