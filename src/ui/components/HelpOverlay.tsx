// The help: every key in the table, grouped, with what it does. Drawn from the same table the
// key handler reads.
import { Box, Text } from 'ink';
import React from 'react';
import type { Lang } from '../../i18n';
import { BINDINGS, bindingWords, type Binding } from '../keys/keymap';
import { sayer } from '../../i18n';
import { APP, HELP_GROUPS } from '../../i18n/app';
import { THEME } from '../theme';

const GROUPS: Array<Binding['group']> = ['app', 'time', 'move', 'chat', 'shop', 'form', 'player'];

export function HelpOverlay({ lang, width, height }: { lang: Lang; width: number; height: number }) {
  const t = sayer(lang);
  // As many columns as fit (each ~36 wide), the groups dealt out so the columns are even.
  const ncols = Math.max(1, Math.min(4, Math.floor((width - 4) / 36)));
  const col = Math.floor((width - 4) / ncols);
  const blocks = GROUPS.map((g) => ({ g, rows: BINDINGS.filter((b) => b.group === g) }));
  const columns: (typeof blocks)[] = Array.from({ length: ncols }, () => []);
  const heights = new Array<number>(ncols).fill(0);
  for (const b of blocks) {
    const i = heights.indexOf(Math.min(...heights));
    columns[i]!.push(b);
    heights[i]! += b.rows.length + 1;
  }
  const column = (bs: typeof blocks) => (
    <Box flexDirection="column" width={col}>
      {bs.map(({ g, rows }) => (
        <Box key={g} flexDirection="column">
          <Text bold color={THEME.focus}>
            {t(HELP_GROUPS[g])}
          </Text>
          {rows.map((b) => (
            <Text key={b.id} wrap="truncate">
              {`  ${b.show.padEnd(7)} ${bindingWords(b, lang)}`}
            </Text>
          ))}
        </Box>
      ))}
    </Box>
  );
  return (
    <Box width={width} height={height} borderStyle="double" borderColor={THEME.focus} flexDirection="column" paddingX={1} overflow="hidden">
      <Text bold>{t(APP.helpTitle)}</Text>
      <Box>{columns.map((c, i) => <React.Fragment key={i}>{column(c)}</React.Fragment>)}</Box>
    </Box>
  );
}
