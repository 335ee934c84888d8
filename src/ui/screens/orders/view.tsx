import { Box, Text } from 'ink';
import React from 'react';
import { giftName, packetGifts, userName } from '../../../i18n/events';
import { say, sayer, type Lang } from '../../../i18n';
import { CARD } from '../../../i18n/screens/card';
import { ORDERS } from '../../../i18n/screens/orders';
import { isMystery } from '../../../domain/views';
import type { Packet, State, UserId } from '../../../domain/types';
import { Menu, type MenuItem } from '../../components/Menu';
import { unitStatus, type OrderRow } from '../../model/orders';
import { displaySafe } from '../../text/sanitize';
import { THEME } from '../../theme';
import type { ViewProps } from '../view';
import { orderRows, type OrdersScreen } from './reducer';

/** Where a packet went, as its sender says it: a friend, a group, whoever has the code. */
export function targetText(state: State, p: Packet, lang: Lang): string {
  if (p.mode === 'code') return say(lang, ORDERS.toAnyone);
  if (p.to) return say(lang, ORDERS.to, { who: userName(state, p.to) });
  return say(lang, ORDERS.toGroup, { group: state.groups[p.group ?? '']?.name ?? p.group ?? '' });
}

/** A unit's gift as its holder may see it: 神秘礼物 until they took it. */
export function unitGift(state: State, p: Packet, i: number, viewer: UserId, lang: Lang): string {
  const u = p.units[i]!;
  return isMystery(p, viewer) ? say(lang, CARD.mystery) : giftName(state, u.sku, u.spec);
}

function rowItem(state: State, row: OrderRow, viewer: UserId, lang: Lang): MenuItem {
  const p = state.packets[row.packet]!;
  if (row.unit !== null) {
    const gift = unitGift(state, p, row.unit, viewer, lang);
    return { id: p.id, label: displaySafe(`${gift} · ${say(lang, ORDERS.from, { who: userName(state, p.sender) })}`), hint: say(lang, ORDERS[unitStatus(state, p.units[row.unit]!)]) };
  }
  const taken = p.units.filter((u) => u.state === 'claimed').length;
  const hint = p.mode === 'direct' ? say(lang, ORDERS[unitStatus(state, p.units[0]!)]) : say(lang, ORDERS.progress, { taken, total: p.units.length });
  return { id: p.id, label: displaySafe(`${packetGifts(state, p)} · ${targetText(state, p, lang)}`), hint };
}

export function OrdersView({ screen, env }: ViewProps<OrdersScreen>) {
  const t = sayer(env.lang);
  const rows = orderRows(screen, env);
  // Packets a file store left on disk are final and not in memory: say they are not listed.
  const archived = env.state.archived?.packets ?? 0;
  const tabs = [t(ORDERS.received), t(ORDERS.sent)].map((l, i) => (i === screen.tab ? `[${l}]` : ` ${l} `)).join(' ');
  return (
    <Box flexDirection="column" width={env.width} height={env.height} overflow="hidden">
      <Text bold color={THEME.title}>
        {t(ORDERS.title)}
      </Text>
      <Text color={THEME.strip} wrap="truncate">{`← ${tabs} →`}</Text>
      {rows.length === 0 ? (
        <Text color={THEME.muted}>{t(ORDERS.empty)}</Text>
      ) : (
        <Menu width={env.width} height={Math.max(1, env.height - 2 - (archived ? 1 : 0))} cursor={Math.min(screen.cursor, rows.length - 1)} items={rows.map((r) => rowItem(env.state, r, env.user, env.lang))} />
      )}
      {archived > 0 && (
        <Text color={THEME.muted} wrap="truncate">
          {t(ORDERS.archived, { n: archived })}
        </Text>
      )}
    </Box>
  );
}
