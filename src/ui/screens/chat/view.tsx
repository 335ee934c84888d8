// The chat: messages and gift cards, newest at the bottom, and the input line.
import { Box, Text } from 'ink';
import React from 'react';
import { sayer } from '../../../i18n';
import { CHAT } from '../../../i18n/screens/chat';
import { GiftCard } from '../../components/GiftCard';
import { TextField } from '../../components/TextField';
import { chatItem, systemText, visibleMessages, visibleWindow } from '../../model/chat-items';
import { wrap } from '../../text/width';
import { THEME } from '../../theme';
import type { ViewProps } from '../view';
import { CHAT_MAX, isCard, isCodeChat, type ChatScreen } from './reducer';

export function ChatView({ screen, env, focused, field }: ViewProps<ChatScreen>) {
  const t = sayer(env.lang);
  const inputRows = 1;
  const bodyHeight = Math.max(1, env.height - inputRows - 1);
  const messages = visibleMessages(env.state, env.pane.chat, env.user);
  const phone = env.phone === true;
  const make = (m: (typeof messages)[number]) => chatItem(env.state, m, env.user, env.lang, env.width, phone);
  // Scrolled back to the top of what is in memory: a line above it says older lines are being
  // read, or that there are none.
  let items = visibleWindow(messages, make, bodyHeight - (screen.older ? 1 : 0), screen.cursor);
  const atTop = screen.older !== undefined && (messages.length === 0 || items[0]?.msg.id === messages[0]!.id);
  if (screen.older && !atTop) items = visibleWindow(messages, make, bodyHeight, screen.cursor);
  const selected = messages.find((m) => m.id === screen.cursor);
  return (
    <Box flexDirection="column" width={env.width} height={env.height}>
      {/* No clipping: visibleWindow fits the items to bodyHeight, and clipping costs every frame. */}
      <Box flexDirection="column" height={bodyHeight} justifyContent="flex-end">
        {atTop && (
          <Box justifyContent="center" width={env.width}>
            <Text color={THEME.muted} wrap="truncate">
              {t(screen.older === 'loading' ? CHAT.loadingOlder : CHAT.noOlder)}
            </Text>
          </Box>
        )}
        {items.length === 0 &&
          wrap(t(CHAT.empty), env.width).map((l, i) => (
            <Text key={i} color={THEME.muted} wrap="truncate">
              {l}
            </Text>
          ))}
        {items.map((it) => {
          if (it.kind === 'system')
            return (
              <Box key={it.msg.id} justifyContent="center" width={env.width}>
                <Text color={THEME.muted} inverse={screen.cursor === it.msg.id} wrap="truncate">
                  {systemText(it.msg, env.lang)}
                </Text>
              </Box>
            );
          if (it.kind === 'card') {
            const p = env.state.packets[it.msg.packet!];
            // A gift still on disk: said as such, and Enter reads it back.
            if (!p)
              return (
                <Text key={it.msg.id} color={screen.cursor === it.msg.id ? THEME.focus : THEME.muted} wrap="truncate">
                  {t(CHAT.archivedCard)}
                </Text>
              );
            return (
              <Box key={it.msg.id} flexDirection="column" width={env.width} alignItems={it.mine ? 'flex-end' : 'flex-start'}>
                {it.lines.map((l, i) => (
                  <Text key={i} color={it.mine ? THEME.mine : THEME.text} wrap="truncate">
                    {l}
                  </Text>
                ))}
                <GiftCard state={env.state} packet={p} user={env.user} lang={env.lang} width={env.width} selected={screen.cursor === it.msg.id} mine={it.mine} large={phone} />
              </Box>
            );
          }
          return (
            <Box key={it.msg.id} flexDirection="column" width={env.width} alignItems={it.mine ? 'flex-end' : 'flex-start'}>
              {it.lines.map((l, i) => (
                <Text key={i} color={it.mine ? THEME.mine : undefined} inverse={screen.cursor === it.msg.id} wrap="truncate">
                  {l}
                </Text>
              ))}
            </Box>
          );
        })}
      </Box>
      <Text color={THEME.muted}>{'─'.repeat(env.width)}</Text>
      <Box width={env.width}>
        <Text color={screen.editing ? THEME.typing : THEME.muted}>› </Text>
        <TextField
          value={screen.input}
          focus={focused && screen.editing === 'input'}
          width={env.width - 2}
          max={CHAT_MAX}
          placeholder={
            screen.editing === 'input' ? t(CHAT.typing) : selected ? t(isCard(selected) ? CHAT.openGift : CHAT.scrolledBack) : isCodeChat(env.pane.chat) ? t(CHAT.codeChat) : t(CHAT.typeOrGift)
          }
          field={field}
        />
      </Box>
    </Box>
  );
}
