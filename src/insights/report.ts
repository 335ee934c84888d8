// `bluepacket insights FILE`: the insights of a played scenario, as the view's sections one after
// another (text), or as data (--json). The JSON's `users`, `leaderboard` and `relations` are the
// `--json` report's own, computed by the same functions.
import { toIso, toShort } from '../domain/time';
import type { State } from '../domain/types';
import { say, type Lang } from '../i18n';
import { INSIGHTS } from '../i18n/insights';
import { categoryTag } from '../i18n/tags';
import { OrderedKeys } from '../scenario/json-text';
import { printable } from '../text/sanitize';
import { seg, type Line } from './lines';
import { insightsOf, moneyIn, moneyOut } from './model';
import { boardSection, chartSection, graphSection, moneySection, pairsSection, tagsSection, type RenderContext } from './render';
import { THEME } from '../ui/theme';

/** The printed width: a slide's, whatever the terminal. */
export const REPORT_WIDTH = 100;

export function insightsLines(state: State, lang: Lang, title: string, width = REPORT_WIDTH): Line[] {
  const c: RenderContext = { state, lang, safe: printable };
  const ins = insightsOf(state);
  const blank: Line = [];
  return [
    [seg(`${say(lang, INSIGHTS.title, { time: toShort(state.now) })} · ${title}`, THEME.insights.heading, true)],
    blank,
    ...graphSection(c, ins, width, 17),
    ...pairsSection(c, ins, 12, width),
    blank,
    ...boardSection(c, ins, width, 12),
    blank,
    ...tagsSection(c, ins, width, 12),
    blank,
    ...chartSection(c, ins, width, 4),
    blank,
    ...moneySection(c, ins, width),
  ];
}

/** The insights as data (print it with documentText: `users` keeps the report's id order even for
 * ids that look like numbers). Tags carry the category and its tag in the language asked for. */
export function insightsJson(state: State, lang: Lang, head: Record<string, unknown>) {
  const ins = insightsOf(state);
  return {
    ...head,
    end: toIso(state.now),
    users: new OrderedKeys(ins.users),
    leaderboard: ins.leaderboard.map(({ user, value }) => ({ user, value })),
    relations: ins.relations,
    streaks: ins.leaderboard.map(({ user, streak, badges }) => ({ user, streak, badges })),
    tags: ins.tags.map((p) => ({ user: p.user, units: p.units, tags: p.top.map((x) => ({ category: x.category, tag: say(lang, categoryTag(x.category)!), count: x.count })) })),
    timeline: { unit: ins.timeline.unit, start: toIso(ins.timeline.start), counts: ins.timeline.counts },
    money: { ...ins.money, in: moneyIn(ins.money), out: moneyOut(ins.money), platform: ins.money.commission - ins.money.subsidy },
    // A data file older than the counts: since when they count (never for a scenario, played afresh).
    ...(ins.since !== undefined ? { since: toIso(ins.since) } : {}),
  };
}
