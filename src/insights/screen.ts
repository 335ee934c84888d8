// The insights view's layout, as lines: a title, then the graph (and its strongest pairs) beside
// the leaderboard and the tags, then the gifts over time beside where the money went, all within
// `w`×`h`. Pure, so the view only draws it and a test can read it without rendering.
import { toShort } from '../domain/time';
import type { State } from '../domain/types';
import { say, type Lang } from '../i18n';
import { INSIGHTS } from '../i18n/insights';
import { THEME } from '../ui/theme';
import { besideBlocks, fitBlock, fitLine, seg, type Line } from './lines';
import { insightsOf } from './model';
import { boardSection, chartSection, graphSection, moneySection, pairsSection, tagsSection, type RenderContext } from './render';

/** Rows of the bottom band: the chart's heading, bars and axis; the money's heading, 7 bars, sum. */
const MONEY_ROWS = 9;

export function insightsScreen(state: State, lang: Lang, safe: (s: string) => string, w: number, h: number): Line[] {
  const c: RenderContext = { state, lang, safe };
  const ins = insightsOf(state);
  const title = fitLine(
    [seg(say(lang, INSIGHTS.title, { time: toShort(state.now) }), THEME.insights.heading, true), seg(`  ${say(lang, INSIGHTS.keys)}`, THEME.muted)],
    w,
  );
  const bottomH = Math.min(MONEY_ROWS + (h >= 36 ? 2 : 0), Math.max(0, h - 1));
  const topH = Math.max(0, h - 1 - bottomH);
  const lw = Math.floor((w - 1) * 0.55);
  const rw = w - 1 - lw;
  // Left: the graph over its strongest pairs in words.
  const pairRows = ins.pairs.length === 0 ? 0 : Math.min(ins.pairs.length, Math.max(1, Math.floor(topH / 5))) + 1;
  const graphH = Math.max(0, topH - pairRows);
  const left = fitBlock([...fitBlock(graphSection(c, ins, lw, graphH), lw, graphH), ...pairsSection(c, ins, pairRows - 1, lw)], lw, topH);
  // Right: the leaderboard over the tags, sharing the height.
  const boardRows = Math.max(1, Math.min(ins.leaderboard.length || 1, Math.floor((topH - 2) / 2)));
  const board = fitBlock(boardSection(c, ins, rw, boardRows), rw, boardRows + 1);
  const tags = tagsSection(c, ins, rw, Math.max(0, topH - board.length - 1));
  const right = fitBlock([...board, ...tags], rw, topH);
  // Bottom: the chart beside the money.
  const bw = Math.floor((w - 1) / 2);
  const chart = fitBlock(chartSection(c, ins, bw, Math.max(1, bottomH - 2)), bw, bottomH);
  const money = fitBlock(moneySection(c, ins, w - 1 - bw), w - 1 - bw, bottomH);
  return [title, ...besideBlocks(left, right), ...besideBlocks(chart, money)].slice(0, h);
}
