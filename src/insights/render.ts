// The insights as styled lines, section by section: the graph and its strongest pairs in words,
// the leaderboard with streaks and badges, each giver's tags, gifts over time in block
// characters, and the money as proportional bars whose figures add up to the ledger. The Ink view
// lays the sections out to fit the terminal; `bluepacket insights` prints them one after another.
import { yuan } from '../domain/money';
import { BADGES } from '../domain/social';
import { DAY, HOUR, toIso, toShort } from '../domain/time';
import type { State } from '../domain/types';
import { userName } from '../i18n/events';
import { say, type Lang, type Words } from '../i18n';
import { FESTIVALS, INSIGHTS } from '../i18n/insights';
import { categoryTag } from '../i18n/tags';
import { THEME } from '../ui/theme';
import { drawGraph, type GraphPicture } from './graph';
import { fit, fitLine, padStart, seg, width, type Line } from './lines';
import { moneyIn, moneyOut, type Insights, type MoneySplit, type Relation } from './model';

export interface RenderContext {
  state: State;
  lang: Lang;
  /** Text a user wrote (names) made safe for the output: dropped in a pane, escaped when printed. */
  safe: (text: string) => string;
}

const t = (c: RenderContext, w: Words, params?: Record<string, string | number>) => say(c.lang, w, params);
const heading = (text: string): Line => [seg(text, THEME.insights.heading, true)];
const NAME_W = 10;

/** A person's name for the pictures: a company marked 🏢, cut to fit a label. */
export function personLabel(c: RenderContext, id: string, max = NAME_W): string {
  const company = c.state.users[id]?.company === true;
  const name = c.safe(userName(c.state, id));
  return fit(`${company ? '🏢' : ''}${name}`, max).trimEnd();
}

const tieWord = (c: RenderContext, r: Relation) => t(c, INSIGHTS[r.tier]);

// ---- the graph and its pairs -----------------------------------------------------------------

function graphPicture(c: RenderContext, ins: Insights, w: number, h: number): GraphPicture {
  return drawGraph(ins.pairs, (id) => ({ id, label: personLabel(c, id), company: c.state.users[id]?.company === true }), w, h);
}

/** The graph block: a heading, the picture (or a word when nobody accepted a gift yet). */
export function graphSection(c: RenderContext, ins: Insights, w: number, h: number): Line[] {
  if (ins.pairs.length === 0) return [heading(t(c, INSIGHTS.graph)), [seg(t(c, INSIGHTS.noPairs), THEME.muted)]];
  const pic = graphPicture(c, ins, w, Math.max(3, h - 1));
  const more = pic.hidden > 0 ? `  ${t(c, INSIGHTS.more, { n: pic.hidden })}` : '';
  return [[...heading(t(c, INSIGHTS.graph)), seg(more, THEME.muted)], ...pic.lines];
}

const SAMPLE = { strong: '━━', medium: '──', weak: '··' } as const;

/** The strongest `n` pairs in words: a sample of the line, who gave whom how many, the strength. */
export function pairsSection(c: RenderContext, ins: Insights, n: number, w: number): Line[] {
  if (ins.pairs.length === 0) return [];
  const shown = ins.pairs.slice(0, Math.max(0, n));
  const head = shown.length < ins.pairs.length ? t(c, INSIGHTS.pairs, { n: shown.length, total: ins.pairs.length }) : t(c, INSIGHTS.pairsAll, { total: ins.pairs.length });
  return [
    heading(head),
    ...shown.map((r) => {
      const color = THEME.insights.tie[r.tier];
      const words = t(c, INSIGHTS.pair, { a: personLabel(c, r.a), b: personLabel(c, r.b), ab: r.ab, ba: r.ba });
      return fitLine([seg(`${SAMPLE[r.tier]} `, color, r.tier === 'strong'), seg(`${tieWord(c, r)} `, color, true), seg(words)], w);
    }),
  ];
}

// ---- the leaderboard, the tags ---------------------------------------------------------------

/** Rank, name, a bar of the value (the top one full), ¥, the streak 🔥 and the best badge 🏅. */
export function boardSection(c: RenderContext, ins: Insights, w: number, n: number): Line[] {
  if (ins.leaderboard.length === 0) return [heading(t(c, INSIGHTS.board)), [seg(t(c, INSIGHTS.noBoard), THEME.muted)]];
  const rows = ins.leaderboard.slice(0, Math.max(0, n));
  const top = rows[0]!.value;
  const valueW = Math.max(...rows.map((r) => width(yuan(r.value))));
  const extraW = 12;
  const barW = Math.max(3, w - 3 - NAME_W - 1 - valueW - 1 - extraW);
  return [
    heading(t(c, INSIGHTS.board)),
    ...rows.map((r, i) => {
      const fill = Math.max(1, Math.round((r.value / top) * barW));
      const best = [...BADGES].reverse().find((b) => r.badges.includes(b.id));
      const extras = [r.streak >= 2 ? t(c, INSIGHTS.streak, { n: r.streak }) : '', best ? t(c, INSIGHTS.badge, { n: best.days }) : ''].filter(Boolean).join(' ');
      return fitLine(
        [
          seg(padStart(String(i + 1), 2) + ' '),
          seg(fit(personLabel(c, r.user), NAME_W) + ' ', c.state.users[r.user]?.company ? THEME.insights.company : undefined),
          seg('█'.repeat(fill), i === 0 ? THEME.insights.peak : THEME.insights.bar),
          seg(' '.repeat(barW - fill + 1)),
          seg(padStart(yuan(r.value), valueW)),
          seg(extras ? ` ${extras}` : '', THEME.tone.info),
        ],
        w,
      );
    }),
  ];
}

/** Each giver (most gifts first) and the tags of the categories they give most. */
export function tagsSection(c: RenderContext, ins: Insights, w: number, n: number): Line[] {
  if (ins.tags.length === 0) return [heading(t(c, INSIGHTS.tags)), [seg(t(c, INSIGHTS.noTags), THEME.muted)]];
  return [
    heading(t(c, INSIGHTS.tags)),
    ...ins.tags.slice(0, Math.max(0, n)).map((p) =>
      fitLine(
        [
          seg(fit(personLabel(c, p.user), NAME_W) + ' '),
          ...p.top.flatMap((x) => [seg(`${say(c.lang, categoryTag(x.category)!)}×${x.count}`, THEME.insights.tag), seg(' ')]),
        ],
        w,
      ),
    ),
  ];
}

// ---- gifts over time -------------------------------------------------------------------------

const BLOCKS = ' ▁▂▃▄▅▆▇█';

/** Gifts sent per hour or day as bars of block characters `rows` high, the peak named (and its
 * festival, 除夕…), the first and last bucket's time under it. */
export function chartSection(c: RenderContext, ins: Insights, w: number, rows: number): Line[] {
  const tl = ins.timeline;
  // Buckets merged to fit the width; each bucket one or more columns wide.
  const merge = Math.max(1, Math.ceil(tl.counts.length / w));
  const counts: number[] = [];
  for (let i = 0; i < tl.counts.length; i += merge) counts.push(tl.counts.slice(i, i + merge).reduce((a, b) => a + b, 0));
  const colW = Math.max(1, Math.min(8, Math.floor(w / counts.length)));
  const max = Math.max(0, ...counts);
  const peak = max > 0 ? counts.indexOf(max) : -1;
  const size = tl.unit === 'hour' ? HOUR : DAY;
  const at = (i: number) => tl.start + i * merge * size;
  const total = tl.counts.reduce((a, b) => a + b, 0);
  const unit = merge === 1 ? t(c, INSIGHTS[tl.unit]) : t(c, tl.unit === 'hour' ? INSIGHTS.hours : INSIGHTS.days, { n: merge });
  const head: Line = heading(t(c, INSIGHTS.chart, { unit, total }));
  const peakText = peak >= 0 ? t(c, INSIGHTS.peak, { n: max, at: when(c, at(peak), tl.unit) }) : '';
  // The peak after the heading, or on a line of its own when they do not fit together.
  const apart = peakText !== '' && width(head[0]!.text) + 3 + width(peakText) > w && rows > 1;
  if (peakText && !apart) head.push(seg(` · ${peakText}`, THEME.insights.peak));
  const top: Line[] = apart ? [head, [seg(peakText, THEME.insights.peak)]] : [head];
  const bars: Line[] = [];
  for (let r = rows - (apart ? 2 : 1); r >= 0; r--) {
    const line: Line = [];
    counts.forEach((n, i) => {
      const eighths = n === 0 ? 0 : Math.max(1, Math.round((n / max) * rows * 8));
      const fill = Math.max(0, Math.min(8, eighths - r * 8));
      line.push(seg(BLOCKS[fill]!.repeat(colW), i === peak ? THEME.insights.peak : THEME.insights.bar));
    });
    bars.push(line);
  }
  const first = when(c, at(0), tl.unit);
  const last = when(c, at(counts.length - 1), tl.unit);
  const span = Math.min(w, counts.length * colW);
  const axis = counts.length > 1 ? fit(first, Math.max(0, span - width(last))) + last : first;
  return [...top, ...bars.map((l) => fitLine(l, w)), [seg(axis, THEME.muted)]];
}

/** A bucket's time: 01-28 21:00 (an hour) or 01-28 (a day), with its festival when it has one. */
function when(c: RenderContext, at: number, unit: 'hour' | 'day'): string {
  const short = unit === 'hour' ? toShort(at) : toShort(at).slice(0, 5);
  const day = toIso(at).slice(0, 10);
  const festival = Object.hasOwn(FESTIVALS, day) ? FESTIVALS[day]! : null;
  return festival ? `${short} ${say(c.lang, festival)}` : short;
}

// ---- the money -------------------------------------------------------------------------------

const OUT: Array<keyof MoneySplit & keyof typeof THEME.insights.money> = ['merchants', 'commission', 'creators', 'redPackets', 'refunds', 'escrow'];

/** Where the money went: one bar per destination, its length its share of the money in, the ¥
 * figures summing to it; the platform's code subsidy (money in) and its net under them. */
export function moneySection(c: RenderContext, ins: Insights, w: number): Line[] {
  const m = ins.money;
  const total = moneyIn(m);
  const out = moneyOut(m);
  const labelW = Math.max(...[...OUT, 'subsidy' as const].map((k) => width(t(c, INSIGHTS[k])))) + 1;
  const valueW = Math.max(...[...OUT.map((k) => m[k]), m.subsidy, total].map((v) => width(yuan(v))));
  const barW = Math.max(4, w - labelW - valueW - 2);
  const bar = (key: keyof typeof THEME.insights.money, v: number): Line => {
    const fill = total > 0 ? Math.round((v / total) * barW) : 0;
    const color = THEME.insights.money[key];
    return fitLine(
      [seg(fit(t(c, INSIGHTS[key]), labelW)), seg((v > 0 ? '█'.repeat(Math.max(1, fill)) : '').padEnd(barW + 1, ' '), color), seg(padStart(yuan(v), valueW))],
      w,
    );
  };
  // Counts begun on a file with history leave its earlier money out, escrow not: no sum to check.
  const sums =
    ins.since !== undefined
      ? seg(t(c, INSIGHTS.since, { at: toShort(ins.since) }), THEME.muted)
      : out === total
        ? seg(t(c, INSIGHTS.sums, { out: yuan(out) }), THEME.insights.sums)
        : seg(t(c, INSIGHTS.noSums, { out: yuan(out), in: yuan(total) }), THEME.insights.broken);
  return [
    fitLine([...heading(t(c, INSIGHTS.money, { total: yuan(total) })), seg(` ${t(c, INSIGHTS.moneyIn, { paid: yuan(m.paid), subsidy: yuan(m.subsidy) })}`, THEME.muted)], w),
    ...OUT.map((k) => bar(k, m[k])),
    bar('subsidy', m.subsidy),
    fitLine([sums, seg(` · ${t(c, INSIGHTS.platform, { net: yuan(m.commission - m.subsidy) })}`, THEME.muted)], w),
  ];
}
