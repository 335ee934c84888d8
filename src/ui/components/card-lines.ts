// A gift card's text for one viewer, as fixed lines: the chat lays cards out by height without
// rendering them, so only the visible part of a long chat is drawn.
import { yuan } from '../../domain/money';
import type { Packet, State, UserId } from '../../domain/types';
import { toShort } from '../../domain/time';
import { cardView, type CardState } from '../../domain/views';
import { modeName } from '../../i18n/domain-words';
import { packetGifts, userName } from '../../i18n/events';
import type { Lang } from '../../i18n';
import { displaySafe } from '../text/sanitize';
import { sayer } from '../../i18n';
import { CARD_STATE } from '../../i18n/screens/card';
import { THEME } from '../theme';

export const CARD_HEIGHT = 5;

export interface CardLook {
  icon: string;
  color: string;
  stateText: string;
  lines: [string, string, string];
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
  const price = p.units.reduce((n, u) => n + u.price, 0);
  const who = userName(state, p.sender);
  const title = `${modeName(p.mode, lang)} · ${displaySafe(who)}`;
  const gifts = displaySafe(packetGifts(state, p));
  const third = v.state === 'sent' || v.state === 'refunded' ? `${text} · ${yuan(price)}` : text;
  return { icon, color, stateText: text, lines: [title, gifts, third] };
}
