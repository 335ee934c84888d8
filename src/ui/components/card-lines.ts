// A gift card's text for one viewer, as fixed lines: the chat lays cards out by height without
// rendering them, so only the visible part of a long chat is drawn.
import { CODE_TRIES } from '../../domain/claim';
import { yuan } from '../../domain/money';
import type { Packet, State, UserId } from '../../domain/types';
import { toShort } from '../../domain/time';
import { bestLuckUnit, cardView, isMystery, type CardState } from '../../domain/views';
import { modeName } from '../../i18n/domain-words';
import { packetGifts, userName } from '../../i18n/events';
import type { Lang } from '../../i18n';
import { displaySafe } from '../text/sanitize';
import { say, sayer } from '../../i18n';
import { CARD, CARD_STATE } from '../../i18n/screens/card';
import { ORDERS } from '../../i18n/screens/orders';
import { RED } from '../../i18n/screens/red';
import { wrongTries } from '../model/explain';
import { THEME } from '../theme';

export const CARD_HEIGHT = 5;
/** On one person's phone a card has room to breathe: a blank line and when it is due. */
export const PHONE_CARD_HEIGHT = 7;

export interface CardLook {
  icon: string;
  color: string;
  stateText: string;
  lines: [string, string, string];
  /** The card's colours: a red packet (红包) is red, every gift card blue (蓝包). */
  role: 'gift' | 'hongbao';
}

/** The gifts of a packet as this viewer may read them: 神秘礼物 until they took one (JD 保密). */
export function visibleGifts(state: State, p: Packet, viewer: UserId, lang: Lang): string {
  return isMystery(p, viewer) ? say(lang, CARD.mystery) : displaySafe(packetGifts(state, p));
}

/** The card's heading: the mode (or 回礼), the sender, and 保密 once the viewer may know it. */
export function cardTitle(state: State, p: Packet, viewer: UserId, lang: Lang): string {
  const kind = p.replyTo ? say(lang, CARD.replyTag) : modeName(p.mode, lang);
  const secret = p.secret && !isMystery(p, viewer) ? ` · ${say(lang, CARD.secretTag)}` : '';
  return `${kind} · ${displaySafe(userName(state, p.sender))}${secret}`;
}

const ICON: Record<CardState, string> = {
  claimable: '🎁',
  toAccept: '🎁',
  claimed: '✅',
  soldOut: '💨',
  joinable: '🎲',
  joined: '⏳',
  notEligible: '🚫',
  won: '🏆',
  lost: '🍀',
  expired: '⌛',
  sent: '📤',
  refunded: '↩',
  notForYou: '🔒',
};
const style = (s: CardState): { icon: string; color: string } => ({ icon: ICON[s], color: THEME.cardState[s] });

export function cardLook(state: State, p: Packet, user: UserId, lang: Lang): CardLook {
  if (p.mode === 'redpacket') return redLook(state, p, user, lang);
  const s = sayer(lang);
  const v = cardView(state, p, user);
  const lot = p.lottery;
  let text: string;
  let { icon, color } = style(v.state);
  switch (v.state) {
    case 'claimable':
      if (p.mode === 'code') {
        const wrong = wrongTries(p, user);
        text = wrong >= CODE_TRIES ? s(CARD_STATE.codeLocked, { n: wrong }) : s(CARD_STATE.codeClaimable, { left: v.left, total: v.total });
      } else text = s(CARD_STATE.claimable, { left: v.left, total: v.total });
      break;
    case 'toAccept':
      if (lot) {
        ({ icon, color } = style('won'));
        text = s(CARD_STATE.wonToAccept);
      } else if (p.mode === 'direct' || p.mode === 'bulk') text = s(CARD_STATE.forYou);
      else text = s(CARD_STATE.held);
      break;
    case 'claimed':
      text = lot ? s(CARD_STATE.wonAccepted) : s(CARD_STATE.taken);
      if (lot) icon = '🏆';
      break;
    case 'soldOut':
      text = s(CARD_STATE.soldOut);
      break;
    case 'joinable':
      text = s(CARD_STATE.joinable, { n: v.entrants });
      break;
    case 'joined':
      text = s(CARD_STATE.joined, { at: toShort(lot!.drawAt).slice(6) });
      break;
    case 'notEligible':
      text = s(CARD_STATE.notEligible);
      break;
    case 'won':
      text = s(CARD_STATE.won);
      break;
    case 'lost':
      text = s(CARD_STATE.lost);
      break;
    case 'expired':
      text = s(CARD_STATE.expired);
      break;
    case 'sent':
      if (lot && !lot.drawn) text = s(CARD_STATE.entrants, { n: v.entrants, at: toShort(lot.drawAt).slice(6) });
      else if (p.mode === 'direct')
        text = v.taken ? s(CARD_STATE.accepted) : v.refunded ? s(CARD_STATE.refunded) : s(CARD_STATE.waiting);
      else text = s(CARD_STATE.progress, { taken: v.taken, total: v.total }) + (v.refunded ? s(CARD_STATE.back, { n: v.refunded }) : '');
      break;
    case 'refunded':
      text = s(CARD_STATE.refunded);
      break;
    case 'notForYou':
      text = s(CARD_STATE.notForYou);
      break;
  }
  // An accepted parcel's order, once it moved on the clock (已发货, 已送达, 已退款): its holder's
  // card, and a direct gift's sender's.
  const held = v.state === 'claimed' ? p.units[v.mine] : v.state === 'sent' && p.mode === 'direct' ? p.units[0] : undefined;
  if (held?.state === 'claimed' && held.order && held.order !== 'accepted' && state.catalog[held.sku]?.delivery === 'address') text += ` · ${s(ORDERS[held.order])}`;
  const price = p.units.reduce((n, u) => n + u.price, 0);
  const gifts = isMystery(p, user) ? `${s(CARD.mystery)} · ${s(CARD.mysteryHint)}` : visibleGifts(state, p, user, lang);
  const third = v.state === 'sent' || v.state === 'refunded' ? `${text} · ${yuan(price)}` : text;
  return { icon, color, stateText: text, lines: [cardTitle(state, p, user, lang), gifts, third], role: 'gift' };
}

/** A red packet's card: its kind and count for everyone; what the viewer got (手气最佳 once it
 * is over), 手慢了, or, for its sender, how much has been opened. */
function redLook(state: State, p: Packet, user: UserId, lang: Lang): CardLook {
  const s = sayer(lang);
  const v = cardView(state, p, user);
  const red = p.red!;
  const got = p.units.reduce((n, u) => n + (u.state === 'claimed' ? (u.amount ?? 0) : 0), 0);
  let text: string;
  let color: string = THEME.cardState[v.state];
  switch (v.state) {
    case 'claimable':
      text = s(RED.claimable, { left: v.left, total: v.total });
      color = THEME.redCard.amount;
      break;
    case 'claimed':
      text = s(RED.claimed, { amount: yuan(p.units[v.mine]!.amount ?? 0) }) + (bestLuckUnit(p) === v.mine ? s(RED.best) : '');
      color = THEME.redCard.amount;
      break;
    case 'soldOut':
      text = s(RED.soldOut);
      break;
    case 'sent':
      text = s(RED.progress, { taken: v.taken, total: v.total, got: yuan(got), amount: yuan(red.amount) }) + (v.refunded ? s(RED.refunded, { amount: yuan(red.amount - got) }) : '');
      break;
    case 'refunded':
      text = s(CARD_STATE.refunded);
      break;
    default:
      text = s(CARD_STATE.expired);
  }
  const kind = `${s(red.split === 'lucky' ? RED.lucky : RED.equal)} · ${s(RED.count, { n: v.total })}`;
  return { icon: '🧧', color, stateText: text, lines: [`${modeName(p.mode, lang)} · ${displaySafe(userName(state, p.sender))}`, kind, text], role: 'hongbao' };
}

/** When a card is due, for a larger card: the draw, or until when it can be taken or accepted. */
export function cardDue(p: Packet, lang: Lang): string {
  const s = sayer(lang);
  if (p.lottery && !p.lottery.drawn) return s(CARD.drawAt, { at: toShort(p.lottery.drawAt), n: p.lottery.entrants.length });
  if (p.expiresAt === null || p.settled) return '';
  return p.lottery ? s(CARD.acceptBy, { at: toShort(p.expiresAt) }) : s(CARD.validUntil, { at: toShort(p.expiresAt) });
}
