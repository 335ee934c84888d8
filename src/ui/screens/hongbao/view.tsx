import { Box, Text } from 'ink';
import React from 'react';
import { yuan } from '../../../domain/money';
import { toShort } from '../../../domain/time';
import { bestLuckUnit } from '../../../domain/views';
import { userName } from '../../../i18n/events';
import { refusalMessage } from '../../../i18n/refusals';
import { sayer } from '../../../i18n';
import { CARD } from '../../../i18n/screens/card';
import { RED } from '../../../i18n/screens/red';
import { displaySafe } from '../../text/sanitize';
import { fit, truncate, width, wrap } from '../../text/width';
import { useTransitionFrames } from '../../components/motion';
import { THEME, type Colour } from '../../theme';
import type { ViewProps } from '../view';
import type { RedScreen } from './reducer';

/** The envelope opening: its seal, then a coin turning, before the amount shows (live terminals only). */
const SPIN = ['◐', '◓', '◑', '◒', '◐', '◓'];

export function RedView({ screen, env }: ViewProps<RedScreen>) {
  const t = sayer(env.lang);
  const frame = useTransitionFrames(screen.phase, 'opening', 'open', SPIN.length + 1, 110);
  const coin = frame === null ? null : frame === 0 ? t(RED.opening) : SPIN[frame - 1]!;
  const w = env.width;
  const p = env.state.packets[screen.packet];
  if (!p?.red) return <Text color={THEME.error}>{t(CARD.noSuchGift)}</Text>;
  const red = p.red;
  const mine = p.units.find((u) => u.holder === env.user && u.state === 'claimed');
  const claimed = p.units.map((u, i) => ({ u, i })).filter(({ u }) => u.state === 'claimed');
  const got = claimed.reduce((n, { u }) => n + (u.amount ?? 0), 0);
  const refunded = p.units.filter((u) => u.state === 'refunded').length;
  const best = bestLuckUnit(p);
  // The envelope's face: 開 while the engine decides; then the amount, or why there is none.
  let face: { text: string; color: Colour; under?: string };
  if (coin !== null || screen.phase === 'opening') face = { text: coin ?? t(RED.opening), color: THEME.redCard.amount };
  else if (mine) face = { text: yuan(mine.amount ?? 0), color: THEME.redCard.amount, under: t(RED.opened) };
  else if (screen.refusal === 'SOLD_OUT') face = { text: t(RED.tooSlow), color: THEME.muted };
  else if (screen.refusal === 'EXPIRED') face = { text: t(RED.expired), color: THEME.muted };
  else if (screen.refusal) face = { text: refusalMessage(screen.refusal, env.lang), color: THEME.error };
  else if (env.user === p.sender) face = { text: t(RED.yours), color: THEME.redCard.title };
  else face = { text: t(RED.tooSlow), color: THEME.muted };
  const boxWidth = Math.min(w, 30);
  const head = [
    ...(p.message ? wrap(`“${displaySafe(p.message)}”`, w) : []),
    t(RED.summary, { n: p.units.length, amount: yuan(red.amount) }) + ` · ${t(red.split === 'lucky' ? RED.lucky : RED.equal)}`,
    t(RED.summaryTaken, { taken: claimed.length, n: p.units.length, got: yuan(got), amount: yuan(red.amount) }),
    ...(refunded ? [t(RED.refundedLine, { n: refunded, amount: yuan(red.amount - got) })] : []),
  ];
  // The claimants, in the order they opened it: who, when, how much, 手气最佳.
  const room = Math.max(1, env.height - 6 - head.length - (face.under ? 1 : 0));
  const from = Math.min(screen.scroll, Math.max(0, claimed.length - room));
  // Name, time, amount and the 手气最佳 mark on one line; the time goes first when it is narrow.
  const withTime = w >= 36;
  const markWidth = best >= 0 ? width(` ${t(RED.bestMark)}`) : 0;
  const nameWidth = Math.max(4, Math.min(12, w - (withTime ? 6 : 0) - 9 - markWidth));
  return (
    <Box flexDirection="column" width={w} height={env.height} overflow="hidden">
      <Text bold color={THEME.redCard.title} wrap="truncate">
        {truncate(`🧧 ${t(RED.whose, { who: displaySafe(userName(env.state, p.sender)) })}`, w)}
      </Text>
      <Box width={w} justifyContent="center">
        <Box borderStyle="double" borderColor={THEME.redCard.border} width={boxWidth} flexDirection="column" alignItems="center">
          <Text bold color={face.color}>
            {truncate(face.text, boxWidth - 4)}
          </Text>
          {face.under && <Text color={THEME.muted}>{face.under}</Text>}
        </Box>
      </Box>
      {head.map((l, i) => (
        <Text key={i} color={i === 0 && p.message ? THEME.detail.message : THEME.muted} wrap="truncate">
          {truncate(l, w)}
        </Text>
      ))}
      {claimed.slice(from, from + room).map(({ u, i }) => {
        const mark = i === best ? ` ${t(RED.bestMark)}` : '';
        const row = `${fit(displaySafe(userName(env.state, u.holder ?? '')), nameWidth)}${withTime ? ` ${toShort(u.at ?? p.sentAt).slice(6)}` : ''} ${yuan(u.amount ?? 0).padStart(8)}`;
        return (
          <Text key={i} color={u.holder === env.user ? THEME.mine : undefined} wrap="truncate">
            {truncate(row, w - width(mark))}
            {mark && <Text color={THEME.redCard.best}>{mark}</Text>}
          </Text>
        );
      })}
      <Text color={THEME.muted}>{t(RED.back)}</Text>
    </Box>
  );
}
