// A gift card's text for one viewer, as lines: the chat lays cards out by height without
// rendering them, so only the visible part of a long chat is drawn.
import { CODE_TRIES } from '../../domain/claim';
import { yuan } from '../../domain/money';
import type { Packet, State, UserId } from '../../domain/types';
import { toShort } from '../../domain/time';
import { bestLuckUnit, cardView, isMystery, type CardState } from '../../domain/views';
import { modeName } from '../../i18n/domain-words';
import { giftName, packetGiftList, packetGifts, userName } from '../../i18n/events';
import type { Lang } from '../../i18n';
import { displaySafe } from '../text/sanitize';
import { say, sayer } from '../../i18n';
import { CARD, CARD_MORE, CARD_STATE } from '../../i18n/screens/card';
import { ORDERS } from '../../i18n/screens/orders';
import { RED } from '../../i18n/screens/red';
import { wrongTries } from '../model/explain';
import { THEME, type Colour } from '../theme';
import { truncate, width, wrap } from '../text/width';

/** The rows of a card whose gifts and state take one line each (border, title, gifts, state). */
export const CARD_HEIGHT = 5;
/** On one person's phone a card has room to breathe: a blank line and when it is due. */
export const PHONE_CARD_HEIGHT = 7;
/** A card's border and padding, in columns; on a phone the padding is wider. */
const FRAME_COLS = { chat: 4, phone: 6 };
/** A card fills this share of the chat's width when its text fits (a chat bubble's look), and
 * is at least this wide. */
const CARD_SHARE = { chat: 0.9, phone: 0.75 };
const CARD_MIN = { chat: 24, phone: 30 };

export interface CardLook {
  icon: string;
  color: Colour;
  stateText: string;
  lines: [string, string, string];
  /** The gifts' names, kept whole where a line allows. */
  names: string[];
  /** The gifts one by one (lines[1] is them all), and how to say that `n` more are not shown. */
  gifts: string[];
  more: (n: number) => string;
  /** The card's colours: a red packet (红包) is red, every gift card blue (蓝包). */
  role: 'gift' | 'hongbao';
}

/** The gifts of a packet as this viewer may read them: 神秘礼物 until they took one (JD 保密). */
export function visibleGifts(state: State, p: Packet, viewer: UserId, lang: Lang): string {
  return isMystery(p, viewer) ? say(lang, CARD.mystery) : displaySafe(packetGifts(state, p));
}

/** The names of a packet's gifts this viewer may read, and their counts (×2), to keep whole
 * when a line wraps (none while it is a mystery to them). */
export function giftNames(state: State, p: Packet, viewer: UserId): string[] {
  if (isMystery(p, viewer)) return [];
  return [...new Set([...p.units.map((u) => giftName(state, u.sku, u.spec)), ...packetGiftList(state, p)].map(displaySafe))];
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
const style = (s: CardState): { icon: string; color: Colour } => ({ icon: ICON[s], color: THEME.cardState[s] });

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
      else {
        // Reserved on opening: the hold lapses at its deadline.
        const until = p.units[v.mine]?.holdUntil;
        text = until ? s(CARD_STATE.heldUntil, { at: toShort(until).slice(6) }) : s(CARD_STATE.held);
      }
      break;
    case 'claimed':
      text = lot ? s(CARD_STATE.wonAccepted) : s(CARD_STATE.taken);
      if (lot) icon = '🏆';
      break;
    case 'soldOut':
      // 手慢了 is for someone who tried: a member who never opened it just sees it is all taken.
      text = s(p.opened.includes(user) ? CARD_STATE.soldOut : CARD_STATE.allTaken);
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
  const mystery = isMystery(p, user);
  const gifts = mystery ? [`${s(CARD.mystery)} · ${s(CARD.mysteryHint)}`] : cardGifts(state, p).map(displaySafe);
  const names = giftNames(state, p, user);
  const third = v.state === 'sent' || v.state === 'refunded' ? `${text} · ${yuan(price)}` : text;
  return { icon, color, stateText: text, lines: [cardTitle(state, p, user, lang), gifts.join('、'), third], names, gifts, more: (n) => s(CARD_MORE, { n }), role: 'gift' };
}

/** The gifts as a card names them: one product in several variants (a prize switched to another
 * flavour) is the product and its count; the opened card lists the variants. */
function cardGifts(state: State, p: Packet): string[] {
  const skus = new Set(p.units.map((u) => u.sku));
  const specs = new Set(p.units.map((u) => u.spec));
  const product = skus.size === 1 && specs.size > 1 ? state.catalog[p.units[0]!.sku] : undefined;
  return product ? [`${product.title} ×${p.units.length}`] : packetGiftList(state, p);
}

/** A red packet's card: its kind and count for everyone; what the viewer got (手气最佳 once it
 * is over), 手慢了, or, for its sender, how much has been opened. */
function redLook(state: State, p: Packet, user: UserId, lang: Lang): CardLook {
  const s = sayer(lang);
  const v = cardView(state, p, user);
  const red = p.red!;
  const got = p.units.reduce((n, u) => n + (u.state === 'claimed' ? (u.amount ?? 0) : 0), 0);
  let text: string;
  let color: Colour = THEME.cardState[v.state];
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
  return { icon: '🧧', color, stateText: text, lines: [`${modeName(p.mode, lang)} · ${displaySafe(userName(state, p.sender))}`, kind, text], names: [], gifts: [kind], more: (n) => s(CARD_MORE, { n }), role: 'hongbao' };
}

/** When a card is due, for a larger card: the draw, or until when it can be taken or accepted. */
export function cardDue(p: Packet, lang: Lang): string {
  const s = sayer(lang);
  if (p.lottery && !p.lottery.drawn) return s(CARD.drawAt, { at: toShort(p.lottery.drawAt), n: p.lottery.entrants.length });
  if (p.expiresAt === null || p.settled) return '';
  return p.lottery ? s(CARD.acceptBy, { at: toShort(p.expiresAt) }) : s(CARD.validUntil, { at: toShort(p.expiresAt) });
}

/** The gifts in at most two lines: all of them, else as many whole as fit and how many more
 * (等 3 件礼物), never a name cut short. */
function giftLines(look: CardLook, cols: number): string[] {
  for (let k = look.gifts.length; k >= 1; k--) {
    const text = look.gifts.slice(0, k).join('、') + (k < look.gifts.length ? ` ${look.more(look.gifts.length - k)}` : '');
    const lines = wrap(text, cols, { keep: look.names });
    if (lines.length <= 2) return lines;
  }
  return twoLines(look.lines[1], cols, look.names);
}

/** At most two lines of `text` at `cols`, the second cut with … when there is more. */
function twoLines(text: string, cols: number, keep: readonly string[] = []): string[] {
  const lines = wrap(text, cols, { keep });
  return lines.length <= 2 ? lines : [lines[0]!, truncate(lines.slice(1).join(''), cols)];
}

/** The state line: with the price when it fits, else without it (the card keeps its height and
 * the price is in the order history), else the state itself on two lines. */
function stateLines(look: CardLook, cols: number): string[] {
  for (const line of [look.lines[2], look.stateText]) if (width(line) <= cols) return [line];
  return twoLines(look.stateText, cols);
}

export interface CardBox {
  /** The card's columns and rows, border included. */
  width: number;
  height: number;
  /** The text's columns inside the border and padding. */
  inner: number;
  /** The title with the icon, then the gifts and the state, each on one or two lines. */
  title: string;
  gifts: string[];
  state: string[];
}

/**
 * A card in a chat `chatWidth` wide (`phone`: larger, on one person's phone): its size and its
 * text lines. The card widens, up to the whole chat, before anything is cut; when even that is
 * not enough the gifts and the state take a second line each.
 */
export function cardLayout(look: CardLook, chatWidth: number, phone = false): CardBox {
  const kind = phone ? 'phone' : 'chat';
  const title = `${look.icon} ${look.lines[0]}`;
  const want = Math.max(width(title), width(look.lines[1]), width(look.lines[2])) + FRAME_COLS[kind];
  const cardWidth = Math.min(chatWidth, Math.max(Math.min(chatWidth, CARD_MIN[kind]), Math.floor(chatWidth * CARD_SHARE[kind]), want));
  const inner = Math.max(8, cardWidth - FRAME_COLS[kind]);
  const gifts = giftLines(look, inner);
  const state = stateLines(look, inner);
  const height = (phone ? PHONE_CARD_HEIGHT : CARD_HEIGHT) + gifts.length - 1 + state.length - 1;
  return { width: cardWidth, height, inner, title: truncate(title, inner), gifts, state };
}
