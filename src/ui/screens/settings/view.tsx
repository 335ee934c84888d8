import { Box, Text } from 'ink';
import React from 'react';
import { sendsOn } from '../../../domain/social';
import { setting } from '../../../domain/settings';
import { beijingDay } from '../../../domain/time';
import { userName } from '../../../i18n/events';
import { sayer } from '../../../i18n';
import { APP } from '../../../i18n/app';
import { SETTINGS } from '../../../i18n/screens/settings';
import { displaySafe } from '../../text/sanitize';
import { fit, truncate, wrap } from '../../text/width';
import { THEME } from '../../theme';
import type { ViewProps } from '../view';
import { APPLY_ROW, GRAB_ROW, PANEL, panelValues, type PanelSetting, type SettingsScreen } from './reducer';

export function SettingsView({ screen, env }: ViewProps<SettingsScreen>) {
  const t = sayer(env.lang);
  const w = env.width;
  const now = panelValues(env.state);
  const v = screen.values;
  const label: Record<PanelSetting, string> = { dailySendLimit: t(SETTINGS.daily), mutualFriendsOnly: t(SETTINGS.mutual), commission: t(SETTINGS.commission), codeDiscount: t(SETTINGS.codeDiscount) };
  const value: Record<PanelSetting, string> = {
    dailySendLimit: v.dailySendLimit > 0 ? t(SETTINGS.dailyN, { n: v.dailySendLimit }) : t(SETTINGS.dailyOff),
    mutualFriendsOnly: v.mutualFriendsOnly ? t(SETTINGS.on) : t(SETTINGS.off),
    commission: t(SETTINGS.percent, { n: v.commission }),
    codeDiscount: t(SETTINGS.percent, { n: v.codeDiscount }),
  };
  const labelWidth = Math.min(env.lang === 'zh' ? 18 : 20, Math.max(8, w - 14));
  const limit = setting(env.state.settings, 'dailySendLimit');
  const sent = sendsOn(env.state, env.user, beijingDay(env.state.now));
  const who = displaySafe(userName(env.state, env.user));
  const today = limit > 0 ? t(SETTINGS.today, { who, n: sent, limit }) : t(SETTINGS.todayNoLimit, { who, n: sent });
  const pending = PANEL.some((k) => v[k] !== now[k]);
  const row = (i: number, text: string, color?: string) => {
    const on = screen.cursor === i;
    return (
      <Text key={i} inverse={on} bold={on} color={on ? THEME.focus : color} wrap="truncate">
        {truncate(`${on ? '▶ ' : '  '}${text}`, w)}
      </Text>
    );
  };
  return (
    <Box flexDirection="column" width={w} height={env.height} overflow="hidden">
      <Text bold color={THEME.title} wrap="truncate">
        {truncate(t(SETTINGS.title), w)}
      </Text>
      {PANEL.map((k, i) => row(i, `${fit(label[k], labelWidth)} ◀ ${value[k]} ▶`, v[k] !== now[k] ? THEME.changed : undefined))}
      {row(GRAB_ROW, `${fit(t(SETTINGS.grab), labelWidth)} ${env.state.settings.grabPolicy === 'first-address' ? t(APP.firstAddress) : t(APP.reserveOnOpen)} · ${t(SETTINGS.grabKey)}`, THEME.muted)}
      {row(APPLY_ROW, t(SETTINGS.apply), THEME.go.off)}
      {pending && <Text color={THEME.changed}>{t(SETTINGS.pending)}</Text>}
      {screen.error && <Text color={THEME.error}>{screen.error}</Text>}
      {wrap(today, w).map((l, i) => (
        <Text key={`d${i}`} color={THEME.muted}>
          {l}
        </Text>
      ))}
      <Text color={THEME.muted} wrap="truncate">
        {truncate(t(SETTINGS.hint), w)}
      </Text>
    </Box>
  );
}
