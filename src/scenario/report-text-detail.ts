// The readable account's detail for red packets, code gifts, secret gifts and 回礼, orders and
// after-sales, the platform's and creators' money, and the social summary (streaks, the
// leaderboard, relationship strength). report-text.ts places these lines; they are computed
// once, at the end, from the state.
import { yuan } from '../domain/money';
import { BADGES, leaderboard, relations, userSummaries, type Tie } from '../domain/social';
import type { Packet, State, Unit } from '../domain/types';
import { bestLuckUnit } from '../domain/views';
import { orderName } from '../i18n/domain-words';
import { userName, type Naming } from '../i18n/events';
import { translator, type Lang } from '../i18n';

const t = translator({
  secret: { zh: '保密', en: 'secret' },
  replyTo: { zh: '回礼 {pk}', en: 'return gift for {pk}' },
  red: { zh: '{amount} · {split}', en: '{amount} · {split}' },
  lucky: { zh: '拼手气', en: 'lucky split' },
  equal: { zh: '平分', en: 'equal split' },
  code: { zh: '口令 {code}', en: 'code {code}' },
  wrongTries: { zh: '输错：{list}', en: 'wrong codes: {list}' },
  tries: { zh: '{who} {n} 次{locked}', en: '{who} {n}{locked}' },
  locked: { zh: '（已锁定）', en: ' (locked)' },
  redUnit: { zh: '{amount} {who}{best}', en: '{amount} {who}{best}' },
  best: { zh: ' 手气最佳', en: ' best luck' },
  redOpen: { zh: '未领', en: 'unclaimed' },
  redRefunded: { zh: '已退回 → {who}', en: 'refunded to {who}' },
  money: { zh: '平台 {platform}{creators}', en: 'platform {platform}{creators}' },
  creator: { zh: ' · 创作者 {who} {amount}', en: ' · creator {who} {amount}' },
  streaks: { zh: '送礼记录', en: 'Sending' },
  userLine: { zh: '{who} 连续 {streak} 天 · 今天 {today} 次{badges}', en: '{who}: streak {streak} · {today} today{badges}' },
  leaderboard: { zh: '送礼排行榜', en: 'Leaderboard' },
  relations: { zh: '关系强度', en: 'Relations' },
  pair: { zh: '{a}→{b} {ab} · {b}→{a} {ba} · {tie}', en: '{a}→{b} {ab} · {b}→{a} {ba} · {tie}' },
  badge: { zh: '连续{n}天', en: '{n}-day streak' },
  strong: { zh: '强', en: 'strong' },
  medium: { zh: '中', en: 'medium' },
  weak: { zh: '弱', en: 'weak' },
});

const sep = (lang: Lang) => (lang === 'zh' ? '、' : ', ');

/** Tags after a packet's heading: 保密, 回礼 p1, a red packet's money and split, a code. */
export function packetTags(state: State, p: Packet, lang: Lang, naming: Naming): string[] {
  const tags: string[] = [];
  if (p.red) tags.push(t(lang, 'red', { amount: yuan(p.red.amount), split: t(lang, p.red.split) }));
  if (p.code) {
    tags.push(t(lang, 'code', { code: p.code.code }));
    const tries = Object.keys(p.code.wrong)
      .sort()
      .map((u) => t(lang, 'tries', { who: userName(state, u), n: p.code!.wrong[u]!, locked: p.code!.wrong[u]! >= 5 ? t(lang, 'locked') : '' }));
    if (tries.length) tags.push(t(lang, 'wrongTries', { list: tries.join(sep(lang)) }));
  }
  if (p.secret) tags.push(t(lang, 'secret'));
  if (p.replyTo) tags.push(t(lang, 'replyTo', { pk: naming.packet(p.replyTo) }));
  return tags;
}

/** A red packet's units: who got how much, with 手气最佳 on the largest lucky amount once the
 * packet is over (the rule is the domain's: bestLuckUnit). */
export function redUnitLines(state: State, p: Packet, lang: Lang): string[] {
  const best = bestLuckUnit(p);
  return p.units.map((u, i) => {
    if (u.state === 'open') return t(lang, 'redOpen');
    if (u.state === 'refunded') return t(lang, 'redRefunded', { who: userName(state, p.sender) });
    return t(lang, 'redUnit', { amount: yuan(u.amount ?? 0), who: userName(state, u.holder ?? ''), best: i === best ? t(lang, 'best') : '' });
  });
}

/** A gift unit's order, when it has one: ` · 已发货`. */
export function orderSuffix(u: Unit, lang: Lang): string {
  return u.order ? ` · ${orderName(u.order, lang)}` : '';
}

/** The platform's account, and what each creator earned (shares of accepted, unrefunded units). */
export function moneyLine(state: State, lang: Lang): string {
  const creators = new Map<string, number>();
  for (const id of state.order)
    for (const u of state.packets[id]!.units) {
      const creator = state.catalog[u.sku]?.creator;
      if (creator !== undefined && u.state === 'claimed' && u.order !== 'refunded') creators.set(creator, (creators.get(creator) ?? 0) + u.price - (u.fee ?? 0));
    }
  const list = [...creators].map(([who, amount]) => t(lang, 'creator', { who: userName(state, who), amount: yuan(amount) })).join('');
  return t(lang, 'money', { platform: yuan(state.platform ?? 0), creators: list });
}

const badgeName = (id: string, lang: Lang) => t(lang, 'badge', { n: BADGES.find((b) => b.id === id)?.days ?? id });

/** Streaks and badges, the leaderboard, relationship strength: the lines, or none. */
export function socialLines(state: State, lang: Lang): string[] {
  const lines: string[] = [];
  const users = userSummaries(state);
  if (users.length) {
    lines.push(`${t(lang, 'streaks')}:`);
    for (const [id, s] of users)
      lines.push(`  ${t(lang, 'userLine', { who: userName(state, id), streak: s.streak, today: s.sentToday, badges: s.badges.map((b) => ` 🏅${badgeName(b, lang)}`).join('') })}`);
  }
  const board = leaderboard(state);
  if (board.length) lines.push(`${t(lang, 'leaderboard')}: ${board.map((e, i) => `${i + 1}. ${userName(state, e.user)} ${yuan(e.value)}`).join(' · ')}`);
  const pairs = relations(state);
  if (pairs.length) {
    lines.push(`${t(lang, 'relations')}:`);
    for (const r of pairs)
      lines.push(`  ${t(lang, 'pair', { a: userName(state, r.a), b: userName(state, r.b), ab: r.ab, ba: r.ba, tie: t(lang, r.tier satisfies Tie) })}`);
  }
  return lines;
}
