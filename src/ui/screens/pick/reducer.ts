// Who the gift is for: one friend (a direct gift), who may enter a lottery, or who gets a bulk
// gift (several).
import type { UserId } from '../../../domain/types';
import { listKeys } from '../../app/list';
import { many, type Env, type ScreenReducer } from '../../app/types';
import { composeScreen, type Draft } from '../compose/reducer';

export interface PickScreen {
  kind: 'pick';
  draft: Draft;
  cursor: number;
  chosen: UserId[];
}

export function candidates(env: Env, d: Draft): UserId[] {
  if (d.mode === 'direct') return env.state.users[env.user]?.friends ?? [];
  return (d.group ? (env.state.groups[d.group]?.members ?? []) : []).filter((m) => m !== env.user);
}

const backToCompose = (d: Draft, cursor: number) => many({ type: 'pop' }, { type: 'replace', screen: composeScreen(d, cursor) });

/** Several people are chosen (a lottery's entrants, a bulk gift's staff), not one friend. */
export const picksMany = (d: Draft) => d.mode === 'lottery' || d.mode === 'bulk';

/** Done choosing: who may enter, or (a bulk gift) who gets one, with its count to match. */
function picked(env: Env, d: Draft, list: UserId[]): Draft {
  const eligible = list.length ? list : 'all';
  if (d.mode !== 'bulk') return { ...d, eligible };
  const count = list.length || candidates(env, d).length;
  return { ...d, eligible, items: [{ ...d.items[0]!, count }] };
}

const KEYS = listKeys<PickScreen>(
  (s, env) => candidates(env, s.draft).length + (picksMany(s.draft) ? 1 : 0),
  (s, env) => {
    const list = candidates(env, s.draft);
    if (!picksMany(s.draft)) {
      const to = list[s.cursor];
      return to ? backToCompose({ ...s.draft, to }, 1) : null;
    }
    // The first row is 完成; the others toggle a member.
    if (s.cursor === 0) return backToCompose(picked(env, s.draft, s.chosen), s.draft.mode === 'bulk' ? 1 : 2);
    const who = list[s.cursor - 1]!;
    const chosen = s.chosen.includes(who) ? s.chosen.filter((x) => x !== who) : [...s.chosen, who];
    return { type: 'replace', screen: { ...s, chosen } };
  },
);

export const pickReducer: ScreenReducer<PickScreen> = {
  keys: () => KEYS,
  // People ticked but not yet taken back to the form (完成).
  unsaved: (s) => s.chosen.length > 0,
};
