// One user's phone: the chat's name and members, the user and their wallet, then the screen on
// top of the pane's stack (the chat, the shop, a form…). The focused pane has a bright border.
import { Box, Text } from 'ink';
import React from 'react';
import { yuan } from '../../domain/money';
import { chatMembers } from '../../domain/rules';
import type { Controller } from '../controller';
import { tr } from '../model/effects';
import { top } from '../model/screens';
import { SCREENS } from '../screens';
import { displaySafe } from '../text/sanitize';
import { fit } from '../text/width';

export function chatTitle(c: Controller, chat: string, user: string): string {
  const state = c.state();
  if (chat.startsWith('group:')) {
    const g = state.groups[chat.slice(6)];
    return g ? `👥 ${displaySafe(g.name)} (${g.members.length})` : chat;
  }
  const other = (chatMembers(state, chat) ?? []).find((u) => u !== user) ?? '';
  return `👤 ${displaySafe(state.users[other]?.name ?? other)}`;
}

export function Pane({ c, index, width, height, inner, body }: { c: Controller; index: number; width: number; height: number; inner: number; body: number }) {
  const ui = c.snapshot();
  const pane = ui.panes[index]!;
  const focused = ui.focus === index;
  const state = c.state();
  const t = tr(c.lang);
  const screen = top(pane);
  const mod = SCREENS[screen.kind];
  const env = { ...c.envFor(index), width: inner, height: body };
  const user = state.users[pane.user];
  return (
    <Box width={width} height={height} flexDirection="column" borderStyle={focused ? 'bold' : 'round'} borderColor={focused ? 'cyanBright' : 'gray'}>
      <Text bold color={focused ? 'cyanBright' : 'white'} wrap="truncate">
        {fit(`${index + 1} ${chatTitle(c, pane.chat, pane.user)}`, inner)}
      </Text>
      <Text color="gray" wrap="truncate">
        {fit(`${displaySafe(user?.name ?? pane.user)} · ${t('零钱', 'wallet')} ${yuan(state.wallets[pane.user] ?? 0)}`, inner)}
      </Text>
      <mod.View
        screen={screen}
        env={env}
        focused={focused && ui.overlay === null}
        onText={(v: string) => c.setText(index, v)}
        onSubmit={() => void c.submitText(index)}
      />
    </Box>
  );
}
