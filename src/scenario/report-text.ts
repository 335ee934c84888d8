// The readable account of a played scenario (`play FILE` without --json), in Chinese by
// default or English: each step as the acting user doing it, what the engine did, and the end.
import { refusalMessage } from '../i18n/refusals';
import { yuan } from '../domain/money';
import { packetStatus } from '../domain/rules';
import { toShort } from '../domain/time';
import { modeName, statusName, unitStateName } from '../i18n/domain-words';
import { describeEvent, giftName, userName, type Naming } from '../i18n/events';
import { translator, type Lang } from '../i18n';
import { printable } from '../text/sanitize';
import type { Played } from './play';
import { moneyLine, orderSuffix, packetTags, redUnitLines, socialLines } from './report-text-detail';

const t = translator({
  title: { zh: '场景「{name}」 种子 {seed} 开始 {start}（北京时间）', en: 'Scenario "{name}", seed {seed}, start {start} (Beijing time)' },
  refused: { zh: '✗ 被拒 {code}：{message}', en: '✗ refused {code}: {message}' },
  nothing: { zh: '（无变化）', en: '(nothing happened)' },
  commitment: { zh: '  承诺 sha256(种子) = {hash}', en: '  commitment sha256(seed) = {hash}' },
  revealed: { zh: '  公开种子 {seed}（可用 bluepacket draw 复核）', en: '  seed revealed {seed} (check it with bluepacket draw)' },
  end: { zh: '结束 {time}', en: 'End {time}' },
  wallets: { zh: '钱包', en: 'Wallets' },
  ledger: { zh: '托管 {escrow} · 商家 {merchant} · 总额 {total} {check}', en: 'escrow {escrow} · merchant {merchant} · total {total} {check}' },
  conserved: { zh: '守恒 ✓', en: 'conserved ✓' },
  broken: { zh: '不守恒 ✗', en: 'NOT conserved ✗' },
  packets: { zh: '礼物', en: 'Packets' },
  entrants: { zh: '参与 {n} 人', en: '{n} entrants' },
  unit: { zh: '{gift} {state}{holder}', en: '{gift} {state}{holder}' },
  refundedTo: { zh: '→ {who}', en: 'to {who}' },
  unchanged: { zh: '其余 {n} 人未变', en: '{n} others unchanged' },
  anyone: { zh: '凭口令领取', en: 'anyone with the code' },
  staff: { zh: '{n} 位员工', en: '{n} of the staff' },
});

const VERB_NAMES: Record<string, { zh: string; en: string }> = {
  send: { zh: '发礼物', en: 'send' },
  open: { zh: '打开', en: 'open' },
  join: { zh: '参与抽奖', en: 'join' },
  claim: { zh: '领取', en: 'claim' },
  spec: { zh: '换规格', en: 'switch variant' },
  redeem: { zh: '核销', en: 'redeem' },
  aftersale: { zh: '申请售后', en: 'after-sales' },
  share: { zh: '晒礼物', en: 'share' },
  settings: { zh: '更改设置', en: 'change settings' },
  advance: { zh: '时间前进', en: 'advance' },
  say: { zh: '发消息', en: 'say' },
  policy: { zh: '切换规则', en: 'switch policy' },
};

/** What a line of the account is, for its colour on a terminal (src/cli/colour.ts). */
export type ReportRole = 'title' | 'step' | 'note' | 'mark' | 'refused' | 'event' | 'end' | 'check' | 'broken';

export interface ReportLine {
  role: ReportRole;
  /** The line as printed, before its unsafe characters are shown as escapes. */
  text: string;
}

/** The account as lines, each with its role. */
export function playedLines(played: Played, lang: Lang = 'zh'): ReportLine[] {
  const { state, scenario } = played;
  const labelOf = new Map<string, string>();
  for (const [label, id] of played.labels) labelOf.set(id, label);
  const naming: Naming = { packet: (id) => labelOf.get(id) ?? id };
  const out: ReportLine[] = [];
  /** Lines of what happened (the plain role). */
  const add = (...texts: string[]) => void out.push(...texts.map((text) => ({ role: 'event' as const, text })));
  const addAs = (role: ReportRole, text: string) => void out.push({ role, text });
  addAs('title', t(lang, 'title', { name: scenario.name, seed: JSON.stringify(scenario.seed), start: toShort(scenario.start) }));
  add('');
  for (const { step, at, outcome } of played.outcomes) {
    const who = step.as === null ? '' : `${userName(state, step.as)} `;
    const what = VERB_NAMES[step.verb]![lang];
    const arg = step.ref ?? (step.verb === 'advance' ? String(step.raw.advance) : step.verb === 'settings' ? JSON.stringify(step.raw.settings) : (step.label ?? ''));
    addAs('step', `#${step.i} ${toShort(at)} ${who}${what}${arg ? ' ' + arg : ''}`);
    if (step.note) addAs('note', `   💬 ${step.note}`);
    if (step.mark) addAs('mark', `   🔖 ${step.mark}`);
    if (!outcome.ok) {
      addAs('refused', `   ${t(lang, 'refused', { code: outcome.code, message: refusalMessage(outcome.code, lang) })}`);
      // The trace a refusal may leave (a wrong code's count).
      for (const e of outcome.events ?? []) add(`   ${describeEvent(state, e, lang, naming) ?? ''}`);
      continue;
    }
    const described: string[] = [];
    for (const e of outcome.events) {
      const line = describeEvent(state, e, lang, naming);
      if (line !== null) described.push(line);
      // The fair-draw trail: the commitment published at the send, the seed revealed at the draw.
      if (e.type === 'sent' && e.packet.lottery) described.push(t(lang, 'commitment', { hash: e.packet.lottery.commitment }));
      if (e.type === 'drawn') described.push(t(lang, 'revealed', { seed: e.drawSeed }));
    }
    if (described.length === 0) add(`   ${t(lang, 'nothing')}`);
    for (const d of described) add(`   ${d}`);
  }
  add('');
  addAs('end', t(lang, 'end', { time: toShort(state.now) }));
  // Only the wallets that moved: a world of 40 colleagues would bury them.
  const start = played.startWallets;
  const moved = Object.entries(state.wallets).filter(([id, w]) => start[id] !== w);
  const unchanged = Object.keys(state.wallets).length - moved.length;
  add(
    `${t(lang, 'wallets')}: ${moved.map(([id, w]) => `${userName(state, id)} ${yuan(start[id] ?? 0)} → ${yuan(w)}`).join(' · ')}` +
      (unchanged ? `${moved.length ? ' · ' : ''}${t(lang, 'unchanged', { n: unchanged })}` : ''),
  );
  const sum = Object.values(state.wallets).reduce((a, b) => a + b, 0) + state.escrow + state.merchant + (state.platform ?? 0);
  addAs(
    sum === state.total ? 'check' : 'broken',
    t(lang, 'ledger', {
      escrow: yuan(state.escrow),
      merchant: yuan(state.merchant),
      total: yuan(state.total),
      check: t(lang, sum === state.total ? 'conserved' : 'broken'),
    }),
  );
  add(moneyLine(state, lang));
  if (state.order.length > 0) add(`${t(lang, 'packets')}:`);
  for (const id of state.order) {
    const p = state.packets[id]!;
    const target =
      p.to !== null
        ? userName(state, p.to)
        : p.group !== null
          ? (state.groups[p.group]?.name ?? p.group)
          : p.mode === 'bulk'
            ? t(lang, 'staff', { n: p.units.length })
            : t(lang, 'anyone');
    const extra = [...(p.lottery ? [t(lang, 'entrants', { n: p.lottery.entrants.length })] : []), ...packetTags(state, p, lang, naming)].map((x) => ` · ${x}`).join('');
    add(`  ${naming.packet(id)} ${modeName(p.mode, lang)} ${userName(state, p.sender)} → ${target} · ${statusName(packetStatus(p), lang)}${extra}`);
    if (p.red) {
      for (const line of redUnitLines(state, p, lang)) add(`     ${line}`);
      continue;
    }
    for (const u of p.units)
      add(
        `     ${t(lang, 'unit', {
          gift: giftName(state, u.sku, u.spec),
          state: unitStateName(u.state, lang),
          holder:
            u.state === 'refunded'
              ? ` ${t(lang, 'refundedTo', { who: userName(state, p.sender) })}`
              : u.holder && u.state !== 'open'
                ? ` ${userName(state, u.holder)}`
                : '',
        })}${u.voucher ? ` [${u.voucher}${u.redeemed ? ' ✓' : ''}]` : ''}${orderSuffix(u, lang)}`,
      );
  }
  add(...socialLines(state, lang));
  return out;
}
