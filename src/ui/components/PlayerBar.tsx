// The scenario player's caption (caption.ts): where the story is and the whole note of the step
// shown; and the list of the scenario's marks, each with the note of the step it follows.
import { Box, Text } from 'ink';
import React from 'react';
import type { Lang } from '../../i18n';
import { sayer } from '../../i18n';
import { PLAYER } from '../../i18n/app';
import type { PlayerViewLike } from '../app/runner';
import { windowOf } from './Menu';
import { THEME } from '../theme';
import { displaySafe } from '../text/sanitize';
import { truncate, width as widthOf, wrap } from '../text/width';
import { caption } from './caption';

export function PlayerBar({ view, lang, width }: { view: PlayerViewLike; lang: Lang; width: number }) {
  const { head, note } = caption(view, width, lang);
  return (
    <Box width={width} height={Math.max(1, note.length)} flexDirection="column">
      <Box width={width}>
        <Text color={THEME.player} bold wrap="truncate">
          {truncate(head, width)}
        </Text>
        {note.length > 0 && (
          <Text color={THEME.caption} wrap="truncate">
            {truncate(`  ${note[0]!}`, Math.max(0, width - widthOf(head)))}
          </Text>
        )}
      </Box>
      {note.slice(1).map((l, i) => (
        <Text key={i} color={THEME.caption} wrap="truncate">
          {l}
        </Text>
      ))}
    </Box>
  );
}

export function MarksOverlay({ view, lang, width, height }: { view: PlayerViewLike; lang: Lang; width: number; height: number }) {
  const t = sayer(lang);
  const inner = Math.max(1, width - 4);
  // Each mark: its name and where it is, then its step's note, wrapped under it.
  const rows = view.marks.map((m, i) => {
    const on = i === view.marksCursor;
    const name = `${on ? '▶' : ' '} ${displaySafe(m.name)}  ${t(PLAYER.afterStep, { n: m.step })}`;
    const note = m.note ? wrap(displaySafe(m.note), inner - 4).map((l) => `    ${l}`) : [];
    return { on, lines: [name, ...note] };
  });
  // Keep the chosen mark in view: whole marks from around it, as many as the height holds.
  const [from, to] = windowOf(
    rows.map((r) => r.lines.length),
    view.marksCursor,
    Math.max(1, height - 3),
  );
  const visible = rows.slice(from, to);
  return (
    <Box width={width} height={height} borderStyle="double" borderColor={THEME.player} flexDirection="column" paddingX={1} overflow="hidden">
      <Text bold wrap="truncate">
        {t(PLAYER.marksTitle)}
      </Text>
      {view.marks.length === 0 && <Text color={THEME.muted}>{t(PLAYER.noMarks)}</Text>}
      {visible.map((r, i) => (
        <Box key={i} flexDirection="column" flexShrink={0}>
          {r.lines.map((l, k) => (
            <Text key={k} inverse={r.on && k === 0} color={k === 0 ? (r.on ? THEME.player : undefined) : THEME.caption} wrap="truncate">
              {truncate(l, inner)}
            </Text>
          ))}
        </Box>
      ))}
    </Box>
  );
}
