// An opened gift card: what it is, its state for this user, and what they can do — take it,
// enter the lottery, switch the variant, accept, redeem a voucher, answer with a 回礼, show a code
// gift's 口令, share a kept gift to the 朋友圈. Every choice is an engine command or a screen that leads to one; the outcome
// (抢到了 / 手慢了 / a refusal) comes back from the engine.
import type { Command } from '../../../domain/commands';
import type { Outcome } from '../../../domain/engine';
import type { RefusalCode } from '../../../domain/errors';
import { claimNeedsAddress } from '../../../domain/rules';
import type { Packet, State, UserId } from '../../../domain/types';
import { cardView, isMystery, type CardView } from '../../../domain/views';
import { giftName, userName } from '../../../i18n/events';
import { refusalMessage } from '../../../i18n/refusals';
import { say, type Lang, type Params, type Words } from '../../../i18n';
import { CARD, RESULT } from '../../../i18n/screens/card';
import { listKeys } from '../../app/list';
import { many, type Env, type ScreenReducer, type Step } from '../../app/types';
import { explainRefusal } from '../../model/explain';
import { addressScreen } from '../address/reducer';
import type { KoulingScreen } from '../kouling/reducer';
import { redScreen } from '../hongbao/reducer';
import type { ResultScreen } from '../result/reducer';
import { shareScreen } from '../share/reducer';
import { shopScreen } from '../shop/reducer';
import { momentsOffer, sharedStep } from './share';

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

/** A card's option and what choosing it does. */
export interface CardOffer extends CardOption {
  choose(env: Env): Step | null;
}

/** What an offer rule reads: the card as this viewer sees it. */
export interface CardCtx {
  state: State;
  p: Packet;
  user: UserId;
  lang: Lang;
  view: CardView;
  t(words: Words, params?: Params): string;
}

export const cardScreen = (packet: string, cursor = 0): CardScreen => ({ kind: 'card', packet, cursor, error: null });

/** Open a card: the engine records the look (and, under reserve-on-open, holds a unit). */
export const openCard = (packet: string, env: Env): Step => ({ type: 'run', command: { type: 'open', as: env.user, packet } });

/** The card once the engine answered the open: the card (a red packet's own screen), or 手慢了
 * when nothing is left. */
export function cardOpened(packet: string, o: Outcome, env: Env): Step {
  if (env.state.packets[packet]?.mode === 'redpacket') return { type: 'push', screen: { ...redScreen(packet), refusal: o.ok ? null : o.code } };
  if (o.ok) return { type: 'push', screen: cardScreen(packet) };
  if (o.code === 'SOLD_OUT') return { type: 'push', screen: resultFor(o.code, packet, env.lang) };
  return { type: 'push', screen: { ...cardScreen(packet), error: refusalMessage(o.code, env.lang) } };
}

const run = (command: Command): Step => ({ type: 'run', command });

/**
 * The options a card offers, rule by rule, in this order; 返回聊天 always comes last. A new option
 * is one more rule appended here: it says when it is offered, its words and what it does.
 */
export const CARD_OFFERS: Array<(c: CardCtx) => CardOffer[]> = [
  // Take one: a code gift asks for its code first; a parcel, for an address.
  ({ p, view, state, user, t }) => {
    if (view.state !== 'claimable') return [];
    if (p.mode === 'code') return [{ id: 'claim', label: t(CARD.takeWithCode), choose: () => ({ type: 'push', screen: koulingFor(p.id) }) }];
    const parcel = claimNeedsAddress(state, p, user);
    return [{ id: 'claim', label: t(parcel ? CARD.takeWithAddress : CARD.take), choose: (env) => (parcel ? { type: 'push', screen: addressScreen(p.id) } : run(claimCommand(env, p.id))) }];
  },
  ({ p, view, t }) => (view.state === 'joinable' ? [{ id: 'join', label: t(CARD.join), choose: (env) => run({ type: 'join', as: env.user, packet: p.id }) }] : []),
  // Assigned to the viewer: the variants at the same price (not of a mystery), then accept.
  ({ p, view, state, user, t }) => {
    if (view.state !== 'toAccept') return [];
    const out: CardOffer[] = [];
    const u = p.units[view.mine]!;
    if ((p.mode === 'direct' || p.mode === 'lottery' || p.mode === 'bulk') && !isMystery(p, user))
      for (const spec of state.catalog[u.sku]!.specs)
        if (spec.id !== u.spec && spec.price === u.price)
          out.push({ id: `spec:${spec.id}`, label: t(CARD.switchTo, { spec: spec.label }), choose: (env) => run({ type: 'spec', as: env.user, packet: p.id, to: spec.id }) });
    const parcel = claimNeedsAddress(state, p, user);
    out.push({ id: 'claim', label: t(parcel ? CARD.acceptWithAddress : CARD.accept), choose: (env) => (parcel ? { type: 'push', screen: addressScreen(p.id) } : run(claimCommand(env, p.id))) });
    return out;
  },
  ({ p, view, t }) => {
    const u = view.state === 'claimed' ? p.units[view.mine]! : undefined;
    return u?.voucher && !u.redeemed ? [{ id: 'redeem', label: t(CARD.redeem), choose: (env) => run({ type: 'redeem', as: env.user, packet: p.id }) }] : [];
  },
  // JD 回礼: whoever took a gift may answer its sender with one.
  ({ p, view, state, user, t }) =>
    view.state === 'claimed' && p.mode !== 'redpacket' && user !== p.sender
      ? [{ id: 'reply', label: t(CARD.reply, { who: userName(state, p.sender) }), choose: () => ({ type: 'push', screen: shopScreen(null, { packet: p.id, to: p.sender }) }) }]
      : [],
  // A code gift's sender: its 口令 and code again, to pass on.
  ({ p, user, t }) => (p.mode === 'code' && user === p.sender ? [{ id: 'share', label: t(CARD.share), choose: () => ({ type: 'push', screen: shareScreen(p.id) }) }] : []),
  // 晒礼物: a gift the viewer accepted and kept, to their friends' 朋友圈, once.
  momentsOffer,
];

export function cardOptions(state: State, p: Packet, user: UserId, lang: Lang): CardOffer[] {
  const c: CardCtx = { state, p, user, lang, view: cardView(state, p, user), t: (w, params) => say(lang, w, params) };
  return [...CARD_OFFERS.flatMap((offer) => offer(c)), { id: 'close', label: c.t(CARD.close), choose: () => ({ type: 'pop' }) }];
}

/** The 口令 screen for a code gift already known (its card is open): straight to the code. */
export const koulingFor = (packet: string): KoulingScreen => ({ kind: 'kouling', text: `¥${packet}¥`, packet, code: '', cursor: 1, editing: 'code', error: null });

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
  const title = p && (p.mode === 'direct' || p.mode === 'lottery' || p.mode === 'code') ? say(env.lang, RESULT.accepted) : say(env.lang, RESULT.gotIt);
  return many({ type: 'pop', n: above }, { type: 'replace', screen: { kind: 'result', packet, tone: 'good', title, detail: `${gift}${voucher}` } });
}

/**
 * A claim with a code came back to the 口令 screen (`above`: the address form over it). A wrong
 * code, a lock or a gift that cannot be taken is said on the 口令 screen, with the tries left; a
 * gift taken, gone or expired is a result in its place.
 */
export function koulingClaimed(packet: string, o: Outcome, command: Command, env: Env, above: number): Step {
  if (o.ok || o.code === 'SOLD_OUT' || o.code === 'EXPIRED' || o.code === 'INVALID_ADDRESS') return claimed(packet, o, env, above);
  const below = env.pane.stack[env.pane.stack.length - 1 - above];
  if (below?.kind !== 'kouling') return claimed(packet, o, env, above);
  const error = explainRefusal(o.code, env.state, env.user, env.lang, command);
  const again = o.code === 'BAD_CODE';
  return many({ type: 'pop', n: above }, { type: 'replace', screen: { ...below, code: '', error, editing: again ? 'code' : null, cursor: again ? 1 : 2 } });
}

/** The claim command for this user (with the address, when one is given, and a code gift's code). */
export const claimCommand = (env: Env, packet: string, address?: Extract<Command, { type: 'claim' }>['address'], code?: string): Command => ({
  type: 'claim',
  as: env.user,
  packet,
  ...(address !== undefined ? { address } : {}),
  ...(code !== undefined ? { code } : {}),
});

const options = (s: CardScreen, env: Env) => {
  const p = env.state.packets[s.packet];
  return p ? cardOptions(env.state, p, env.user, env.lang) : [];
};

const KEYS = listKeys<CardScreen>(
  (s, env) => options(s, env).length,
  (s, env) => {
    const list = options(s, env);
    const choice = list[Math.min(s.cursor, list.length - 1)];
    return choice ? choice.choose(env) : { type: 'pop' };
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
