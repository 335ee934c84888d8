// The presenter's timeline: every engine event on one line (time, who, what, money moved),
// newest at the bottom, the money events in colour.
import { Box, Text } from 'ink';
import React from 'react';
import { toShort } from '../../domain/time';
import type { DomainEvent, State } from '../../domain/types';
import { describeEvent } from '../../i18n/events';
import type { Lang } from '../../i18n';
import { sayer } from '../../i18n';
import { APP } from '../../i18n/app';
import type { World } from '../app/runner';
import { THEME } from '../theme';
import { displaySafe } from '../text/sanitize';
import { truncate } from '../text/width';

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

/** Redrawn only when the world changed (or the size). */
export const Timeline = React.memo(function Timeline({ world, lang, width, height }: { world: World; lang: Lang; width: number; height: number }) {
  const t = sayer(lang);
  const lines = lastLines(world.state, Math.max(0, height - 2), lang);
  return (
    <Box width={width} height={height} borderStyle="round" borderColor={THEME.muted} flexDirection="column">
      {lines.length === 0 && <Text color={THEME.muted}>{t(APP.timelineEmpty)}</Text>}
      {lines.map(({ e, text }) => (
        <Text key={e.seq} color={THEME.event[e.type]} wrap="truncate">
          {truncate(`${toShort(e.at)} ${displaySafe(text)}`, width - 2)}
        </Text>
      ))}
    </Box>
  );
});
