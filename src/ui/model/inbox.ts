// What is new to a pane's user in the chats the pane is not showing: unread counts for the chat
// list, and the newest unread message for the one-line notice under the pane's header. A message
// is new when someone else wrote it after the pane last left its chat (or, for a chat never left,
// after the pane opened). Worked out from the engine state and the pane's own record of what it
// has seen, so it needs no timers and no events of its own.
import { chatMembers } from '../../domain/rules';
import type { ChatMessage, State } from '../../domain/types';
import type { PaneState } from '../app/types';

export interface Unread {
  /** New messages in the chat. */
  n: number;
  /** How many of them are gift cards. */
  gifts: number;
  /** The newest of them, and the newest gift card among them. */
  last: ChatMessage;
  lastGift: ChatMessage | null;
}

type Seen = Pick<PaneState, 'user' | 'chat' | 'since' | 'seen'>;

/** Per chat the pane does not show, what is new there (chats with nothing new are absent). */
export function unreadByChat(state: State, pane: Seen): Map<string, Unread> {
  const out = new Map<string, Unread>();
  const member = new Map<string, boolean>();
  const inChat = (chat: string) => {
    let m = member.get(chat);
    if (m === undefined) member.set(chat, (m = (chat.startsWith('group:') || chat.startsWith('dm:')) && (chatMembers(state, chat)?.includes(pane.user) ?? false)));
    return m;
  };
  // Newest first, back to the messages that were there when the pane opened.
  for (let i = state.messages.length - 1; i >= 0; i--) {
    const m = state.messages[i]!;
    if (m.id <= pane.since) break;
    if (m.chat === pane.chat || m.from === pane.user || (m.for !== undefined && m.for !== pane.user)) continue;
    if (m.id <= (pane.seen.get(m.chat) ?? 0) || !inChat(m.chat)) continue;
    const gift = m.packet !== undefined && !m.system;
    const u = out.get(m.chat) ?? { n: 0, gifts: 0, last: m, lastGift: null };
    u.n++;
    if (gift) u.gifts++;
    if (gift && u.lastGift === null) u.lastGift = m;
    out.set(m.chat, u);
  }
  return out;
}

/** The news line a pane shows: the newest unread message elsewhere, except on a phone's home
 * screen, the chat list, which counts what is new in each chat itself. */
export function paneNews(state: State, pane: Seen & Pick<PaneState, 'home' | 'stack'>): ReturnType<typeof inboxLine> {
  return pane.home === 'chats' && pane.stack.length === 1 ? null : inboxLine(state, pane);
}

/** The newest unread message outside the pane's chat, a gift card before any other line; null
 * when nothing is new. */
export function inboxLine(state: State, pane: Seen): { chat: string; msg: ChatMessage; n: number } | null {
  let gift: ChatMessage | null = null;
  let any: ChatMessage | null = null;
  let total = 0;
  for (const u of unreadByChat(state, pane).values()) {
    total += u.n;
    if (u.lastGift && (!gift || u.lastGift.id > gift.id)) gift = u.lastGift;
    if (!any || u.last.id > any.id) any = u.last;
  }
  const msg = gift ?? any;
  return msg ? { chat: msg.chat, msg, n: total } : null;
}
