// The pane's chat list: the user's groups and private chats with friends (direct gifts live in
// private chats), the newest message first, as on a phone.
import { dmChat, groupChat } from '../../../domain/rules';
import type { State, UserId } from '../../../domain/types';
import { listKeys } from '../../app/list';
import type { ScreenReducer } from '../../app/types';

export interface ChatsScreen {
  kind: 'chats';
  cursor: number;
}

export function chatList(state: State, user: UserId): Array<{ chat: string; name: string; last: number }> {
  const last = new Map<string, number>();
  for (const m of state.messages) if (m.for === undefined || m.for === user) last.set(m.chat, m.id);
  const groups = Object.values(state.groups)
    .filter((g) => g.members.includes(user))
    .map((g) => ({ chat: groupChat(g.id), name: `${g.name} (${g.members.length})` }));
  const dms = (state.users[user]?.friends ?? []).map((f) => ({ chat: dmChat(user, f), name: state.users[f]?.name ?? f }));
  // A private chat with someone who is not a friend, where a card came (a company's gift to its staff).
  const known = new Set(dms.map((d) => d.chat));
  for (const chat of last.keys()) {
    const other = chat.startsWith('dm:') ? chat.slice(3).split('|').find((u) => u !== user) : undefined;
    if (other !== undefined && chat.slice(3).split('|').includes(user) && !known.has(chat)) {
      known.add(chat);
      dms.push({ chat, name: state.users[other]?.name ?? other });
    }
  }
  return [...groups, ...dms].map((c) => ({ ...c, last: last.get(c.chat) ?? 0 })).sort((a, b) => b.last - a.last || 0);
}

const KEYS = listKeys<ChatsScreen>(
  (_s, env) => chatList(env.state, env.user).length,
  (s, env) => {
    const c = chatList(env.state, env.user)[s.cursor];
    return c ? { type: 'chat', chat: c.chat } : null;
  },
);

export const chatsReducer: ScreenReducer<ChatsScreen> = { keys: () => KEYS };
