// One user's phone: the chat's name and members, the user and their wallet, then the screen on
// top of the pane's stack (the chat, the shop, a form…), and under it a store failure met here.
// The focused pane has a bright border.
import { Box, Text } from 'ink';
import React from 'react';
import { yuan } from '../../domain/money';
import { chatMembers } from '../../domain/rules';
import type { State } from '../../domain/types';
import { sayer, type Lang } from '../../i18n';
import { codeChatTitle } from '../model/chat-items';
import { APP } from '../../i18n/app';
import type { Runner, World } from '../app/runner';
import { top, type PaneState } from '../app/types';
import { viewOf } from '../screens/views';
import { displaySafe } from '../text/sanitize';
import { fit, truncate } from '../text/width';
import { THEME } from '../theme';

export function chatTitle(state: State, chat: string, user: string, lang: Lang = 'zh'): string {
  if (chat.startsWith('group:')) {
    const g = state.groups[chat.slice(6)];
    return g ? `👥 ${displaySafe(g.name)} (${g.members.length})` : chat;
  }
  if (chat.startsWith('code:')) return codeChatTitle(state, chat, lang);
  const other = (chatMembers(state, chat) ?? []).find((u) => u !== user) ?? '';
  return `👤 ${displaySafe(state.users[other]?.name ?? other)}`;
}

interface PaneProps {
  runner: Runner;
  index: number;
  /** The pane's own UI state: a new object only when this pane changed. */
  pane: PaneState;
  /** The world: a new object only when the engine state changed. */
  world: World;
  focused: boolean;
  /** Text fields may take the keyboard (no overlay is open). */
  typing: boolean;
  width: number;
  height: number;
  inner: number;
  body: number;
}

/** Only the panes whose props changed re-render: a key in one pane leaves the others alone. */
export const Pane = React.memo(function Pane({ runner, index, pane, world, focused, typing, width, height, inner, body }: PaneProps) {
  const { state } = world;
  const t = sayer(runner.lang);
  const screen = top(pane);
  const View = viewOf(screen);
  const env = { state, user: pane.user, pane, lang: runner.lang, width: inner, height: body - (pane.alert ? 1 : 0) };
  const user = state.users[pane.user];
  const field = {
    onText: (value: string) => void runner.dispatch({ type: 'text', pane: index, value }),
    onSubmit: () => void runner.dispatch({ type: 'submit', pane: index }),
    onKey: runner.fieldKey.bind(runner),
  };
  return (
    <Box width={width} height={height} flexDirection="column" borderStyle={focused ? 'bold' : 'round'} borderColor={focused ? THEME.focus : THEME.muted}>
      <Text bold color={focused ? THEME.focus : THEME.text} wrap="truncate">
        {fit(`${index + 1} ${chatTitle(state, pane.chat, pane.user, runner.lang)}`, inner)}
      </Text>
      <Text color={THEME.muted} wrap="truncate">
        {fit(`${displaySafe(user?.name ?? pane.user)} · ${t(APP.wallet)} ${yuan(state.wallets[pane.user] ?? 0)}`, inner)}
      </Text>
      <View screen={screen} env={env} focused={focused && typing} field={field} />
      {pane.alert && (
        <Text color={THEME.tone.bad} wrap="truncate">
          {truncate(displaySafe(pane.alert), inner)}
        </Text>
      )}
    </Box>
  );
});
