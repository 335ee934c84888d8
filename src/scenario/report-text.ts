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
import type { Played, StepOutcome } from './play';
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

/** Text for one role of the account, coloured or not (src/cli/colour.ts colours it). */
export type Paint = (role: ReportRole, text: string) => string;

export const plainPaint: Paint = (_role, text) => text;

/** What happened (the plain role). */
const event = (text: string): ReportLine => ({ role: 'event', text });

/** The account as lines, each with its role. */
export function playedLines(played: Played, lang: Lang = 'zh'): ReportLine[] {
  const lines = textHead(played, lang);
  for (const o of played.outcomes) lines.push(...textStep(played, o, lang));
  for (const part of textEnd(played, lang)) lines.push(...part);
  return lines;
}

/** The account as a pipe gets it. */
export function playedText(played: Played, lang: Lang = 'zh'): string {
  return textLines(playedLines(played, lang));
}

/** Lines as printed: each one line (a newline or an escape inside a name, a label or a note is
 * shown, not obeyed), then painted by its role (the colour's escapes are the only ones written),
 * each ended by a newline. */
export function textLines(lines: readonly ReportLine[], paint: Paint = plainPaint): string {
  let out = '';
  if (paint === plainPaint) for (const line of lines) out += printable(line.text) + '\n';
  else for (const line of lines) out += paint(line.role, printable(line.text)) + '\n';
  return out;
}

const namingOf = (played: Played): Naming => ({ packet: (id) => played.labelOf.get(id) ?? id });

/** The account's first lines: the scenario, its seed, its start. */
export function textHead(played: Played, lang: Lang): ReportLine[] {
  const { scenario } = played;
  return [{ role: 'title', text: t(lang, 'title', { name: scenario.name, seed: JSON.stringify(scenario.seed), start: toShort(scenario.start) }) }, event('')];
}

/** A step's lines, written as soon as it is played: they read only what a later step cannot
 * change (names, the step's own events, labels given by earlier sends). */
export function textStep(played: Played, { step, at, outcome }: StepOutcome, lang: Lang): ReportLine[] {
  const { state } = played;
  const naming = namingOf(played);
  const who = step.as === null ? '' : `${userName(state, step.as)} `;
  const what = VERB_NAMES[step.verb]![lang];
  const arg = step.ref ?? (step.verb === 'advance' ? String(step.raw.advance) : step.verb === 'settings' ? JSON.stringify(step.raw.settings) : (step.label ?? ''));
  const lines: ReportLine[] = [{ role: 'step', text: `#${step.i} ${toShort(at)} ${who}${what}${arg ? ' ' + arg : ''}` }];
  if (step.note) lines.push({ role: 'note', text: `   💬 ${step.note}` });
  if (step.mark) lines.push({ role: 'mark', text: `   🔖 ${step.mark}` });
  if (!outcome.ok) {
    lines.push({ role: 'refused', text: `   ${t(lang, 'refused', { code: outcome.code, message: refusalMessage(outcome.code, lang) })}` });
    // The trace a refusal may leave (a wrong code's count).
    for (const e of outcome.events ?? []) lines.push(event(`   ${describeEvent(state, e, lang, naming) ?? ''}`));
    return lines;
  }
  let described = 0;
  for (const e of outcome.events) {
    const line = describeEvent(state, e, lang, naming);
    if (line !== null) (lines.push(event(`   ${line}`)), described++);
    // The fair-draw trail: the commitment published at the send, the seed revealed at the draw.
    if (e.type === 'sent' && e.packet.lottery) (lines.push(event(`   ${t(lang, 'commitment', { hash: e.packet.lottery.commitment })}`)), described++);
    if (e.type === 'drawn') (lines.push(event(`   ${t(lang, 'revealed', { seed: e.drawSeed })}`)), described++);
  }
  if (described === 0) lines.push(event(`   ${t(lang, 'nothing')}`));
  return lines;
}

/** The account's end: the clock, the wallets that moved, the ledger, every packet, the social
 * summary. A packet's lines at a time, so that a long account need not be held whole. */
export function* textEnd(played: Played, lang: Lang): Generator<ReportLine[]> {
  const { state } = played;
  const naming = namingOf(played);
  // Only the wallets that moved: a world of 40 colleagues would bury them.
  const start = played.startWallets;
  const moved = Object.entries(state.wallets).filter(([id, w]) => start[id] !== w);
  const unchanged = Object.keys(state.wallets).length - moved.length;
  const sum = Object.values(state.wallets).reduce((a, b) => a + b, 0) + state.escrow + state.merchant + (state.platform ?? 0);
  yield [
    event(''),
    { role: 'end', text: t(lang, 'end', { time: toShort(state.now) }) },
    event(
      `${t(lang, 'wallets')}: ${moved.map(([id, w]) => `${userName(state, id)} ${yuan(start[id] ?? 0)} → ${yuan(w)}`).join(' · ')}` +
        (unchanged ? `${moved.length ? ' · ' : ''}${t(lang, 'unchanged', { n: unchanged })}` : ''),
    ),
    {
      role: sum === state.total ? 'check' : 'broken',
      text: t(lang, 'ledger', {
        escrow: yuan(state.escrow),
        merchant: yuan(state.merchant),
        total: yuan(state.total),
        check: t(lang, sum === state.total ? 'conserved' : 'broken'),
      }),
    },
    event(moneyLine(state, lang)),
  ];
  if (state.order.length > 0) yield [event(`${t(lang, 'packets')}:`)];
  for (const id of state.order) {
    const p = state.packets[id]!;
    const lines: ReportLine[] = [];
    const target =
      p.to !== null
        ? userName(state, p.to)
        : p.group !== null
          ? (state.groups[p.group]?.name ?? p.group)
          : p.mode === 'bulk'
            ? t(lang, 'staff', { n: p.units.length })
            : t(lang, 'anyone');
    const extra = [...(p.lottery ? [t(lang, 'entrants', { n: p.lottery.entrants.length })] : []), ...packetTags(state, p, lang, naming)].map((x) => ` · ${x}`).join('');
    lines.push(event(`  ${naming.packet(id)} ${modeName(p.mode, lang)} ${userName(state, p.sender)} → ${target} · ${statusName(packetStatus(p), lang)}${extra}`));
    if (p.red) for (const line of redUnitLines(state, p, lang)) lines.push(event(`     ${line}`));
    else
      for (const u of p.units)
        lines.push(
          event(`     ${t(lang, 'unit', {
            gift: giftName(state, u.sku, u.spec),
            state: unitStateName(u.state, lang),
            holder:
              u.state === 'refunded'
                ? ` ${t(lang, 'refundedTo', { who: userName(state, p.sender) })}`
                : u.holder && u.state !== 'open'
                  ? ` ${userName(state, u.holder)}`
                  : '',
          })}${u.voucher ? ` [${u.voucher}${u.redeemed ? ' ✓' : ''}]` : ''}${orderSuffix(u, lang)}`),
        );
    yield lines;
  }
  yield socialLines(state, lang).map(event);
}
