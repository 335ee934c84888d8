import { Box, Text } from 'ink';
import React from 'react';
import { maskPhone } from '../../../domain/address';
import { yuan } from '../../../domain/money';
import { aftersaleClosesAt } from '../../../domain/rules';
import { toShort } from '../../../domain/time';
import type { Packet, State, UserId } from '../../../domain/types';
import { packetGifts, userName } from '../../../i18n/events';
import { sayer, type Lang } from '../../../i18n';
import { CARD } from '../../../i18n/screens/card';
import { ORDERS } from '../../../i18n/screens/orders';
import { Menu } from '../../components/Menu';
import { giftNames } from '../../components/card-lines';
import { orderSteps, unitStatus } from '../../model/orders';
import { displaySafe } from '../../text/sanitize';
import { truncate, wrap } from '../../text/width';
import { THEME } from '../../theme';
import { targetText, unitGift } from '../orders/view';
import type { ViewProps } from '../view';
import { orderOptions, type OrderScreen } from './reducer';

interface Line {
  text: string;
  color?: string;
}

/** A unit's order as lines: each step done (✓) or due (·), with its time. */
function stepLines(state: State, p: Packet, i: number, lang: Lang): Line[] {
  const t = sayer(lang);
  return orderSteps(state, p, i).map((s) => ({
    text: ` ${s.done ? '✓' : '·'} ${t(ORDERS[s.step])} ${s.done ? toShort(s.at) : t(ORDERS.shipBy, { at: toShort(s.at) })}`,
    color: s.step === 'refunded' ? THEME.order.refunded : s.done ? THEME.order.done : THEME.order.pending,
  }));
}

/** The recipient's view: the gift, its order on the clock, their address, after-sales. */
function receivedLines(state: State, p: Packet, i: number, viewer: UserId, lang: Lang): Line[] {
  const t = sayer(lang);
  const u = p.units[i]!;
  const out: Line[] = [{ text: `🎁 ${unitGift(state, p, i, viewer, lang)}` }];
  if (p.message) out.push({ text: `“${p.message}”`, color: THEME.detail.message });
  const status = unitStatus(state, u);
  const steps = stepLines(state, p, i, lang);
  if (steps.length) out.push({ text: t(ORDERS.status) }, ...steps);
  else if (status === 'toAccept' && p.expiresAt !== null) out.push({ text: `${t(ORDERS.toAccept)} · ${t(ORDERS.acceptBy, { at: toShort(p.expiresAt) })}` });
  else if (status === 'voucher' || status === 'redeemed') out.push({ text: `${t(ORDERS.voucherCode, { code: u.voucher ?? '' })} · ${t(ORDERS[status])}` });
  else out.push({ text: t(ORDERS[status]) });
  // The address: the recipient's own eyes only (this screen is theirs: the sender's is sentLines).
  if (u.address) {
    out.push({ text: t(ORDERS.address) });
    out.push({ text: ` ${u.address.name} ${maskPhone(u.address.phone)} ${u.address.region}`, color: THEME.mine });
    out.push({ text: ` ${u.address.detail}`, color: THEME.mine });
  }
  if (u.state === 'claimed') {
    const ends = aftersaleClosesAt(state, u);
    if (ends === null) out.push({ text: t(ORDERS.aftersaleNone), color: THEME.muted });
    else if (u.order !== 'refunded') out.push({ text: state.now < ends ? t(ORDERS.aftersaleUntil, { at: toShort(ends) }) : t(ORDERS.aftersaleClosed, { at: toShort(ends) }), color: THEME.muted });
  }
  return out;
}

/** The sender's view: who has each unit and how far its order got; never where it goes. */
function sentLines(state: State, p: Packet, lang: Lang): Line[] {
  const t = sayer(lang);
  const price = p.units.reduce((n, u) => n + u.price, 0);
  const out: Line[] = [{ text: `🎁 ${packetGifts(state, p)} · ${yuan(price)}${p.secret ? ` · ${t(CARD.secretTag)}` : ''}` }];
  if (p.message) out.push({ text: `“${p.message}”`, color: THEME.detail.message });
  const open = p.units.filter((u) => u.state === 'open').length;
  if (open) out.push({ text: `${t(ORDERS.nobody)} ×${open}`, color: THEME.muted });
  p.units.forEach((u, i) => {
    if (u.state === 'open' || (u.state === 'refunded' && !u.holder)) return;
    const steps = orderSteps(state, p, i);
    const last = [...steps].reverse().find((s) => s.done);
    const next = steps.find((s) => !s.done);
    const status = last
      ? `${t(ORDERS[last.step])} ${toShort(last.at)}${next ? ` · ${t(ORDERS[next.step])} ${t(ORDERS.shipBy, { at: toShort(next.at) })}` : ''}`
      : t(ORDERS[unitStatus(state, u)]);
    out.push({ text: t(ORDERS.unitLine, { who: userName(state, u.holder ?? ''), state: status }) });
  });
  const refunded = p.units.filter((u) => u.state === 'refunded' && !u.holder).length;
  if (refunded) out.push({ text: `${t(ORDERS.expired)} ×${refunded}`, color: THEME.muted });
  if (p.units.some((u) => u.address)) out.push({ text: t(ORDERS.addressPrivate), color: THEME.muted });
  return out;
}

export function OrderView({ screen, env }: ViewProps<OrderScreen>) {
  const t = sayer(env.lang);
  const w = env.width;
  const p = env.state.packets[screen.packet];
  if (!p) return <Text color={THEME.error}>{t(CARD.noSuchGift)}</Text>;
  const title = screen.unit !== null ? t(ORDERS.receivedFrom, { who: userName(env.state, p.sender) }) : t(ORDERS.sentTo, { target: targetText(env.state, p, env.lang) });
  const lines = screen.unit !== null ? receivedLines(env.state, p, screen.unit, env.user, env.lang) : sentLines(env.state, p, env.lang);
  const options = orderOptions(screen, env);
  const note = screen.error ?? screen.done;
  const noteLines = note ? wrap(displaySafe(note), w) : [];
  const room = Math.max(1, env.height - 1 - options.length - noteLines.length);
  return (
    <Box flexDirection="column" width={w} height={env.height} overflow="hidden">
      <Text bold color={THEME.title} wrap="truncate">
        {truncate(displaySafe(title), w)}
      </Text>
      {lines
        .flatMap((l) => wrap(displaySafe(l.text), w, { keep: giftNames(env.state, p, env.user) }).map((text) => ({ ...l, text })))
        .slice(0, room)
        .map((l, i) => (
          <Text key={i} color={l.color} wrap="truncate">
            {l.text}
          </Text>
        ))}
      <Menu width={w} cursor={Math.min(screen.cursor, options.length - 1)} items={options} />
      {noteLines.map((l, i) => (
        <Text key={`n${i}`} color={screen.error ? THEME.error : THEME.tone.good}>
          {l}
        </Text>
      ))}
    </Box>
  );
}
