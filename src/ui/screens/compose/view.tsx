import { Box, Text } from 'ink';
import React from 'react';
import { MESSAGE_MAX, yuan } from '../../../domain/money';
import { giftName, userName } from '../../../i18n/events';
import { sayer } from '../../../i18n';
import { COMPOSE, MODE } from '../../../i18n/screens/compose';
import { TextField } from '../../components/TextField';
import { draftCost, draftCount } from '../../model/draft';
import { displaySafe } from '../../text/sanitize';
import { truncate, width, wrap } from '../../text/width';
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
        return `${t(COMPOSE.who)}: ${d.eligible === 'all' ? t(COMPOSE.everyone) : t(COMPOSE.chosen, { n: d.eligible.length })}`;
      case 'item': {
        const it = d.items[row.i]!;
        return `◀ ${it.count} ▶ ${giftName(env.state, it.sku, it.spec)}`;
      }
      case 'add':
        return t(COMPOSE.add);
      case 'message':
        return `${t(COMPOSE.message)}:`;
      case 'next':
        return t(COMPOSE.next);
    }
  };
  return (
    <Box flexDirection="column" width={w} height={env.height} overflow="hidden">
      <Text bold color={THEME.title} wrap="truncate">
        {truncate(`${title}${group ? ` · ${displaySafe(group.name)}` : ''}`, w)}
      </Text>
      {d.mode !== 'luckybag' &&
        wrap(`🎁 ${giftName(env.state, d.items[0]!.sku, d.items[0]!.spec)}`, w, { keep: [giftName(env.state, d.items[0]!.sku, d.items[0]!.spec)] })
          .slice(0, 2)
          .map((l, i) => (
            <Text key={`gift${i}`} wrap="truncate">
              {l}
            </Text>
          ))}
      {rows(d).map((row, i) => {
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
                placeholder={screen.editing === 'message' ? t(COMPOSE.writing) : on ? t(COMPOSE.write) : t(COMPOSE.optional)}
                field={field}
              />
            </Box>
          );
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
        {truncate(`${t(COMPOSE.total)} ${yuan(draftCost(env.state, d))} · ${draftCount(d)} ${t(draftCount(d) === 1 ? COMPOSE.oneGift : COMPOSE.manyGifts)}`, w)}
      </Text>
      {screen.error && <Text color={THEME.error}>{screen.error}</Text>}
    </Box>
  );
}
