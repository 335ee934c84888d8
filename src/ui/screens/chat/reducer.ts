// The chat: ↑/↓ select a card (Enter opens it; a red packet opens and is taken in one key); with
// no card selected Enter gives the input line the keyboard, and Enter there says the line. From
// here: g the shop, c the chats, o my orders, k a 口令, s the settings.
import { refusalMessage } from '../../../i18n/refusals';
import { visibleMessages } from '../../model/chat-items';
import type { Env, KeyMap, ScreenReducer } from '../../app/types';
import { cardOpened, openCard } from '../card/reducer';
import { chatsScreen } from '../chats/reducer';
import { koulingScreen } from '../kouling/reducer';
import { ordersScreen } from '../orders/reducer';
import { openRed, redClaimed } from '../hongbao/reducer';
import { settingsScreen } from '../settings/reducer';

export interface ChatScreen {
  kind: 'chat';
  /** The selected card's message id, or null (the input line). */
  cursor: number | null;
  input: string;
  editing: 'input' | null;
}

export const chatScreen = (): ChatScreen => ({ kind: 'chat', cursor: null, input: '', editing: null });

export const CHAT_MAX = 200;

/** The cards of the chat, oldest first: what ↑/↓ move through. */
export function chatCards(env: Env) {
  return visibleMessages(env.state, env.pane.chat, env.user).filter((m) => m.packet !== undefined && !m.system);
}

/** A code gift's own chat (its card, passed on by 口令): nobody talks there. */
export const isCodeChat = (chat: string) => chat.startsWith('code:');

const at = (s: ChatScreen, env: Env) => {
  const list = chatCards(env);
  return { list, at: s.cursor === null ? list.length : list.findIndex((m) => m.id === s.cursor) };
};

const BROWSING: KeyMap<ChatScreen> = {
  up(s, env) {
    const { list, at: i } = at(s, env);
    const j = Math.max(0, (i < 0 ? list.length : i) - 1);
    return list.length ? { type: 'replace', screen: { ...s, cursor: list[j]!.id } } : null;
  },
  down(s, env) {
    const { list, at: i } = at(s, env);
    return { type: 'replace', screen: { ...s, cursor: i + 1 >= list.length ? null : list[i + 1]!.id } };
  },
  select(s, env) {
    const m = chatCards(env).find((x) => x.id === s.cursor);
    const p = m ? env.state.packets[m.packet!] : undefined;
    if (p?.mode === 'redpacket') return openRed(p, env);
    if (m) return openCard(m.packet!, env);
    if (isCodeChat(env.pane.chat)) return null;
    return { type: 'replace', screen: { ...s, editing: 'input' } };
  },
  shop: () => ({ type: 'push', screen: { kind: 'shop', tab: 0, cursor: 0, query: '', editing: null, bag: null } }),
  chats: () => ({ type: 'push', screen: chatsScreen() }),
  orders: () => ({ type: 'push', screen: ordersScreen() }),
  kouling: () => ({ type: 'push', screen: koulingScreen() }),
  settings: (_s, env) => ({ type: 'push', screen: settingsScreen(env.state) }),
};

/** On one person's phone the chat sits above the chat list: Esc goes back to it. */
const ON_PHONE: KeyMap<ChatScreen> = { ...BROWSING, back: () => ({ type: 'pop' }) };

/** In a private chat (or a code gift's), Esc goes back to the user's group. */
const IN_DM: KeyMap<ChatScreen> = {
  ...BROWSING,
  back(_s, env) {
    const group = Object.values(env.state.groups).find((g) => g.members.includes(env.user));
    return group ? { type: 'chat', chat: `group:${group.id}` } : null;
  },
};

const TYPING: KeyMap<ChatScreen> = {
  stopEdit: (s) => ({ type: 'replace', screen: { ...s, editing: null } }),
};

export const chatReducer: ScreenReducer<ChatScreen> = {
  keys: (s, env) => (s.editing ? TYPING : env.pane.home === 'chats' ? ON_PHONE : env.pane.chat.startsWith('group:') ? BROWSING : IN_DM),
  editing: (s) => s.editing,
  text: (s, value) => ({ ...s, input: value }),
  submit(s, env) {
    if (s.input.trim() === '') return { type: 'replace', screen: { ...s, editing: null } };
    return { type: 'run', command: { type: 'say', as: env.user, chat: env.pane.chat, text: s.input } };
  },
  outcome(s, command, o, env) {
    if (command.type === 'open') return cardOpened(command.packet, o, env);
    if (command.type === 'claim') return redClaimed(command.packet, o, env);
    if (command.type !== 'say') return null;
    return o.ok ? { type: 'replace', screen: { ...s, input: '' } } : { type: 'notice', text: refusalMessage(o.code, env.lang), tone: 'bad' };
  },
};
