// The chat: ↑/↓ select a card (Enter opens it; a red packet opens and is taken in one key); with
// no card selected Enter gives the input line the keyboard, and Enter there says the line. Above
// the oldest card ↑ goes line by line, and past the oldest line in memory it asks the store for
// older ones (a file store keeps a long history on disk); PgUp/PgDn go a screenful, Home/End to
// the top and the input line. From here: g the shop, c the chats, o my orders, k a 口令, s the
// settings.
import type { ChatMessage } from '../../../domain/types';
import { say } from '../../../i18n';
import { refusalMessage } from '../../../i18n/refusals';
import { CARD } from '../../../i18n/screens/card';
import { chatItem, visibleMessages } from '../../model/chat-items';
import { many, type Env, type KeyMap, type Load, type LoadResult, type ScreenReducer, type Step } from '../../app/types';
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
  /** Scrolled back to the oldest line in memory: older ones are being read, or there are none. */
  older?: 'loading' | 'end';
}

export const chatScreen = (): ChatScreen => ({ kind: 'chat', cursor: null, input: '', editing: null });

export const CHAT_MAX = 200;
/** How many older messages one scroll past the top asks the store for. */
export const OLDER_PAGE = 50;

export const isCard = (m: ChatMessage) => m.packet !== undefined && !m.system;

/** The cards of the chat, oldest first: what ↑/↓ move through. */
export function chatCards(env: Env) {
  return visibleMessages(env.state, env.pane.chat, env.user).filter(isCard);
}

/** Where the cursor is among the chat's messages (their count for the input line), and whether
 * it rests on a card. */
function position(s: ChatScreen, env: Env) {
  const list = visibleMessages(env.state, env.pane.chat, env.user);
  const i = s.cursor === null ? -1 : list.findIndex((m) => m.id === s.cursor);
  return { list, at: i < 0 ? list.length : i, onCard: i >= 0 && isCard(list[i]!) };
}

const moveTo = (s: ChatScreen, cursor: number | null): Step => ({ type: 'replace', screen: { ...s, cursor } });

/** Past the oldest line in memory: ask the store for older ones (none left: say so). */
function older(s: ChatScreen, env: Env): Step | null {
  if (s.older === 'end') return null;
  return many({ type: 'replace', screen: { ...s, older: 'loading' } }, { type: 'load', load: { type: 'older', chat: env.pane.chat, n: OLDER_PAGE } });
}

/** Older lines came in: the cursor goes on to the newest of them; lines that are all meant for
 * someone else ask for more. */
function olderLoaded(s: ChatScreen, result: LoadResult, env: Env): Step | null {
  const rest: ChatScreen = { ...s };
  delete rest.older;
  if (!result.ok) return { type: 'replace', screen: rest };
  if (result.added === 0) return { type: 'replace', screen: { ...s, older: 'end' } };
  const { list, at } = position(s, env);
  return at > 0 ? moveTo(rest, list[at - 1]!.id) : older(s, env);
}

/** Open a card's gift: a red packet is opened and taken in one key. An archived gift not read
 * back yet is read first. */
function openGift(packet: string, env: Env): Step {
  const p = env.state.packets[packet];
  if (!p) return { type: 'load', load: { type: 'packets', ids: [packet] } };
  return p.mode === 'redpacket' ? openRed(p, env) : openCard(packet, env);
}

function giftLoaded(load: Extract<Load, { type: 'packets' }>, result: LoadResult, env: Env): Step | null {
  if (!result.ok) return null;
  const id = load.ids[0]!;
  if (!env.state.packets[id]) return { type: 'notice', text: say(env.lang, CARD.noSuchGift), tone: 'bad' };
  return openGift(id, env);
}

/** A code gift's own chat (its card, passed on by 口令): nobody talks there. */
export const isCodeChat = (chat: string) => chat.startsWith('code:');

/** ↑ from the input line or a card: the card before it; above the oldest card, line by line,
 * then older lines from the store. */
function up(s: ChatScreen, env: Env): Step | null {
  const { list, at, onCard } = position(s, env);
  if (s.cursor === null || onCard) for (let j = at - 1; j >= 0; j--) if (isCard(list[j]!)) return moveTo(s, list[j]!.id);
  return at > 0 ? moveTo(s, list[at - 1]!.id) : older(s, env);
}

/** ↓ from a card: the next card; from a line of the history: the next line; then the input line. */
function down(s: ChatScreen, env: Env): Step | null {
  const { list, at, onCard } = position(s, env);
  for (let j = at + 1; j < list.length; j++) if (!onCard || isCard(list[j]!)) return moveTo(s, list[j]!.id);
  return moveTo(s, null);
}

/** PgUp/PgDn: ↑ or ↓ until about a screenful of lines has gone by (a card counts its height);
 * reaching the oldest line in memory asks for older ones, as ↑ does. */
const page =
  (by: typeof up) =>
  (s: ChatScreen, env: Env): Step | null => {
    let at = s;
    let last: Step | null = null;
    for (let rows = 0; rows < Math.max(1, env.height - 2); ) {
      const st = by(at, env);
      if (!st || st.type !== 'replace') return st ?? last;
      last = st;
      at = st.screen as ChatScreen;
      const m = at.cursor === null ? undefined : env.state.messages.find((x) => x.id === at.cursor);
      if (!m) break;
      rows += chatItem(env.state, m, env.user, env.lang, env.width, env.phone === true).height;
    }
    return last;
  };

const BROWSING: KeyMap<ChatScreen> = {
  up,
  down,
  // Home: the oldest card; from there (or with no card) the oldest line in memory.
  first(s, env) {
    const { list, at } = position(s, env);
    const firstCard = list.findIndex(isCard);
    const to = firstCard >= 0 && at > firstCard ? firstCard : 0;
    return list.length === 0 ? null : moveTo(s, list[to]!.id);
  },
  last: (s) => moveTo(s, null),
  pageUp: page(up),
  pageDown: page(down),
  select(s, env) {
    const { list, at, onCard } = position(s, env);
    if (onCard) return openGift(list[at]!.packet!, env);
    if (isCodeChat(env.pane.chat)) return null;
    return { type: 'replace', screen: { ...s, cursor: null, editing: 'input' } };
  },
  shop: () => ({ type: 'push', screen: { kind: 'shop', tab: 0, cursor: 0, query: '', editing: null, bag: null } }),
  chats: () => ({ type: 'push', screen: chatsScreen() }),
  orders: () => ({ type: 'push', screen: ordersScreen() }),
  kouling: () => ({ type: 'push', screen: koulingScreen() }),
  settings: (_s, env) => ({ type: 'push', screen: settingsScreen(env.state) }),
};

/** On one person's phone the chat sits above the chat list: Esc (and c) go back to it. */
const ON_PHONE: KeyMap<ChatScreen> = { ...BROWSING, back: () => ({ type: 'pop' }), chats: () => ({ type: 'pop' }) };

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
  unsaved: (s) => s.input.trim() !== '',
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
  loaded: (s, load, result, env) => (load.type === 'older' ? olderLoaded(s, result, env) : giftLoaded(load, result, env)),
};
