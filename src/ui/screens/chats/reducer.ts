// The pane's chat list: the user's groups and private chats with friends (direct gifts live in
// private chats; a company's gift to one of its staff opens a private chat with it too), and the code gifts they sent, took or tried a code on (each in a chat of its
// own), the newest message first, as on a phone. On one person's phone it is the home
// screen. The choice follows the chat, not the row: a message arriving reorders the list, and
// Enter must still open the chat that was highlighted.
import { chatMembers, codeChat, dmChat, groupChat, own } from '../../../domain/rules';
import type { State, UserId } from '../../../domain/types';
import { modeName } from '../../../i18n/domain-words';
import { userName } from '../../../i18n/events';
import type { Lang } from '../../../i18n';
import type { Env, KeyHandler, KeyMap, ScreenReducer } from '../../app/types';

export interface ChatsScreen {
  kind: 'chats';
  /** The row, when no chat is chosen yet (or the chosen one is gone). */
  cursor: number;
  /** The chosen chat: the cursor follows it as the list reorders. */
  at?: string;
}

/** The list with `at` (the pane's own chat, say) chosen. */
export const chatsScreen = (at?: string): ChatsScreen => ({ kind: 'chats', cursor: 0, ...(at ? { at } : {}) });

export interface ChatRow {
  chat: string;
  name: string;
  /** The id of the newest message this user may see there (0: none). */
  last: number;
}

/** The code gifts a user has to do with: sent, taken, or a code tried on. */
function codeChats(state: State, user: UserId, lang: Lang): Array<{ chat: string; name: string }> {
  const out: Array<{ chat: string; name: string }> = [];
  for (const id of state.order) {
    const p = state.packets[id];
    if (p?.mode !== 'code') continue;
    if (p.sender === user || p.units.some((u) => u.holder === user) || (p.code && own(p.code.wrong, user) !== undefined))
      out.push({ chat: codeChat(p.id), name: `${modeName('code', lang)} · ${userName(state, p.sender)}` });
  }
  return out;
}

export function chatList(state: State, user: UserId, lang: Lang = 'zh'): ChatRow[] {
  const last = new Map<string, number>();
  for (const m of state.messages) if (m.for === undefined || m.for === user) last.set(m.chat, m.id);
  const groups = Object.values(state.groups)
    .filter((g) => g.members.includes(user))
    .map((g) => ({ chat: groupChat(g.id), name: `${g.name} (${g.members.length})` }));
  const dms = (state.users[user]?.friends ?? []).map((f) => ({ chat: dmChat(user, f), name: state.users[f]?.name ?? f }));
  // A private chat with someone who is not a friend, where a card came (a company's gift to its staff).
  const known = new Set(dms.map((d) => d.chat));
  for (const chat of last.keys()) {
    if (!chat.startsWith('dm:') || known.has(chat)) continue;
    const members = chatMembers(state, chat);
    const other = members?.find((u) => u !== user);
    if (other !== undefined && members!.includes(user)) {
      known.add(chat);
      dms.push({ chat, name: userName(state, other) });
    }
  }
  return [...groups, ...dms, ...codeChats(state, user, lang)].map((c) => ({ ...c, last: last.get(c.chat) ?? 0 })).sort((a, b) => b.last - a.last || 0);
}

/** The highlighted row now. */
export function chatsCursor(s: ChatsScreen, list: readonly ChatRow[]): number {
  const i = s.at === undefined ? -1 : list.findIndex((c) => c.chat === s.at);
  return i >= 0 ? i : Math.max(0, Math.min(s.cursor, list.length - 1));
}

const move =
  (dir: -1 | 1): KeyHandler<ChatsScreen> =>
  (s, env) => {
    const list = chatList(env.state, env.user, env.lang);
    const i = Math.max(0, Math.min(list.length - 1, chatsCursor(s, list) + dir));
    const c = list[i];
    return { type: 'replace', screen: c ? { kind: 'chats', cursor: i, at: c.chat } : s };
  };

const KEYS: KeyMap<ChatsScreen> = {
  up: move(-1),
  down: move(1),
  select(s: ChatsScreen, env: Env) {
    const list = chatList(env.state, env.user, env.lang);
    const c = list[chatsCursor(s, list)];
    return c ? { type: 'chat', chat: c.chat } : null;
  },
  back: () => ({ type: 'pop' }),
};

export const chatsReducer: ScreenReducer<ChatsScreen> = { keys: () => KEYS };
