import { Box, Text } from 'ink';
import React from 'react';
import { MESSAGE_MAX, yuan } from '../../../domain/money';
import { giftName, userName } from '../../../i18n/events';
import { sayer } from '../../../i18n';
import { COMPOSE, MODE } from '../../../i18n/screens/compose';
import { KOULING } from '../../../i18n/screens/kouling';
import { RED } from '../../../i18n/screens/red';
import { TextField } from '../../components/TextField';
import { draftCost, draftCount } from '../../model/draft';
import { displaySafe } from '../../text/sanitize';
import { truncate, width, wrap } from '../../text/width';
import { THEME } from '../../theme';
import type { ViewProps } from '../view';
import { cap, FIELD_MAX, rows, type ComposeScreen, type Field, type Row } from './reducer';

export function ComposeView({ screen, env, focused, field }: ViewProps<ComposeScreen>) {
  const t = sayer(env.lang);
  const d = screen.draft;
  const w = env.width;
  const title = d.replyTo ? `${t(MODE.direct)} · ${t(COMPOSE.replyTo)} ${displaySafe(userName(env.state, d.to ?? ''))}` : t(MODE[d.mode]);
  const group = d.group ? env.state.groups[d.group] : undefined;
  const line = (row: Row): string => {
    switch (row.id) {
      case 'to':
        return `${t(COMPOSE.to)}: ${d.to ? displaySafe(userName(env.state, d.to)) : t(COMPOSE.pickFriend)}`;
      case 'replyTo':
        return `${t(COMPOSE.replyTo)}: ${displaySafe(userName(env.state, d.to ?? ''))}`;
      case 'count':
        return `${t(COMPOSE.gifts)}: ◀ ${d.items[0]!.count} ▶  ${t(COMPOSE.max, { n: cap(env, d) })}`;
      case 'packets':
        return `${t(COMPOSE.packets)}: ◀ ${d.count ?? 1} ▶  ${t(COMPOSE.max, { n: cap(env, d) })}`;
      case 'split': {
        const lucky = (d.split ?? 'lucky') === 'lucky';
        return `${t(COMPOSE.split)}: ◀ ${t(lucky ? RED.lucky : RED.equal)} ▶ ${t(lucky ? COMPOSE.luckyHint : COMPOSE.equalHint)}`;
      }
      case 'secret':
        return `🔒 ${t(COMPOSE.secret)}: ${d.secret ? t(COMPOSE.secretOn) : t(COMPOSE.secretOff)}`;
      case 'draw':
        return `${t(COMPOSE.draw)}: ◀ ${t(COMPOSE.inHours, { n: d.drawHours })} ▶`;
      case 'eligible':
        if (d.mode === 'bulk') return `${t(COMPOSE.recipients)}: ${d.eligible === 'all' ? t(COMPOSE.wholeGroup, { n: d.items[0]!.count }) : t(COMPOSE.chosen, { n: d.eligible.length })}`;
        return `${t(COMPOSE.who)}: ${d.eligible === 'all' ? t(COMPOSE.everyone) : t(COMPOSE.chosen, { n: d.eligible.length })}`;
      case 'item': {
        const it = d.items[row.i]!;
        return `◀ ${it.count} ▶ ${displaySafe(giftName(env.state, it.sku, it.spec))}`;
      }
      case 'add':
        return t(COMPOSE.add);
      case 'amount':
        return `${t(COMPOSE.amount)}: ¥`;
      case 'code':
        return `${t(COMPOSE.code)}:`;
      case 'message':
        return `${t(COMPOSE.message)}:`;
      case 'showPrice':
        return `${t(COMPOSE.showPrice)}: ${d.showPrice ? t(COMPOSE.yes) : t(COMPOSE.no)}`;
      case 'next':
        return t(COMPOSE.next);
    }
  };
  /** A row with a text field after its label: the 赠言, a red packet's amount, a code. */
  const fieldRow = (row: Row & { id: Field }, on: boolean) => {
    const value = row.id === 'amount' ? (d.amount ?? '') : row.id === 'code' ? (d.code ?? '') : d.message;
    const placeholder =
      row.id === 'amount' ? t(COMPOSE.amountHint) : row.id === 'code' ? t(KOULING.codeHint) : screen.editing === 'message' ? t(COMPOSE.writing) : on ? t(COMPOSE.write) : t(COMPOSE.optional);
    const label = `${on ? '▶ ' : '  '}${line(row)}`;
    return (
      <Box key={row.id} width={w}>
        <Box marginRight={1}>
          <Text color={on ? THEME.focus : undefined} bold={on}>
            {label}
          </Text>
        </Box>
        <TextField
          value={value}
          focus={focused && screen.editing === row.id}
          width={Math.max(4, w - 1 - width(label))}
          rows={row.id === 'message' ? 2 : 1}
          max={row.id === 'message' ? MESSAGE_MAX : FIELD_MAX[row.id]}
          placeholder={placeholder}
          field={field}
        />
      </Box>
    );
  };
  const headName = d.mode === 'redpacket' || d.mode === 'luckybag' ? null : displaySafe(giftName(env.state, d.items[0]!.sku, d.items[0]!.spec));
  return (
    <Box flexDirection="column" width={w} height={env.height} overflow="hidden">
      <Text bold color={d.mode === 'redpacket' ? THEME.redCard.title : THEME.title} wrap="truncate">
        {truncate(`${title}${group ? ` · ${displaySafe(group.name)}` : ''}`, w)}
      </Text>
      {headName !== null &&
        // The gift keeps its whole name: a second line when it needs one.
        wrap(`🎁 ${headName}`, w, { keep: [headName] })
          .slice(0, 2)
          .map((l, i) => (
            <Text key={`gift${i}`} wrap="truncate">
              {l}
            </Text>
          ))}
      {rows(d, env.state).map((row, i) => {
        const on = i === screen.cursor;
        // A code is drawn from the seed: shown with how to change it, a field only while typed.
        if (row.id === 'code' && screen.editing !== 'code')
          return (
            <Text key="code" inverse={on} color={on ? THEME.focus : undefined} bold={on} wrap="truncate">
              {truncate(`${on ? '▶ ' : '  '}${line(row)} ${d.code ?? ''}  ${t(COMPOSE.codeHint)}`, w)}
            </Text>
          );
        if (row.id === 'message' || row.id === 'amount' || row.id === 'code') return fieldRow(row as Row & { id: Field }, on);
        // A lucky bag's gift keeps its whole name: a second line when it needs one.
        const names = row.id === 'item' ? [giftName(env.state, d.items[row.i]!.sku, d.items[row.i]!.spec)] : [];
        const text = wrap(line(row), Math.max(1, w - 2), { keep: names });
        return (
          <Box key={`${row.id}${'i' in row ? row.i : ''}`} flexDirection="column" flexShrink={0}>
            {text.slice(0, 2).map((l, k) => (
              <Text key={k} inverse={on} color={on ? THEME.focus : row.id === 'next' ? THEME.go.off : undefined} bold={on} wrap="truncate">
                {`${k === 0 && on ? '▶ ' : '  '}${k === 1 && text.length > 2 ? truncate(text.slice(1).join(''), w - 2) : l}`}
              </Text>
            ))}
          </Box>
        );
      })}
      <Text color={THEME.muted} wrap="truncate">
        {truncate(`${t(COMPOSE.total)} ${yuan(draftCost(env.state, d))} · ${d.mode === 'redpacket' ? t(RED.count, { n: draftCount(d) }) : `${draftCount(d)} ${t(draftCount(d) === 1 ? COMPOSE.oneGift : COMPOSE.manyGifts)}`}`, w)}
      </Text>
      {screen.error && <Text color={THEME.error}>{screen.error}</Text>}
    </Box>
  );
}
