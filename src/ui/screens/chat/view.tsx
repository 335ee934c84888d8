// The chat: messages and gift cards, newest at the bottom, and the input line.
import { Box, Text } from 'ink';
import React from 'react';
import { sayer } from '../../../i18n';
import { CHAT } from '../../../i18n/screens/chat';
import { CARD_HEIGHT, PHONE_CARD_HEIGHT } from '../../components/card-lines';
import { GiftCard } from '../../components/GiftCard';
import { TextField } from '../../components/TextField';
import { chatItem, systemText, visibleMessages, visibleWindow } from '../../model/chat-items';
import { THEME } from '../../theme';
import type { ViewProps } from '../view';
import { CHAT_MAX, isCodeChat, type ChatScreen } from './reducer';

export function ChatView({ screen, env, focused, field }: ViewProps<ChatScreen>) {
  const t = sayer(env.lang);
  const inputRows = 1;
  const bodyHeight = Math.max(1, env.height - inputRows - 1);
  const messages = visibleMessages(env.state, env.pane.chat, env.user);
  const cardWidth = env.phone ? Math.min(env.width, Math.max(30, Math.floor(env.width * 0.75))) : Math.min(env.width, Math.max(24, Math.floor(env.width * 0.9)));
  const cardHeight = env.phone ? PHONE_CARD_HEIGHT : CARD_HEIGHT;
  const items = visibleWindow(messages, (m) => chatItem(env.state, m, env.user, env.lang, env.width, cardHeight), bodyHeight, screen.cursor);
  return (
    <Box flexDirection="column" width={env.width} height={env.height}>
      {/* No clipping: visibleWindow fits the items to bodyHeight, and clipping costs every frame. */}
      <Box flexDirection="column" height={bodyHeight} justifyContent="flex-end">
        {items.length === 0 && (
          <Text color={THEME.muted} wrap="truncate">
            {t(CHAT.empty)}
          </Text>
        )}
        {items.map((it) => {
          if (it.kind === 'system')
            return (
              <Box key={it.msg.id} justifyContent="center" width={env.width}>
                <Text color={THEME.muted} wrap="truncate">
                  {systemText(it.msg, env.lang)}
                </Text>
              </Box>
            );
          if (it.kind === 'card') {
            const p = env.state.packets[it.msg.packet!];
            if (!p) return null;
            return (
              <Box key={it.msg.id} flexDirection="column" width={env.width} alignItems={it.mine ? 'flex-end' : 'flex-start'}>
                {it.lines.map((l, i) => (
                  <Text key={i} color={it.mine ? THEME.mine : THEME.text} wrap="truncate">
                    {l}
                  </Text>
                ))}
                <GiftCard state={env.state} packet={p} user={env.user} lang={env.lang} width={cardWidth} selected={screen.cursor === it.msg.id} mine={it.mine} large={env.phone === true} />
              </Box>
            );
          }
          return (
            <Box key={it.msg.id} flexDirection="column" width={env.width} alignItems={it.mine ? 'flex-end' : 'flex-start'}>
              {it.lines.map((l, i) => (
                <Text key={i} color={it.mine ? THEME.mine : undefined} wrap="truncate">
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
          placeholder={screen.cursor !== null ? t(CHAT.openGift) : isCodeChat(env.pane.chat) ? t(CHAT.codeChat) : t(CHAT.typeOrGift)}
          field={field}
        />
      </Box>
    </Box>
  );
}
