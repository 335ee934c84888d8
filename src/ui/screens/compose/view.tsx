import { Box, Text } from 'ink';
import React from 'react';
import { MESSAGE_MAX, yuan } from '../../../domain/money';
import { giftName, userName } from '../../../i18n/events';
import { sayer } from '../../../i18n';
import { COMPOSE, MODE } from '../../../i18n/screens/compose';
import { TextField } from '../../components/TextField';
import { draftCost, draftCount } from '../../model/draft';
import { displaySafe } from '../../text/sanitize';
import { truncate, width } from '../../text/width';
import { THEME } from '../../theme';
import type { ViewProps } from '../view';
import { cap, rows, type ComposeScreen, type Row } from './reducer';

export function ComposeView({ screen, env, focused, field }: ViewProps<ComposeScreen>) {
  const t = sayer(env.lang);
  const d = screen.draft;
  const w = env.width;
  const title = t(MODE[d.mode]);
  const group = d.group ? env.state.groups[d.group] : undefined;
  const line = (row: Row): string => {
    switch (row.id) {
      case 'to':
        return `${t(COMPOSE.to)}: ${d.to ? userName(env.state, d.to) : t(COMPOSE.pickFriend)}`;
      case 'count':
        return `${t(COMPOSE.gifts)}: ◀ ${d.items[0]!.count} ▶  ${t(COMPOSE.max, { n: cap(env, d) })}`;
      case 'draw':
        return `${t(COMPOSE.draw)}: ◀ ${t(COMPOSE.inHours, { n: d.drawHours })} ▶`;
      case 'eligible':
        if (d.mode === 'bulk') return `${t(COMPOSE.recipients)}: ${d.eligible === 'all' ? t(COMPOSE.wholeGroup, { n: d.items[0]!.count }) : t(COMPOSE.chosen, { n: d.eligible.length })}`;
        return `${t(COMPOSE.who)}: ${d.eligible === 'all' ? t(COMPOSE.everyone) : t(COMPOSE.chosen, { n: d.eligible.length })}`;
      case 'item': {
        const it = d.items[row.i]!;
        return `◀ ${it.count} ▶ ${giftName(env.state, it.sku, it.spec)}`;
      }
      case 'add':
        return t(COMPOSE.add);
      case 'message':
        return `${t(COMPOSE.message)}:`;
      case 'showPrice':
        return `${t(COMPOSE.showPrice)}: ${d.showPrice ? t(COMPOSE.yes) : t(COMPOSE.no)}`;
      case 'next':
        return t(COMPOSE.next);
    }
  };
  return (
    <Box flexDirection="column" width={w} height={env.height} overflow="hidden">
      <Text bold color={THEME.title} wrap="truncate">
        {truncate(`${title}${group ? ` · ${displaySafe(group.name)}` : ''}`, w)}
      </Text>
      {d.mode !== 'luckybag' && <Text wrap="truncate">{truncate(`🎁 ${giftName(env.state, d.items[0]!.sku, d.items[0]!.spec)}`, w)}</Text>}
      {rows(d, env.state).map((row, i) => {
        const on = i === screen.cursor;
        if (row.id === 'message')
          return (
            <Box key="message" width={w}>
              <Box marginRight={1}>
                <Text color={on ? THEME.focus : undefined} bold={on}>
                  {`${on ? '▶ ' : '  '}${line(row)}`}
                </Text>
              </Box>
              <TextField
                value={d.message}
                focus={focused && screen.editing === 'message'}
                width={Math.max(4, w - 1 - width(`▶ ${line(row)}`))}
                rows={2}
                max={MESSAGE_MAX}
                placeholder={on ? t(COMPOSE.write) : t(COMPOSE.optional)}
                field={field}
              />
            </Box>
          );
        return (
          <Text key={`${row.id}${'i' in row ? row.i : ''}`} inverse={on} color={on ? THEME.focus : row.id === 'next' ? THEME.go.off : undefined} bold={on} wrap="truncate">
            {truncate(`${on ? '▶ ' : '  '}${line(row)}`, w)}
          </Text>
        );
      })}
      <Text color={THEME.muted} wrap="truncate">
        {truncate(`${t(COMPOSE.total)} ${yuan(draftCost(env.state, d))} · ${draftCount(d)} ${t(draftCount(d) === 1 ? COMPOSE.oneGift : COMPOSE.manyGifts)}`, w)}
      </Text>
      {screen.error && <Text color={THEME.error}>{screen.error}</Text>}
    </Box>
  );
}
