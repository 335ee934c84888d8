// One user's phone: the chat's name and members, the user and their wallet, then the screen on
// top of the pane's stack (the chat, the shop, a form…), and under it a store failure met here.
// The focused pane has a bright border.
import { Box, Text } from 'ink';
import React from 'react';
import { yuan } from '../../domain/money';
import { chatMembers } from '../../domain/rules';
import type { State } from '../../domain/types';
import { sayer, type Lang } from '../../i18n';
import { APP } from '../../i18n/app';
import { userName } from '../../i18n/events';
import { paneEnv } from '../app/decide';
import type { Runner, World } from '../app/runner';
import { top, type PaneState } from '../app/types';
import { paneNews } from '../model/inbox';
import { codeChatTitle, systemText } from '../model/chat-items';
import type { FieldHandlers } from '../screens/view';
import { viewOf } from '../screens/views';
import { displaySafe } from '../text/sanitize';
import { fit, truncate, width as widthOf } from '../text/width';
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

/** A chat's name without its icon: the group's, or the other person's. */
export function chatName(state: State, chat: string, user: string): string {
  if (chat.startsWith('group:')) return displaySafe(state.groups[chat.slice(6)]?.name ?? chat);
  return displaySafe(userName(state, (chatMembers(state, chat) ?? []).find((u) => u !== user) ?? ''));
}

/** The line under a pane's header when something new came in another chat, or null. When it is
 * wider than the pane, the count goes, then a message's text gives way, then the chat's name is
 * left out (the chat list names it), so no name is cut and "c 查看" stays. */
export function inboxText(state: State, pane: PaneState, lang: Lang, width: number, news = paneNews(state, pane)): string | null {
  if (!news) return null;
  const t = sayer(lang);
  const m = news.msg;
  const who = m.from ? displaySafe(userName(state, m.from)) : '';
  const dm = news.chat.startsWith('dm:');
  const gift = m.packet !== undefined && !m.system;
  const chat = chatName(state, news.chat, pane.user);
  const more = news.n > 1 ? t(APP.inboxMore, { n: news.n }) : '';
  if (gift) {
    const full = t(dm ? APP.inboxGiftDm : APP.inboxGift, { who, chat });
    for (const line of [full + more, full]) if (widthOf(line) <= width) return line;
    return t(APP.inboxGiftShort, { who });
  }
  // A line of a chat: its text gives way (it is still there in the chat), then the chat's name.
  const text = displaySafe(m.system ? systemText(m, lang) : m.text);
  const forms = [(x: string) => t(dm ? APP.inboxTextDm : APP.inboxText, { who: who || chat, chat, text: x }), (x: string) => t(APP.inboxTextDm, { who: who || chat, text: x })];
  if (widthOf(forms[0]!(text) + more) <= width) return forms[0]!(text) + more;
  for (const say of forms) {
    const room = widthOf(text) - (widthOf(say(text)) - width);
    if (room >= 4) return say(truncate(text, room));
  }
  return forms[1]!(truncate(text, 4));
}

/** The line under a pane's (or a phone's) title: whose it is and their wallet. */
export function ownerLine(state: State, user: string, lang: Lang): string {
  return `${displaySafe(state.users[user]?.name ?? user)} · ${sayer(lang)(APP.wallet)} ${yuan(state.wallets[user] ?? 0)}`;
}

/** What a screen's text field hands the runner, for pane `index`. */
export function fieldHandlers(runner: Runner, index: number): FieldHandlers {
  return {
    onText: (value: string) => void runner.dispatch({ type: 'text', pane: index, value }),
    onSubmit: () => void runner.dispatch({ type: 'submit', pane: index }),
    onKey: runner.fieldKey.bind(runner),
  };
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
  const screen = top(pane);
  const View = viewOf(screen);
  const unread = paneNews(state, pane);
  const env = paneEnv(pane, state, runner.lang, inner, body, false, unread);
  const news = inboxText(state, pane, runner.lang, inner, unread);
  const field = fieldHandlers(runner, index);
  return (
    <Box width={width} height={height} flexDirection="column" borderStyle={focused ? 'bold' : 'round'} borderColor={focused ? THEME.focus : THEME.muted}>
      <Text bold color={focused ? THEME.focus : THEME.text} wrap="truncate">
        {fit(`${index + 1} ${chatTitle(state, pane.chat, pane.user, runner.lang)}`, inner)}
      </Text>
      <Text color={THEME.muted} wrap="truncate">
        {fit(ownerLine(state, pane.user, runner.lang), inner)}
      </Text>
      {news && (
        <Text color={THEME.news} bold wrap="truncate">
          {fit(news, inner)}
        </Text>
      )}
      <View screen={screen} env={env} focused={focused && typing} field={field} />
      {pane.alert && (
        <Text color={THEME.tone.bad} wrap="truncate">
          {truncate(displaySafe(pane.alert), inner)}
        </Text>
      )}
    </Box>
  );
});
