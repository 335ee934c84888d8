import { Box, Text } from 'ink';
import React from 'react';
import { yuan } from '../../../domain/money';
import { giftName, userName } from '../../../i18n/events';
import { sayer } from '../../../i18n';
import { COMPOSE, CONFIRM } from '../../../i18n/screens/compose';
import { Menu } from '../../components/Menu';
import { draftCost } from '../../model/draft';
import { displaySafe } from '../../text/sanitize';
import { truncate, wrap } from '../../text/width';
import { THEME } from '../../theme';
import type { ViewProps } from '../view';
import type { ConfirmScreen } from './reducer';

export function ConfirmView({ screen, env }: ViewProps<ConfirmScreen>) {
  const t = sayer(env.lang);
  const d = screen.draft;
  const w = env.width;
  const cost = draftCost(env.state, d);
  const wallet = env.state.wallets[env.user] ?? 0;
  const target =
    d.mode === 'direct'
      ? t(CONFIRM.toFriend, { name: userName(env.state, d.to ?? '') })
      : d.mode === 'bulk'
        ? t(CONFIRM.toStaff, { n: d.items[0]!.count })
        : t(CONFIRM.toGroup, { name: env.state.groups[d.group ?? '']?.name ?? '' });
  const lines = [
    displaySafe(target),
    ...d.items.map((it) => `🎁 ${giftName(env.state, it.sku, it.spec)} ×${it.count}`),
    ...(d.mode === 'lottery' ? [d.eligible === 'all' ? t(CONFIRM.drawAll, { n: d.drawHours }) : t(CONFIRM.drawSome, { n: d.drawHours, k: d.eligible.length })] : []),
    ...(d.message ? wrap(`“${displaySafe(d.message)}”`, w) : []),
  ];
  return (
    <Box flexDirection="column" width={w} height={env.height} overflow="hidden">
      <Text bold color={THEME.title}>
        {t(CONFIRM.title)}
      </Text>
      {lines.map((l, i) => (
        <Text key={i} wrap="truncate">
          {truncate(l, w)}
        </Text>
      ))}
      <Text bold>{`${t(COMPOSE.total)} ${yuan(cost)}`}</Text>
      <Text color={wallet < cost ? THEME.short : THEME.muted}>{`${t(CONFIRM.wallet)} ${yuan(wallet)} → ${yuan(wallet - cost)}`}</Text>
      {screen.error && <Text color={THEME.error}>{screen.error}</Text>}
      <Menu width={w} cursor={screen.cursor} items={[{ id: 'pay', label: t(CONFIRM.pay) }, { id: 'back', label: t(CONFIRM.back) }]} />
    </Box>
  );
}
