// The presenter's timeline: every engine event on one line (time, who, what, money moved),
// newest at the bottom, the money events in colour.
import { Box, Text } from 'ink';
import React from 'react';
import { toShort } from '../../domain/time';
import type { DomainEvent, State } from '../../domain/types';
import { describeEvent } from '../../i18n/events';
import type { Lang } from '../../i18n';
import { tr } from '../model/effects';
import { displaySafe } from '../text/sanitize';
import { truncate } from '../text/width';

const COLOR: Partial<Record<DomainEvent['type'], string>> = {
  paid: 'yellow',
  settled: 'green',
  refunded: 'red',
  drawn: 'magenta',
  sent: 'blueBright',
  claimed: 'greenBright',
  clock: 'gray',
};

/** The last `n` describable events, newest last, without walking the whole log. */
export function lastLines(state: State, n: number, lang: Lang): Array<{ e: DomainEvent; text: string }> {
  const out: Array<{ e: DomainEvent; text: string }> = [];
  for (let i = state.events.length - 1; i >= 0 && out.length < n; i--) {
    const e = state.events[i]!;
    const text = describeEvent(state, e, lang);
    if (text !== null) out.unshift({ e, text });
  }
  return out;
}

export function Timeline({ state, lang, width, height }: { state: State; lang: Lang; width: number; height: number }) {
  const t = tr(lang);
  const lines = lastLines(state, Math.max(0, height - 2), lang);
  return (
    <Box width={width} height={height} borderStyle="round" borderColor="gray" flexDirection="column">
      {lines.length === 0 && <Text color="gray">{t('时间线：引擎事件会出现在这里', 'Timeline: engine events appear here')}</Text>}
      {lines.map(({ e, text }) => (
        <Text key={e.seq} color={COLOR[e.type]} wrap="truncate">
          {truncate(`${toShort(e.at)} ${displaySafe(text)}`, width - 2)}
        </Text>
      ))}
    </Box>
  );
}
