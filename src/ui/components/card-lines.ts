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
import { tr } from '../model/effects';

export const CARD_HEIGHT = 5;

export interface CardLook {
  icon: string;
  color: string;
  stateText: string;
  lines: [string, string, string];
}

const STATE_STYLE: Record<CardState, { icon: string; color: string }> = {
  claimable: { icon: '🎁', color: 'blueBright' },
  toAccept: { icon: '🎁', color: 'blueBright' },
  claimed: { icon: '✅', color: 'green' },
  soldOut: { icon: '💨', color: 'gray' },
  joinable: { icon: '🎲', color: 'yellow' },
  joined: { icon: '⏳', color: 'yellow' },
  notEligible: { icon: '🚫', color: 'gray' },
  won: { icon: '🏆', color: 'magentaBright' },
  lost: { icon: '🍀', color: 'gray' },
  expired: { icon: '⌛', color: 'red' },
  sent: { icon: '📤', color: 'cyan' },
  refunded: { icon: '↩', color: 'gray' },
  notForYou: { icon: '🔒', color: 'gray' },
};

export function cardLook(state: State, p: Packet, user: UserId, lang: Lang): CardLook {
  const s = tr(lang);
  const v = cardView(state, p, user);
  const lot = p.lottery;
  let text: string;
  let { icon, color } = STATE_STYLE[v.state];
  switch (v.state) {
    case 'claimable':
      text = s(`可领取 · 剩 ${v.left}/${v.total}`, `take one · ${v.left}/${v.total} left`);
      break;
    case 'toAccept':
      if (lot) {
        ({ icon, color } = STATE_STYLE.won);
        text = s('你中奖了 · 待收下', 'you won · accept it');
      } else if (p.mode === 'direct') text = s('送给你的 · 待收下', 'for you · accept it');
      else text = s('已占到 · 请填地址', 'held for you · fill an address');
      break;
    case 'claimed':
      text = lot ? s('你中奖了 · 已收下', 'you won · accepted') : s('已领取', 'taken');
      if (lot) icon = '🏆';
      break;
    case 'soldOut':
      text = s('手慢了 · 已领完', 'too slow · all taken');
      break;
    case 'joinable':
      text = s(`参与抽奖 · ${v.entrants}人已参与`, `enter · ${v.entrants} in`);
      break;
    case 'joined':
      text = s(`已参与 · ${toShort(lot!.drawAt).slice(6)} 开奖`, `entered · draw ${toShort(lot!.drawAt).slice(6)}`);
      break;
    case 'notEligible':
      text = s('不在抽奖名单内', 'not on the list');
      break;
    case 'won':
      text = s('你中奖了', 'you won');
      break;
    case 'lost':
      text = s('未中奖', 'not drawn');
      break;
    case 'expired':
      text = s('已过期', 'expired');
      break;
    case 'sent':
      if (lot && !lot.drawn) text = s(`${v.entrants}人参与 · ${toShort(lot.drawAt).slice(6)} 开奖`, `${v.entrants} in · draw ${toShort(lot.drawAt).slice(6)}`);
      else if (p.mode === 'direct')
        text = v.taken ? s('对方已收下', 'accepted') : v.refunded ? s('已过期 · 已退回', 'expired · refunded') : s('等待对方收下', 'waiting');
      else text = s(`已领 ${v.taken}/${v.total}`, `${v.taken}/${v.total} taken`) + (v.refunded ? s(` · 退回${v.refunded}`, ` · ${v.refunded} back`) : '');
      break;
    case 'refunded':
      text = s('已过期 · 已退回', 'expired · refunded');
      break;
    case 'notForYou':
      text = s('不是给你的', 'not for you');
      break;
  }
  const price = p.units.reduce((n, u) => n + u.price, 0);
  const who = userName(state, p.sender);
  const title = `${modeName(p.mode, lang)} · ${displaySafe(who)}`;
  const gifts = displaySafe(packetGifts(state, p));
  const third = v.state === 'sent' || v.state === 'refunded' ? `${text} · ${yuan(price)}` : text;
  return { icon, color, stateText: text, lines: [title, gifts, third] };
}
