// The help: every key in the table, grouped, with what it does. Drawn from the same table the
// key handler reads. The groups are dealt into as many columns as the height needs (as many as
// the width allows), and a group is never split, so every heading stays with its keys.
import { Box, Text } from 'ink';
import React from 'react';
import type { Lang } from '../../i18n';
import { BINDINGS, bindingWords, onPhone, type Binding } from '../keys/keymap';
import { sayer } from '../../i18n';
import { APP, HELP_GROUPS } from '../../i18n/app';
import { truncate } from '../text/width';
import { THEME } from '../theme';

const GROUPS: Array<Binding['group']> = ['app', 'time', 'move', 'chat', 'shop', 'form', 'player'];
/** The narrowest column that still reads: a key, its padding, a few words. */
const MIN_COLUMN = 25;

type Block = { g: Binding['group']; rows: Binding[] };

/** Deal the blocks into `n` columns in order, each column at most `room` lines; null if they do not fit. */
function deal(blocks: Block[], n: number, room: number): Block[][] | null {
  const columns: Block[][] = [[]];
  let used = 0;
  for (const b of blocks) {
    const h = b.rows.length + 1;
    if (used + h > room && columns[columns.length - 1]!.length > 0) {
      if (columns.length === n) return null;
      columns.push([]);
      used = 0;
    }
    columns[columns.length - 1]!.push(b);
    used += h;
  }
  return columns;
}

export function HelpOverlay({ lang, width, height, phone = false }: { lang: Lang; width: number; height: number; phone?: boolean }) {
  const t = sayer(lang);
  // The answers of a question are not keys to look up: the question says them. A phone lists
  // only the keys that work on it (no scenario plays on a phone either).
  const shown = (b: Binding) => b.scope !== 'dialog' && (!phone || (onPhone(b) && b.scope !== 'player'));
  const blocks = GROUPS.map((g) => ({ g, rows: BINDINGS.filter((b) => b.group === g && shown(b)) })).filter((x) => x.rows.length > 0);
  const room = Math.max(1, height - 3);
  const most = Math.max(1, Math.floor((width - 4) / MIN_COLUMN));
  // The fewest columns that hold it all; on a terminal too small for that, the widest spread
  // (the bottom of the longest column is cut).
  let columns: Block[][] | null = null;
  for (let n = 1; n <= most && !columns; n++) columns = deal(blocks, n, room);
  for (let r = room + 1; !columns; r++) columns = deal(blocks, most, r);
  const col = Math.floor((width - 4) / Math.max(1, columns.length));
  const column = (bs: Block[]) => (
    <Box flexDirection="column" width={col} flexShrink={0}>
      {bs.map(({ g, rows }) => (
        <Box key={g} flexDirection="column" flexShrink={0}>
          <Text bold color={THEME.focus} wrap="truncate">
            {truncate(t(HELP_GROUPS[g]), col - 1)}
          </Text>
          {rows.map((b) => (
            <Text key={b.id} wrap="truncate">
              {truncate(`  ${b.show.padEnd(7)} ${bindingWords(b, lang)}`, col - 1)}
            </Text>
          ))}
        </Box>
      ))}
    </Box>
  );
  return (
    <Box width={width} height={height} borderStyle="double" borderColor={THEME.focus} flexDirection="column" paddingX={1} overflow="hidden">
      <Text bold wrap="truncate">
        {truncate(t(APP.helpTitle), width - 4)}
      </Text>
      <Box>
        {columns.map((c, i) => (
          <React.Fragment key={i}>{column(c)}</React.Fragment>
        ))}
      </Box>
    </Box>
  );
}
