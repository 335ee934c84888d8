// One user's phone: the chat's name and members, the user and their wallet, then the screen on
// top of the pane's stack (the chat, the shop, a form…). The focused pane has a bright border.
import { Box, Text } from 'ink';
import React from 'react';
import { yuan } from '../../domain/money';
import { chatMembers } from '../../domain/rules';
import type { Controller } from '../controller';
import { tr } from '../model/effects';
import { top, type PaneState } from '../model/screens';
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

interface PaneProps {
  c: Controller;
  index: number;
  /** The pane's own UI state: a new object only when this pane changed. */
  pane: PaneState;
  focused: boolean;
  /** Text fields may take the keyboard (no overlay is open). */
  typing: boolean;
  /** The world's version: the pane redraws when the engine state changed. */
  stateVersion: number;
  width: number;
  height: number;
  inner: number;
  body: number;
}

/** Only the panes whose props changed re-render: a key in one pane leaves the others alone. */
export const Pane = React.memo(function Pane({ c, index, pane, focused, typing, width, height, inner, body }: PaneProps) {
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
        focused={focused && typing}
        onText={(v: string) => c.setText(index, v)}
        onSubmit={() => void c.submitText(index)}
      />
    </Box>
  );
});
