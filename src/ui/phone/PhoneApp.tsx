// One person's phone (`--as USER`): the top screen of their single pane drawn full-screen in a
// phone-shaped frame, the same screens and reducers as the presenter's panes, arranged for one.
// Home is the chat list; Enter opens a chat; Esc goes back. Any screen a pane can show is drawn
// here at the phone's size (Env.phone lets a screen use the room: larger cards, two-line rows).
import { Box, Text } from 'ink';
import React from 'react';
import { sayer } from '../../i18n';
import { PHONE } from '../../i18n/live';
import { paneEnv } from '../app/decide';
import { top } from '../app/types';
import { HelpOverlay } from '../components/HelpOverlay';
import { StatusBar } from '../components/StatusBar';
import { chatTitle, fieldHandlers, inboxText, ownerLine } from '../components/Pane';
import { QuitOverlay } from '../components/QuitOverlay';
import { TooSmall } from '../components/TooSmall';
import { LiveBar } from '../live/LiveBar';
import { paneNews } from '../model/inbox';
import { viewOf } from '../screens/views';
import { displaySafe } from '../text/sanitize';
import { fit, truncate, width as textWidth } from '../text/width';
import { THEME } from '../theme';
import { useRunner, type AppProps } from '../use-runner';
import { phoneFrame } from './layout';

export function PhoneApp(props: AppProps) {
  const { runner, cols, rows } = props;
  const snap = useRunner(props);
  const { ui, world } = snap;
  const pane = ui.panes[0]!;
  const screen = top(pane);
  const f = phoneFrame(cols, rows, snap.live != null);
  if (!f.ok) return <TooSmall lang={runner.lang} cols={cols} rows={rows} need={f.need} />;
  const t = sayer(runner.lang);
  const { state } = world;
  const View = viewOf(screen);
  // As in a pane: a line for a store failure, a line for news from another chat.
  const unread = paneNews(state, pane);
  const news = inboxText(state, pane, runner.lang, f.innerWidth, unread);
  const env = paneEnv(pane, state, runner.lang, f.innerWidth, f.bodyHeight, true, unread);
  const field = fieldHandlers(runner, 0);
  // Home (the chat list) says whose phone it is; above it, the chat or screen and a way back.
  const atHome = pane.stack.length === 1;
  const title = atHome ? `📱 ${t(PHONE.home)}` : `‹ ${chatTitle(state, pane.chat, pane.user, runner.lang)}`;
  const who = ownerLine(state, pane.user, runner.lang);
  const titleRoom = Math.max(4, f.innerWidth - textWidth(who) - 2);
  return (
    <Box flexDirection="column" width={cols} height={f.height} alignItems="center">
      {ui.overlay === 'help' ? (
        <HelpOverlay lang={runner.lang} width={f.width} height={f.phoneHeight} phone />
      ) : ui.overlay === 'quit' ? (
        <QuitOverlay ui={ui} state={state} lang={runner.lang} width={f.width} height={f.phoneHeight} />
      ) : (
        <Box width={f.width} height={f.phoneHeight} flexDirection="column" borderStyle="round" borderColor={THEME.focus} paddingX={1}>
          <Box width={f.innerWidth}>
            <Text bold color={THEME.focus} wrap="truncate">
              {fit(truncate(title, titleRoom), titleRoom)}
            </Text>
            <Text color={THEME.muted} wrap="truncate">
              {`  ${who}`}
            </Text>
          </Box>
          {news && (
            <Text color={THEME.news} bold wrap="truncate">
              {fit(news, f.innerWidth)}
            </Text>
          )}
          <View screen={screen} env={env} focused={ui.overlay === null} field={field} />
          {pane.alert && (
            <Text color={THEME.tone.bad} wrap="truncate">
              {truncate(displaySafe(pane.alert), f.innerWidth)}
            </Text>
          )}
        </Box>
      )}
      {snap.live && <LiveBar live={snap.live} state={state} lang={runner.lang} width={f.width} />}
      <StatusBar runner={runner} snap={snap} width={f.width} phone />
    </Box>
  );
}
