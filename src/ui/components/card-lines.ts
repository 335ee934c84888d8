// A gift card's text for one viewer, as lines: the chat lays cards out by height without
// rendering them, so only the visible part of a long chat is drawn.
import { yuan } from '../../domain/money';
import type { Packet, State, UserId } from '../../domain/types';
import { toShort } from '../../domain/time';
import { cardView, type CardState } from '../../domain/views';
import { modeName } from '../../i18n/domain-words';
import { giftName, packetGiftList, userName } from '../../i18n/events';
import type { Lang } from '../../i18n';
import { displaySafe } from '../text/sanitize';
import { sayer } from '../../i18n';
import { CARD_MORE, CARD_STATE } from '../../i18n/screens/card';
import { THEME, type Colour } from '../theme';
import { truncate, width, wrap } from '../text/width';

/** A card's border and padding: columns around its text, rows around its lines. */
const CARD_FRAME = { cols: 4, rows: 2 };
/** A card fills this share of the chat's width when its text fits (a chat bubble's look). */
const CARD_SHARE = 0.9;

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
  const s = sayer(lang);
  const v = cardView(state, p, user);
  const lot = p.lottery;
  let text: string;
  let { icon, color } = style(v.state);
  switch (v.state) {
    case 'claimable':
      text = s(CARD_STATE.claimable, { left: v.left, total: v.total });
      break;
    case 'toAccept':
      if (lot) {
        ({ icon, color } = style('won'));
        text = s(CARD_STATE.wonToAccept);
      } else if (p.mode === 'direct') text = s(CARD_STATE.forYou);
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
  const price = p.units.reduce((n, u) => n + u.price, 0);
  const who = userName(state, p.sender);
  const title = `${modeName(p.mode, lang)} · ${displaySafe(who)}`;
  const gifts = cardGifts(state, p).map(displaySafe);
  const names = [...new Set(p.units.map((u) => displaySafe(giftName(state, u.sku, u.spec))))];
  const third = v.state === 'sent' || v.state === 'refunded' ? `${text} · ${yuan(price)}` : text;
  return { icon, color, stateText: text, lines: [title, gifts.join('、'), third], names, gifts, more: (n) => s(CARD_MORE, { n }) };
}

/** The gifts as a card names them: one product in several variants (a prize switched to another
 * flavour) is the product and its count; the opened card lists the variants. */
function cardGifts(state: State, p: Packet): string[] {
  const skus = new Set(p.units.map((u) => u.sku));
  const specs = new Set(p.units.map((u) => u.spec));
  const product = skus.size === 1 && specs.size > 1 && !p.red ? state.catalog[p.units[0]!.sku] : undefined;
  return product ? [`${product.title} ×${p.units.length}`] : packetGiftList(state, p);
}

/** The gifts in at most two lines: all of them, else as many whole as fit and how many more
 * (等 3 件礼物), never a name cut short. */
function giftLines(look: CardLook, width: number): string[] {
  for (let k = look.gifts.length; k >= 1; k--) {
    const text = look.gifts.slice(0, k).join('、') + (k < look.gifts.length ? ` ${look.more(look.gifts.length - k)}` : '');
    const lines = wrap(text, width, { keep: look.names });
    if (lines.length <= 2) return lines;
  }
  return twoLines(look.lines[1], width, look.names);
}

/** At most two lines of `text` at `width`, the second cut with … when there is more. */
function twoLines(text: string, width: number, keep: readonly string[] = []): string[] {
  const lines = wrap(text, width, { keep });
  return lines.length <= 2 ? lines : [lines[0]!, truncate(lines.slice(1).join(''), width)];
}

export interface CardBox {
  width: number;
  /** The title with the icon, then the gifts and the state, each on one or two lines. */
  title: string;
  gifts: string[];
  state: string[];
}

/**
 * A card in a chat `chatWidth` wide: its width and its text lines. The card widens, up to the
 * whole chat, before anything is cut; when even that is not enough the gifts and the state take
 * a second line each.
 */
export function cardLayout(look: CardLook, chatWidth: number): CardBox {
  const title = `${look.icon} ${look.lines[0]}`;
  const want = Math.max(width(title), width(look.lines[1]), width(look.lines[2])) + CARD_FRAME.cols;
  const cardWidth = Math.min(chatWidth, Math.max(Math.min(chatWidth, 24), Math.floor(chatWidth * CARD_SHARE), want));
  const inner = Math.max(8, cardWidth - CARD_FRAME.cols);
  return { width: cardWidth, title: truncate(title, inner), gifts: giftLines(look, inner), state: stateLines(look, inner) };
}

/** The state line: with the price when it fits, else without it (the card keeps its height and
 * the price is in the order history), else the state itself on two lines. */
function stateLines(look: CardLook, cols: number): string[] {
  for (const line of [look.lines[2], look.stateText]) if (width(line) <= cols) return [line];
  return twoLines(look.stateText, cols);
}

export function cardHeight(look: CardLook, chatWidth: number): number {
  const box = cardLayout(look, chatWidth);
  return 1 + box.gifts.length + box.state.length + CARD_FRAME.rows;
}
