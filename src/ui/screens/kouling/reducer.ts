// k: enter a 口令. Anyone — in no shared group with the sender, not even a friend — pastes the
// share text (it names the packet) and types the 4-digit code they were told; a parcel asks for
// an address, then the claim goes to the engine with the code. A wrong code counts against five
// tries (the engine keeps the count); the screen says how many are left, and the lock.
import type { Packet } from '../../../domain/types';
import { say } from '../../../i18n';
import { KOULING } from '../../../i18n/screens/kouling';
import type { Env, KeyMap, ScreenReducer, Step } from '../../app/types';
import { koulingIds, koulingPacket } from '../../model/kouling';
import { addressScreen } from '../address/reducer';
import { claimCommand, koulingClaimed } from '../card/reducer';

export interface KoulingScreen {
  kind: 'kouling';
  /** The 口令 as typed or pasted, and the code gift it names once Enter recognised it. */
  text: string;
  packet: string | null;
  code: string;
  /** Rows: 0 the 口令, 1 the code, 2 take it. */
  cursor: number;
  editing: 'text' | 'code' | null;
  error: string | null;
}

/** k: the 口令 field has the keyboard at once. */
export const koulingScreen = (): KoulingScreen => ({ kind: 'kouling', text: '', packet: null, code: '', cursor: 0, editing: 'text', error: null });

const CODE = /^[0-9]{4}$/;

/** Whether taking one of this code gift needs an address: its gift is a parcel. Asked whatever
 * is left, so a gift gone or expired is refused by the engine, not skipped by the screen. */
export const koulingNeedsAddress = (env: Env, p: Packet) => env.state.catalog[p.units[0]?.sku ?? '']?.delivery === 'address';

/** The 口令 read: on to the code, or why not. A 口令 naming a gift that is not in memory (an
 * old one, archived on disk) reads it back first (`read`), then looks again. */
function recognise(s: KoulingScreen, env: Env, read = true): Step {
  const p = koulingPacket(env.state, s.text);
  const absent = read ? koulingIds(s.text).filter((id) => !Object.hasOwn(env.state.packets, id)) : [];
  if (!p && absent.length > 0) return { type: 'load', load: { type: 'packets', ids: absent } };
  if (!p) return { type: 'replace', screen: { ...s, packet: null, error: say(env.lang, KOULING.notFound) } };
  return { type: 'replace', screen: { ...s, packet: p.id, editing: 'code', cursor: 1, error: null } };
}

function take(s: KoulingScreen, env: Env): Step {
  const p = s.packet ? env.state.packets[s.packet] : undefined;
  if (!p) return { type: 'replace', screen: { ...s, editing: 'text', cursor: 0, error: say(env.lang, KOULING.notFound) } };
  if (!CODE.test(s.code)) return { type: 'replace', screen: { ...s, editing: 'code', cursor: 1, error: say(env.lang, KOULING.codeHint) } };
  if (koulingNeedsAddress(env, p)) return { type: 'push', screen: addressScreen(p.id, s.code) };
  return { type: 'run', command: claimCommand(env, p.id, undefined, s.code) };
}

const edit = (s: KoulingScreen, row: number): KoulingScreen => ({ ...s, cursor: row, editing: row === 0 ? 'text' : row === 1 ? 'code' : null });

const BROWSING: KeyMap<KoulingScreen> = {
  up: (s) => ({ type: 'replace', screen: { ...s, cursor: Math.max(0, s.cursor - 1) } }),
  down: (s) => ({ type: 'replace', screen: { ...s, cursor: Math.min(2, s.cursor + 1) } }),
  select: (s, env) => (s.cursor === 2 ? take(s, env) : { type: 'replace', screen: edit(s, s.cursor) }),
  back: () => ({ type: 'pop' }),
};

const TYPING: KeyMap<KoulingScreen> = {
  stopEdit: (s) => ({ type: 'replace', screen: { ...s, editing: null } }),
  nextField: (s) => ({ type: 'replace', screen: edit(s, s.cursor + 1) }),
  prevField: (s) => ({ type: 'replace', screen: edit(s, Math.max(0, s.cursor - 1)) }),
};

export const koulingReducer: ScreenReducer<KoulingScreen> = {
  keys: (s) => (s.editing ? TYPING : BROWSING),
  editing: (s) => s.editing,
  unsaved: (s) => s.text.trim() !== '' || s.code.trim() !== '',
  text: (s, value) => (s.editing === 'code' ? { ...s, code: value, error: null } : { ...s, text: value, packet: null, error: null }),
  submit: (s, env) => (s.editing === 'text' ? recognise(s, env) : take(s, env)),
  outcome: (s, command, o, env) => (command.type === 'claim' ? koulingClaimed(s.packet ?? '', o, command, env, 0) : null),
  // A failed read is said in the pane's alert; the 口令 stays as typed.
  loaded: (s, _load, result, env) => (result.ok ? recognise(s, env, false) : null),
};
