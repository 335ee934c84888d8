// The pane's chat list: the user's groups and private chats with friends (direct gifts live in
// private chats), and the code gifts they sent, took or tried a code on (each in a chat of its
// own), the newest message first, as on a phone.
import { codeChat, dmChat, groupChat, own } from '../../../domain/rules';
import type { State, UserId } from '../../../domain/types';
import { modeName } from '../../../i18n/domain-words';
import { userName } from '../../../i18n/events';
import type { Lang } from '../../../i18n';
import { listKeys } from '../../app/list';
import type { ScreenReducer } from '../../app/types';

export interface ChatsScreen {
  kind: 'chats';
  cursor: number;
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

export function chatList(state: State, user: UserId, lang: Lang = 'zh'): Array<{ chat: string; name: string; last: number }> {
  const last = new Map<string, number>();
  for (const m of state.messages) if (m.for === undefined || m.for === user) last.set(m.chat, m.id);
  const groups = Object.values(state.groups)
    .filter((g) => g.members.includes(user))
    .map((g) => ({ chat: groupChat(g.id), name: `${g.name} (${g.members.length})` }));
  const dms = (state.users[user]?.friends ?? []).map((f) => ({ chat: dmChat(user, f), name: state.users[f]?.name ?? f }));
  return [...groups, ...dms, ...codeChats(state, user, lang)].map((c) => ({ ...c, last: last.get(c.chat) ?? 0 })).sort((a, b) => b.last - a.last || 0);
}

const KEYS = listKeys<ChatsScreen>(
  (_s, env) => chatList(env.state, env.user, env.lang).length,
  (s, env) => {
    const c = chatList(env.state, env.user, env.lang)[s.cursor];
    return c ? { type: 'chat', chat: c.chat } : null;
  },
);

export const chatsReducer: ScreenReducer<ChatsScreen> = { keys: () => KEYS };
