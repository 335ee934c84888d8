// An opened gift card: what it is, its state for this user, and what they can do — take it,
// enter the lottery, switch the variant, accept, redeem a voucher. Every choice is an engine
// command; the outcome (抢到了 / 手慢了 / a refusal) comes back from the engine.
import type { Command } from '../../../domain/commands';
import type { Outcome } from '../../../domain/engine';
import type { RefusalCode } from '../../../domain/errors';
import { claimNeedsAddress } from '../../../domain/rules';
import type { Packet, State, UserId } from '../../../domain/types';
import { cardView } from '../../../domain/views';
import { giftName } from '../../../i18n/events';
import { refusalMessage } from '../../../i18n/refusals';
import { say, type Lang, type Words } from '../../../i18n';
import { CARD, RESULT } from '../../../i18n/screens/card';
import { listKeys } from '../../app/list';
import { many, type Env, type ScreenReducer, type Step } from '../../app/types';
import { addressScreen } from '../address/reducer';
import type { ResultScreen } from '../result/reducer';
import { sharedStep, shareOption, shareStep } from './share';

export interface CardScreen {
  kind: 'card';
  packet: string;
  cursor: number;
  error: string | null;
}

export interface CardOption {
  id: string;
  label: string;
  disabled?: string;
}

export const cardScreen = (packet: string, cursor = 0): CardScreen => ({ kind: 'card', packet, cursor, error: null });

/** Open a card: the engine records the look (and, under reserve-on-open, holds a unit). */
export const openCard = (packet: string, env: Env): Step => ({ type: 'run', command: { type: 'open', as: env.user, packet } });

/** The card once the engine answered the open: the card, or 手慢了 when nothing is left. */
export function cardOpened(packet: string, o: Outcome, env: Env): Step {
  if (o.ok) return { type: 'push', screen: cardScreen(packet) };
  if (o.code === 'SOLD_OUT') return { type: 'push', screen: resultFor(o.code, packet, env.lang) };
  return { type: 'push', screen: { ...cardScreen(packet), error: refusalMessage(o.code, env.lang) } };
}

export function cardOptions(state: State, p: Packet, user: UserId, lang: Lang): CardOption[] {
  const t = (w: Words, params?: Record<string, string>) => say(lang, w, params);
  const v = cardView(state, p, user);
  const out: CardOption[] = [];
  if (v.state === 'claimable') out.push({ id: 'claim', label: claimNeedsAddress(state, p, user) ? t(CARD.takeWithAddress) : t(CARD.take) });
  if (v.state === 'joinable') out.push({ id: 'join', label: t(CARD.join) });
  if (v.state === 'toAccept') {
    const u = p.units[v.mine]!;
    const product = state.catalog[u.sku]!;
    if (p.mode === 'direct' || p.mode === 'lottery' || p.mode === 'bulk')
      for (const spec of product.specs) if (spec.id !== u.spec && spec.price === u.price) out.push({ id: `spec:${spec.id}`, label: t(CARD.switchTo, { spec: spec.label }) });
    out.push({ id: 'claim', label: claimNeedsAddress(state, p, user) ? t(CARD.acceptWithAddress) : t(CARD.accept) });
  }
  if (v.state === 'claimed') {
    const u = p.units[v.mine]!;
    if (u.voucher && !u.redeemed) out.push({ id: 'redeem', label: t(CARD.redeem) });
  }
  out.push({ id: 'close', label: t(CARD.close) });
  // After 返回聊天, so that Enter on a card opened again still goes back, as it did.
  const share = shareOption(state, p, user, lang);
  if (share) out.push(share);
  return out;
}

const RESULTS: Partial<Record<RefusalCode, { tone: 'bad' | 'info'; title: Words; detail: Words }>> = {
  SOLD_OUT: { tone: 'bad', title: RESULT.tooSlow, detail: RESULT.allTaken },
  EXPIRED: { tone: 'bad', title: RESULT.expired, detail: RESULT.expiredDetail },
  NOT_WINNER: { tone: 'info', title: RESULT.notDrawn, detail: RESULT.nextTime },
};

export function resultFor(code: RefusalCode, packet: string, lang: Lang): ResultScreen {
  const r = RESULTS[code];
  if (!r) return { kind: 'result', packet, tone: 'bad', title: code, detail: refusalMessage(code, lang) };
  return { kind: 'result', packet, tone: r.tone, title: say(lang, r.title), detail: say(lang, r.detail) };
}

/**
 * A claim came back: 抢到了 / 已收下 or the refusal as a result screen in the card's place.
 * `above` is how many screens sit above the card (the address form: 1).
 */
export function claimed(packet: string, o: Outcome, env: Env, above: number): Step {
  if (!o.ok) {
    if (o.code === 'INVALID_ADDRESS') return { type: 'notice', text: refusalMessage(o.code, env.lang), tone: 'bad' };
    return many({ type: 'pop', n: above }, { type: 'replace', screen: resultFor(o.code, packet, env.lang) });
  }
  const p = env.state.packets[packet];
  const gift = giftName(env.state, String(o.result?.sku ?? ''), String(o.result?.spec ?? ''));
  const voucher = typeof o.result?.voucher === 'string' ? say(env.lang, RESULT.voucher, { code: o.result.voucher }) : '';
  const title = p && (p.mode === 'direct' || p.mode === 'lottery') ? say(env.lang, RESULT.accepted) : say(env.lang, RESULT.gotIt);
  return many({ type: 'pop', n: above }, { type: 'replace', screen: { kind: 'result', packet, tone: 'good', title, detail: `${gift}${voucher}` } });
}

/** The claim command for this user (with the address, when one is given). */
export const claimCommand = (env: Env, packet: string, address?: Extract<Command, { type: 'claim' }>['address']): Command => ({
  type: 'claim',
  as: env.user,
  packet,
  ...(address !== undefined ? { address } : {}),
});

function choose(s: CardScreen, id: string, env: Env): Step | null {
  const p = env.state.packets[s.packet]!;
  if (id === 'join') return { type: 'run', command: { type: 'join', as: env.user, packet: p.id } };
  if (id === 'redeem') return { type: 'run', command: { type: 'redeem', as: env.user, packet: p.id } };
  if (id === 'share') return shareStep(env, p.id);
  if (id.startsWith('spec:')) return { type: 'run', command: { type: 'spec', as: env.user, packet: p.id, to: id.slice(5) } };
  if (id === 'claim') return claimNeedsAddress(env.state, p, env.user) ? { type: 'push', screen: addressScreen(p.id) } : { type: 'run', command: claimCommand(env, p.id) };
  return null;
}

const options = (s: CardScreen, env: Env) => {
  const p = env.state.packets[s.packet];
  return p ? cardOptions(env.state, p, env.user, env.lang) : [];
};

const KEYS = listKeys<CardScreen>(
  (s, env) => options(s, env).length,
  (s, env) => {
    const list = options(s, env);
    const choice = list[Math.min(s.cursor, list.length - 1)];
    if (!choice || choice.id === 'close') return { type: 'pop' };
    return choose(s, choice.id, env);
  },
);

export const cardReducer: ScreenReducer<CardScreen> = {
  keys: () => KEYS,
  outcome(s, command, o, env) {
    if (command.type === 'claim') return claimed(s.packet, o, env, 0);
    if (command.type === 'share') return sharedStep(o, env);
    if (!o.ok) return { type: 'replace', screen: { ...s, error: refusalMessage(o.code, env.lang) } };
    if (command.type === 'join') return { type: 'notice', text: say(env.lang, CARD.joined), tone: 'good' };
    if (command.type === 'redeem') return { type: 'notice', text: say(env.lang, CARD.redeemed, { code: String(o.result?.voucher ?? '') }), tone: 'good' };
    if (command.type === 'spec') return { type: 'replace', screen: { ...s, cursor: 0, error: null } };
    return null;
  },
};
