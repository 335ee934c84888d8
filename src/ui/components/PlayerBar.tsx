// The scenario player's caption line: where the story is (step n of N), whether it plays, is
// paused or the presenter has taken over, and the step's note for the audience.
import { Box, Text } from 'ink';
import React from 'react';
import type { Lang } from '../../i18n';
import type { PlayerViewLike } from '../controller';
import { tr } from '../model/effects';
import { displaySafe } from '../text/sanitize';
import { truncate } from '../text/width';

export function PlayerBar({ view, lang, width }: { view: PlayerViewLike; lang: Lang; width: number }) {
  const t = tr(lang);
  const state =
    view.mode === 'live'
      ? t('● 现场操作', '● live')
      : view.busy
        ? t('▶ 播放中', '▶ playing')
        : view.paused || view.mode === 'step'
          ? t('⏸ 已暂停', '⏸ paused')
          : view.at >= view.total
            ? t('■ 播放完毕', '■ finished')
            : t('▶ 播放', '▶ playing');
  const head = `${state} ${t(`第 ${view.at}/${view.total} 步`, `step ${view.at}/${view.total}`)}`;
  return (
    <Box width={width} height={1}>
      <Text color="magentaBright" bold>
        {head}
      </Text>
      <Text color="yellow" wrap="truncate">
        {view.note ? truncate(`  💬 ${displaySafe(view.note)}`, Math.max(0, width - head.length * 2)) : ''}
      </Text>
    </Box>
  );
}

export function MarksOverlay({ view, lang, width, height }: { view: PlayerViewLike; lang: Lang; width: number; height: number }) {
  const t = tr(lang);
  return (
    <Box width={width} height={height} borderStyle="double" borderColor="magentaBright" flexDirection="column" paddingX={1}>
      <Text bold>{t('跳到标记 · ↑↓ 选择 · Enter 跳转 · Esc 关闭', 'Jump to a mark · ↑↓ choose · Enter jump · Esc close')}</Text>
      {view.marks.length === 0 && <Text color="gray">{t('这个场景没有标记', 'This scenario has no marks')}</Text>}
      {view.marks.map((m, i) => (
        <Text key={m.name + i} inverse={i === view.marksCursor} color={i === view.marksCursor ? 'magentaBright' : undefined}>
          {`${i === view.marksCursor ? '▶' : ' '} ${displaySafe(m.name)}  ${t(`第 ${m.step + 1} 步后`, `after step ${m.step + 1}`)}`}
        </Text>
      ))}
    </Box>
  );
}
