// The question before quitting while a form holds typing that has not been sent: which panes hold
// what, and the two answers (y quits anyway; n or Esc goes back to it).
import { Box, Text } from 'ink';
import React from 'react';
import type { State } from '../../domain/types';
import { sayer, type Lang } from '../../i18n';
import { QUIT, QUIT_WHAT } from '../../i18n/app';
import { userName } from '../../i18n/events';
import { reducerOf } from '../screens';
import type { UiState } from '../app/types';
import { displaySafe } from '../text/sanitize';
import { truncate } from '../text/width';
import { THEME } from '../theme';

export function QuitOverlay({ ui, state, lang, width, height }: { ui: UiState; state: State; lang: Lang; width: number; height: number }) {
  const t = sayer(lang);
  const inner = Math.max(1, width - 4);
  const lines = ui.panes.flatMap((p) =>
    p.stack
      .filter((s) => reducerOf(s).unsaved?.(s) === true)
      .map((s) => t(QUIT.where, { who: displaySafe(userName(state, p.user)), what: t(QUIT_WHAT[s.kind] ?? QUIT_WHAT.form!) })),
  );
  return (
    <Box width={width} height={height} borderStyle="double" borderColor={THEME.warn} flexDirection="column" paddingX={1} overflow="hidden">
      <Text bold color={THEME.warn} wrap="truncate">
        {truncate(t(QUIT.title), inner)}
      </Text>
      {lines.map((l, i) => (
        <Text key={i} wrap="truncate">
          {truncate(`  ${l}`, inner)}
        </Text>
      ))}
      <Text wrap="truncate">{truncate(t(QUIT.lost), inner)}</Text>
      <Text bold color={THEME.focus} wrap="truncate">
        {truncate(t(QUIT.keys), inner)}
      </Text>
    </Box>
  );
}
