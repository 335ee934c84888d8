// The lines a chat takes up for one viewer, worked out without rendering, so a chat of
// thousands of messages draws only what fits.
import { yuan } from '../../domain/money';
import type { ChatMessage, State, UserId } from '../../domain/types';
import type { Lang } from '../../i18n';
import { cardLayout, cardLook } from '../components/card-lines';
import { say } from '../../i18n';
import { CHAT } from '../../i18n/screens/chat';
import { modeName } from '../../i18n/domain-words';
import { displaySafe } from '../text/sanitize';
import { wrap } from '../text/width';

export interface ChatItem {
  msg: ChatMessage;
  kind: 'text' | 'card' | 'system';
  height: number;
  /** For text and system lines: the wrapped lines. */
  lines: string[];
  mine: boolean;
}

/** Messages of a chat this user may see (system lines meant for someone else are not). */
export function visibleMessages(state: State, chat: string, user: UserId): ChatMessage[] {
  return state.messages.filter((m) => m.chat === chat && (m.for === undefined || m.for === user));
}

/** A code gift's own chat, by the gift: 🔑 口令礼物 · its sender. */
export function codeChatTitle(state: State, chat: string, lang: Lang): string {
  const p = state.packets[chat.slice(5)];
  return say(lang, CHAT.codeTitle, { mode: modeName('code', lang), who: displaySafe(p ? (state.users[p.sender]?.name ?? p.sender) : chat) });
}

export function systemText(m: ChatMessage, lang: Lang): string {
  if (m.text === 'draw') return say(lang, CHAT.drawn);
  const params = { n: m.count ?? 1, amount: yuan(m.amount ?? 0) };
  if (m.text === 'refund.surplus') return say(lang, params.n > 1 ? CHAT.surplusMany : CHAT.surplusOne, params);
  if (m.text === 'refund.expired') return say(lang, params.n > 1 ? CHAT.expiredMany : CHAT.expiredOne, params);
  return m.text;
}

/** `phone`: on one person's phone, where a gift card is larger. */
export function chatItem(state: State, m: ChatMessage, user: UserId, lang: Lang, width: number, phone = false): ChatItem {
  const mine = m.from === user;
  const colon = say(lang, CHAT.colon);
  if (m.system) {
    const lines = wrap(systemText(m, lang), width);
    return { msg: m, kind: 'system', height: lines.length, lines, mine };
  }
  if (m.packet !== undefined) {
    // A card, with the 赠言 above it when there is one.
    const note = m.text ? wrap(`${mine ? '' : displaySafe(state.users[m.from ?? '']?.name ?? '') + colon}${displaySafe(m.text)}`, width) : [];
    const p = state.packets[m.packet];
    // A gift still on disk (archived, not read back) is one line saying so.
    if (!p) return { msg: m, kind: 'card', height: 1, lines: [], mine };
    return { msg: m, kind: 'card', height: cardLayout(cardLook(state, p, user, lang), width, phone).height + note.length, lines: note, mine };
  }
  const name = mine ? '' : `${displaySafe(state.users[m.from ?? '']?.name ?? '?')}${colon}`;
  const lines = wrap(`${name}${displaySafe(m.text)}`, Math.max(4, width - 2));
  return { msg: m, kind: 'text', height: lines.length, lines, mine };
}

/**
 * The items to draw in `height` lines: the newest at the bottom, or, when a card is selected
 * (`focusId`), a window that keeps it in view. Items are laid out lazily from the window's end,
 * so a long chat costs only what is drawn.
 */
export function visibleWindow(
  messages: readonly ChatMessage[],
  make: (m: ChatMessage) => ChatItem,
  height: number,
  focusId: number | null,
): ChatItem[] {
  let end = messages.length;
  if (focusId !== null) {
    const i = messages.findIndex((m) => m.id === focusId);
    if (i >= 0) {
      // Keep the focused item and as much after it as fits below it.
      let used = make(messages[i]!).height;
      end = i + 1;
      while (end < messages.length) {
        const h = make(messages[end]!).height;
        if (used + h > height) break;
        used += h;
        end++;
      }
    }
  }
  const out: ChatItem[] = [];
  let used = 0;
  for (let j = end - 1; j >= 0; j--) {
    const item = make(messages[j]!);
    if (used + item.height > height) break;
    out.unshift(item);
    used += item.height;
  }
  return out;
}
