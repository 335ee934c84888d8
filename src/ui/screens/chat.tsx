// The chat: messages and gift cards, newest at the bottom, and the input line. ↑/↓ select a
// card (Enter opens it); with no card selected Enter gives the input line the keyboard.
import { Box, Text } from 'ink';
import React from 'react';
import type { Command } from '../../domain/commands';
import { refusalMessage } from '../../i18n/refusals';
import { GiftCard } from '../components/GiftCard';
import { TextField } from '../components/TextField';
import { tr, type Effect, type Env } from '../model/effects';
import { chatItem, visibleMessages, visibleWindow, systemText } from '../model/chat-items';
import type { Screen } from '../model/screens';
import type { ScreenModule } from './types';
import { openCard } from './card';

type Chat = Extract<Screen, { kind: 'chat' }>;

export const CHAT_MAX = 200;

/** The cards of the chat, oldest first: what ↑/↓ move through. */
function cards(env: Env) {
  return visibleMessages(env.state, env.pane.chat, env.user).filter((m) => m.packet !== undefined && !m.system);
}

export const chatModule: ScreenModule<Chat> = {
  actions: (s, env) => (s.editing ? [] : env.pane.chat.startsWith('dm:') ? ['up', 'down', 'select', 'shop', 'chats', 'back'] : ['up', 'down', 'select', 'shop', 'chats']),
  act(s, a, env) {
    const list = cards(env);
    const at = s.cursor === null ? list.length : list.findIndex((m) => m.id === s.cursor);
    switch (a.id) {
      case 'up': {
        const i = Math.max(0, (at < 0 ? list.length : at) - 1);
        return list.length ? { type: 'replace', screen: { ...s, cursor: list[i]!.id } } : null;
      }
      case 'down': {
        const i = at + 1;
        return { type: 'replace', screen: { ...s, cursor: i >= list.length ? null : list[i]!.id } };
      }
      case 'select': {
        const m = list.find((x) => x.id === s.cursor);
        if (m) return openCard(m.packet!, env);
        return { type: 'replace', screen: { ...s, editing: 'input' } };
      }
      case 'stopEdit':
        return { type: 'replace', screen: { ...s, editing: null } };
      case 'shop':
        return { type: 'push', screen: { kind: 'shop', tab: 0, cursor: 0, query: '', editing: null, bag: null } };
      case 'chats':
        return { type: 'push', screen: { kind: 'chats', cursor: 0 } };
      case 'back': {
        const group = Object.values(env.state.groups).find((g) => g.members.includes(env.user));
        return group ? { type: 'chat', chat: `group:${group.id}` } : null;
      }
      default:
        return null;
    }
  },
  setText: (s, value) => ({ ...s, input: value }),
  submit(s, env): Effect | null {
    if (s.input.trim() === '') return { type: 'replace', screen: { ...s, editing: null } };
    const command: Command = { type: 'say', as: env.user, chat: env.pane.chat, text: s.input };
    return {
      type: 'run',
      command,
      ok: () => ({ type: 'replace', screen: { ...s, input: '' } }),
      fail: (r) => ({ type: 'notice', text: refusalMessage(r.code, env.lang), tone: 'bad' }),
    };
  },
  View({ screen, env, focused, onText, onSubmit }) {
    const s = tr(env.lang);
    const inputRows = 1;
    const bodyHeight = Math.max(1, env.height - inputRows - 1);
    const messages = visibleMessages(env.state, env.pane.chat, env.user);
    const cardWidth = Math.min(env.width, Math.max(24, Math.floor(env.width * 0.9)));
    const items = visibleWindow(messages, (m) => chatItem(env.state, m, env.user, env.lang, env.width), bodyHeight, screen.cursor);
    return (
      <Box flexDirection="column" width={env.width} height={env.height}>
        {/* No clipping: visibleWindow fits the items to bodyHeight, and clipping costs every frame. */}
        <Box flexDirection="column" height={bodyHeight} justifyContent="flex-end">
          {items.length === 0 && (
            <Text color="gray" wrap="truncate">
              {s('还没有消息。按 g 选礼物', 'No messages yet. Press g to pick a gift')}
            </Text>
          )}
          {items.map((it) => {
            if (it.kind === 'system')
              return (
                <Box key={it.msg.id} justifyContent="center" width={env.width}>
                  <Text color="gray" wrap="truncate">
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
                    <Text key={i} color={it.mine ? 'green' : 'white'} wrap="truncate">
                      {l}
                    </Text>
                  ))}
                  <GiftCard state={env.state} packet={p} user={env.user} lang={env.lang} width={cardWidth} selected={screen.cursor === it.msg.id} mine={it.mine} />
                </Box>
              );
            }
            return (
              <Box key={it.msg.id} flexDirection="column" width={env.width} alignItems={it.mine ? 'flex-end' : 'flex-start'}>
                {it.lines.map((l, i) => (
                  <Text key={i} color={it.mine ? 'green' : undefined} wrap="truncate">
                    {l}
                  </Text>
                ))}
              </Box>
            );
          })}
        </Box>
        <Text color="gray">{'─'.repeat(env.width)}</Text>
        <Box width={env.width}>
          <Text color={screen.editing ? 'greenBright' : 'gray'}>› </Text>
          <TextField
            value={screen.input}
            focus={focused && screen.editing === 'input'}
            width={env.width - 2}
            max={CHAT_MAX}
            placeholder={
              screen.cursor !== null ? s('Enter 打开礼物', 'Enter opens the gift') : s('Enter 输入 · g 选礼物', 'Enter to type · g gifts')
            }
            onChange={onText}
            onSubmit={onSubmit}
          />
        </Box>
      </Box>
    );
  },
};
