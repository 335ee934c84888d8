// Who gets a pane when a scenario plays: everyone who acts in it, in the order they first act
// (then other people of its group, to fill the width); the group the story happens in. Not all of
// them need fit: the player brings each step's actor on screen (src/ui/app/shown.ts).
import type { Scenario } from '../scenario/parse';
import type { State } from '../domain/types';
import { MAX_DEFAULT_PANES } from '../ui/layout';
import { checkUsers } from '../ui/panes';

export function scenarioPanes(state: State, scenario: Scenario, users?: string[]): Array<{ user: string; chat: string }> {
  const groupOf = (raw: Record<string, unknown>) => {
    const send = raw.send as { group?: unknown } | undefined;
    return typeof send?.group === 'string' && Object.hasOwn(state.groups, send.group) ? send.group : null;
  };
  const group = scenario.steps.map((s) => groupOf(s.raw)).find((g) => g !== null) ?? Object.keys(state.groups)[0] ?? null;
  let chosen = users;
  checkUsers(state, users ?? []);
  if (!chosen) {
    const actors: string[] = [];
    for (const s of scenario.steps) if (s.as && Object.hasOwn(state.users, s.as) && !actors.includes(s.as)) actors.push(s.as);
    const fill = group ? state.groups[group]!.members.filter((m) => !actors.includes(m) && !state.users[m]?.bot) : [];
    chosen = [...actors, ...fill.slice(0, Math.max(0, MAX_DEFAULT_PANES - actors.length))];
  }
  return chosen.map((user) => {
    const own = group && state.groups[group]!.members.includes(user) ? group : Object.values(state.groups).find((g) => g.members.includes(user))?.id;
    return { user, chat: own ? `group:${own}` : `group:${group ?? ''}` };
  });
}
