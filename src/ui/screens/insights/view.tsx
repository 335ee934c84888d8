// The insights over the panes: the relationship graph, the leaderboard, tags, gifts over time
// and the money, laid out by src/insights/screen.ts for the size it is given, recomputed only
// when the engine state changed (a new World).
import { Box, Text } from 'ink';
import React, { useMemo } from 'react';
import type { Lang } from '../../../i18n';
import { insightsScreen } from '../../../insights/screen';
import type { Line } from '../../../insights/lines';
import type { World } from '../../app/types';
import { displaySafe } from '../../text/sanitize';

export const InsightsView = React.memo(function InsightsView({ world, lang, width, height }: { world: World; lang: Lang; width: number; height: number }) {
  const lines = useMemo(() => insightsScreen(world.state, lang, displaySafe, width, height), [world, lang, width, height]);
  return (
    <Box flexDirection="column" width={width} height={height} overflow="hidden">
      {lines.map((line, i) => (
        <StyledLine key={i} line={line} />
      ))}
    </Box>
  );
});

/** One line of coloured segments. */
export function StyledLine({ line }: { line: Line }) {
  return (
    <Text wrap="truncate">
      {line.map((s, j) =>
        s.color || s.bold ? (
          <Text key={j} {...(s.color ? { color: s.color } : {})} bold={s.bold === true}>
            {s.text}
          </Text>
        ) : (
          s.text
        ),
      )}
    </Text>
  );
}
