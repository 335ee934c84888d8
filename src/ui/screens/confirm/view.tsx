import { Box, Text } from 'ink';
import React from 'react';
import { yuan } from '../../../domain/money';
import { equalShare } from '../../../domain/claim';
import { setting } from '../../../domain/settings';
import { sendsOn } from '../../../domain/social';
import { beijingDay } from '../../../domain/time';
import { giftName, userName } from '../../../i18n/events';
import { sayer } from '../../../i18n';
import { COMPOSE, CONFIRM } from '../../../i18n/screens/compose';
import { RED } from '../../../i18n/screens/red';
import { Menu } from '../../components/Menu';
import type { Env } from '../../app/types';
import { codeDiscount, draftCost, listPrice, parseYuan } from '../../model/draft';
import { displaySafe } from '../../text/sanitize';
import { truncate, wrap } from '../../text/width';
import { THEME } from '../../theme';
import type { Draft } from '../compose/reducer';
import type { ViewProps } from '../view';
import type { ConfirmScreen } from './reducer';

/** What is sent, where, and on what terms, line by line. */
function whatLines(d: Draft, env: Env): string[] {
  const t = sayer(env.lang);
  const s = env.state;
  if (d.mode === 'redpacket') {
    const amount = parseYuan(d.amount) ?? 0;
    const n = d.count ?? 1;
    const lucky = (d.split ?? 'lucky') === 'lucky';
    return [
      t(CONFIRM.toGroup, { name: s.groups[d.group ?? '']?.name ?? '' }),
      `🧧 ${t(CONFIRM.red, { n, kind: t(lucky ? RED.lucky : RED.equal) })} · ${yuan(amount)}${lucky ? '' : ` · ${t(CONFIRM.redEach, { each: yuan(equalShare(amount, n, 0)) })}`}`,
    ];
  }
  const target =
    d.mode === 'direct'
      ? t(CONFIRM.toFriend, { name: userName(s, d.to ?? '') })
      : d.mode === 'code'
        ? t(CONFIRM.toAnyone)
        : d.mode === 'bulk'
          ? t(CONFIRM.toStaff, { n: d.items[0]!.count })
          : t(CONFIRM.toGroup, { name: s.groups[d.group ?? '']?.name ?? '' });
  const lines = [target, ...d.items.map((it) => `🎁 ${giftName(s, it.sku, it.spec)} ×${it.count}`)];
  if (d.mode === 'lottery') lines.push(d.eligible === 'all' ? t(CONFIRM.drawAll, { n: d.drawHours }) : t(CONFIRM.drawSome, { n: d.drawHours, k: d.eligible.length }));
  if (d.mode === 'code') {
    // Taobao's 85折: the list price, what the platform pays, what the sender pays.
    const it = d.items[0]!;
    const price = listPrice(s, it.sku, it.spec);
    lines.push(t(CONFIRM.listPrice, { price: yuan(price), n: it.count, total: yuan(price * it.count) }));
    lines.push(t(CONFIRM.subsidy, { pct: setting(s.settings, 'codeDiscount'), amount: yuan(codeDiscount(s, price) * it.count) }));
    lines.push(`${t(COMPOSE.code)} ${d.code ?? ''}`);
  }
  if (d.replyTo) lines.push(t(CONFIRM.reply, { who: userName(s, d.to ?? '') }));
  if (d.secret) lines.push(t(CONFIRM.secret));
  return lines;
}

export function ConfirmView({ screen, env }: ViewProps<ConfirmScreen>) {
  const t = sayer(env.lang);
  const d = screen.draft;
  const w = env.width;
  const cost = draftCost(env.state, d);
  const wallet = env.state.wallets[env.user] ?? 0;
  const limit = setting(env.state.settings, 'dailySendLimit');
  const names = d.items.map((it) => displaySafe(giftName(env.state, it.sku, it.spec)));
  // Every line whole: a long gift name takes a second line rather than losing its end.
  const lines = [...whatLines(d, env).map(displaySafe), ...(d.message ? [`“${displaySafe(d.message)}”`] : [])].flatMap((l) => wrap(l, w, { keep: names }));
  return (
    <Box flexDirection="column" width={w} height={env.height} overflow="hidden">
      <Text bold color={d.mode === 'redpacket' ? THEME.redCard.title : THEME.title}>
        {t(CONFIRM.title)}
      </Text>
      {lines.map((l, i) => (
        <Text key={i} wrap="truncate">
          {truncate(l, w)}
        </Text>
      ))}
      <Text bold>{`${t(d.mode === 'code' ? CONFIRM.youPay : COMPOSE.total)} ${yuan(cost)}`}</Text>
      <Text color={wallet < cost ? THEME.short : THEME.muted}>{`${t(CONFIRM.wallet)} ${yuan(wallet)} → ${yuan(wallet - cost)}`}</Text>
      {/* Seed 2's restraint, before it refuses: which send of today's this is. */}
      {limit > 0 && <Text color={THEME.muted}>{t(CONFIRM.today, { n: sendsOn(env.state, env.user, beijingDay(env.state.now)), limit })}</Text>}
      {screen.error && (
        <Box flexDirection="column" width={w}>
          {wrap(screen.error, w).map((l, i) => (
            <Text key={i} color={THEME.error}>
              {l}
            </Text>
          ))}
        </Box>
      )}
      <Menu width={w} cursor={screen.cursor} items={[{ id: 'pay', label: t(CONFIRM.pay) }, { id: 'back', label: t(CONFIRM.back) }]} />
    </Box>
  );
}
