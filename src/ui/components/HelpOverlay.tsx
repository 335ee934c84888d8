// The help: every key in the table, grouped, with what it does. Drawn from the same table the
// key handler reads.
import { Box, Text } from 'ink';
import React from 'react';
import type { Lang } from '../../i18n';
import { BINDINGS, type Binding } from '../keys/keymap';
import { tr } from '../model/effects';

const GROUPS: Array<{ id: Binding['group']; zh: string; en: string }> = [
  { id: 'app', zh: '窗格与程序', en: 'Panes and the app' },
  { id: 'time', zh: '时间与规则', en: 'Time and rules' },
  { id: 'move', zh: '移动与选择', en: 'Moving and choosing' },
  { id: 'chat', zh: '聊天', en: 'Chat' },
  { id: 'shop', zh: '选礼物', en: 'Gift shop' },
  { id: 'form', zh: '表单与输入', en: 'Forms and typing' },
  { id: 'player', zh: '播放场景（play --tui）', en: 'Playing a scenario (play --tui)' },
];

export function HelpOverlay({ lang, width, height }: { lang: Lang; width: number; height: number }) {
  const t = tr(lang);
  // As many columns as fit (each ~36 wide), the groups dealt out so the columns are even.
  const ncols = Math.max(1, Math.min(4, Math.floor((width - 4) / 36)));
  const col = Math.floor((width - 4) / ncols);
  const blocks = GROUPS.map((g) => ({ g, rows: BINDINGS.filter((b) => b.group === g.id) }));
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
        <Box key={g.id} flexDirection="column">
          <Text bold color="cyanBright">
            {g[lang]}
          </Text>
          {rows.map((b) => (
            <Text key={b.id} wrap="truncate">
              {`  ${b.show.padEnd(7)} ${b.label[lang]}`}
            </Text>
          ))}
        </Box>
      ))}
    </Box>
  );
  return (
    <Box width={width} height={height} borderStyle="double" borderColor="cyanBright" flexDirection="column" paddingX={1} overflow="hidden">
      <Text bold>{t('帮助 · 按任意键关闭 · Ctrl-C 随时退出', 'Help · any key closes · Ctrl-C always quits')}</Text>
      <Box>{columns.map((c, i) => <React.Fragment key={i}>{column(c)}</React.Fragment>)}</Box>
    </Box>
  );
}
