// The scenario player's caption line: where the story is (step n of N), whether it plays, is
// paused or the presenter has taken over, and the step's note for the audience.
import { Box, Text } from 'ink';
import React from 'react';
import type { Lang } from '../../i18n';
import { sayer } from '../../i18n';
import { PLAYER } from '../../i18n/app';
import type { PlayerViewLike } from '../app/runner';
import { THEME } from '../theme';
import { displaySafe } from '../text/sanitize';
import { truncate } from '../text/width';

export function PlayerBar({ view, lang, width }: { view: PlayerViewLike; lang: Lang; width: number }) {
  const t = sayer(lang);
  const state =
    view.mode === 'live'
      ? t(PLAYER.live)
      : view.busy
        ? t(PLAYER.playing)
        : view.paused || view.mode === 'step'
          ? t(PLAYER.paused)
          : view.at >= view.total
            ? t(PLAYER.finished)
            : t(PLAYER.play);
  const head = `${state} ${t(PLAYER.step, { at: view.at, total: view.total })}`;
  return (
    <Box width={width} height={1}>
      <Text color={THEME.player} bold>
        {head}
      </Text>
      <Text color={THEME.caption} wrap="truncate">
        {view.note ? truncate(`  💬 ${displaySafe(view.note)}`, Math.max(0, width - head.length * 2)) : ''}
      </Text>
    </Box>
  );
}

export function MarksOverlay({ view, lang, width, height }: { view: PlayerViewLike; lang: Lang; width: number; height: number }) {
  const t = sayer(lang);
  return (
    <Box width={width} height={height} borderStyle="double" borderColor={THEME.player} flexDirection="column" paddingX={1}>
      <Text bold>{t(PLAYER.marksTitle)}</Text>
      {view.marks.length === 0 && <Text color={THEME.muted}>{t(PLAYER.noMarks)}</Text>}
      {view.marks.map((m, i) => (
        <Text key={m.name + i} inverse={i === view.marksCursor} color={i === view.marksCursor ? THEME.player : undefined}>
          {`${i === view.marksCursor ? '▶' : ' '} ${displaySafe(m.name)}  ${t(PLAYER.afterStep, { n: m.step + 1 })}`}
        </Text>
      ))}
    </Box>
  );
}
