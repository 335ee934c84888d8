// How to give it: to one friend, a grab packet (拼手速), a lottery (拼运气), a lucky bag, a
// code gift (Taobao's 口令: anyone with the code, in no shared group, takes one), and for a
// company 年会福利 (one gift to each of its staff).
import { chatMembers, takers } from '../../../domain/rules';
import type { GiftMode, Mode, State, UserId } from '../../../domain/types';
import { say } from '../../../i18n';
import { MODE } from '../../../i18n/screens/compose';
import { listKeys } from '../../app/list';
import type { Env, ScreenReducer } from '../../app/types';
import { drawnCode } from '../../model/kouling';
import { composeScreen, type Draft } from '../compose/reducer';

export interface ModeScreen {
  kind: 'mode';
  sku: string;
  spec: string;
  cursor: number;
}

/** The rows, in order (new modes go at the end: the rows above keep their places). */
export type MenuMode = GiftMode | 'code';
export const MODES: MenuMode[] = ['direct', 'grab', 'lottery', 'luckybag', 'code'];

/** A company's pane also offers 年会福利 (one gift to each member of its group), last. */
export function modesFor(state: State, user: UserId): MenuMode[] {
  return state.users[user]?.company === true ? [...MODES, 'bulk'] : MODES;
}

/** The group a group gift goes to: the pane's group chat, else the user's first group. */
export function groupFor(state: State, chat: string, user: UserId): string | null {
  if (chat.startsWith('group:')) return chat.slice(6);
  return Object.values(state.groups).find((g) => g.members.includes(user))?.id ?? null;
}

/** Modes that go into a group (a direct gift goes to a friend, a code gift to whoever has it). */
export const inGroup = (mode: Mode) => mode !== 'direct' && mode !== 'code';

export function newDraft(env: Env, mode: Mode, sku: string, spec: string): Draft {
  const chat = env.pane.chat;
  const dmOther = chat.startsWith('dm:') ? (chatMembers(env.state, chat)?.find((u) => u !== env.user) ?? null) : null;
  const group = inGroup(mode) ? groupFor(env.state, chat, env.user) : null;
  // A bulk gift starts as one for every member of the group but the sender.
  const count = mode === 'bulk' && group !== null ? takers(env.state, { group, sender: env.user }).length : 1;
  return {
    mode,
    items: mode === 'redpacket' ? [] : [{ sku, spec, count }],
    to: mode === 'direct' ? dmOther : null,
    group,
    drawHours: 1,
    eligible: 'all',
    message: '',
    ...(mode === 'code' ? { code: drawnCode(env.state, 0), codeDraw: 0 } : {}),
    ...(mode === 'redpacket' ? { amount: '', count: 1 } : {}),
  };
}

const KEYS = listKeys<ModeScreen>(
  (_s, env) => modesFor(env.state, env.user).length,
  (s, env) => {
    const mode = modesFor(env.state, env.user)[s.cursor]!;
    const draft = newDraft(env, mode, s.sku, s.spec);
    if (inGroup(mode) && draft.group === null) return { type: 'notice', text: say(env.lang, MODE.noGroup), tone: 'bad' };
    return { type: 'push', screen: composeScreen(draft) };
  },
);

export const modeReducer: ScreenReducer<ModeScreen> = { keys: () => KEYS };
