// How to give it: to one friend, a grab packet (拼手速), a lottery (拼运气) or a lucky bag.
import { takers } from '../../../domain/rules';
import type { GiftMode as Mode, State, UserId } from '../../../domain/types';
import { say } from '../../../i18n';
import { MODE } from '../../../i18n/screens/compose';
import { listKeys } from '../../app/list';
import type { Env, ScreenReducer } from '../../app/types';
import { composeScreen, type Draft } from '../compose/reducer';

export interface ModeScreen {
  kind: 'mode';
  sku: string;
  spec: string;
  cursor: number;
}

export const MODES: Mode[] = ['direct', 'grab', 'lottery', 'luckybag'];

/** A company's pane also offers 年会福利 (one gift to each member of its group), last. */
export function modesFor(state: State, user: UserId): Mode[] {
  return state.users[user]?.company === true ? [...MODES, 'bulk'] : MODES;
}

/** The group a group gift goes to: the pane's group chat, else the user's first group. */
export function groupFor(state: State, chat: string, user: UserId): string | null {
  if (chat.startsWith('group:')) return chat.slice(6);
  return Object.values(state.groups).find((g) => g.members.includes(user))?.id ?? null;
}

export function newDraft(env: Env, mode: Mode, sku: string, spec: string): Draft {
  const chat = env.pane.chat;
  const dmOther = chat.startsWith('dm:') ? (chat.slice(3).split('|').find((u) => u !== env.user) ?? null) : null;
  const group = mode === 'direct' ? null : groupFor(env.state, chat, env.user);
  // A bulk gift starts as one for every member of the group but the sender.
  const count = mode === 'bulk' && group !== null ? takers(env.state, { group, sender: env.user }).length : 1;
  return {
    mode,
    items: [{ sku, spec, count }],
    to: mode === 'direct' ? dmOther : null,
    group,
    drawHours: 1,
    eligible: 'all',
    message: '',
  };
}

const KEYS = listKeys<ModeScreen>(
  (_s, env) => modesFor(env.state, env.user).length,
  (s, env) => {
    const mode = modesFor(env.state, env.user)[s.cursor]!;
    const draft = newDraft(env, mode, s.sku, s.spec);
    if (mode !== 'direct' && draft.group === null) return { type: 'notice', text: say(env.lang, MODE.noGroup), tone: 'bad' };
    return { type: 'push', screen: composeScreen(draft) };
  },
);

export const modeReducer: ScreenReducer<ModeScreen> = { keys: () => KEYS };
