// Who gets a pane when a scenario plays: the people who act in it, in the order they first
// act, as many as fit; the group the story happens in.
import type { Scenario } from '../scenario/parse';
import type { State } from '../domain/types';
import { defaultPaneCount } from '../ui/layout';

export function scenarioPanes(state: State, scenario: Scenario, cols: number, users?: string[]): Array<{ user: string; chat: string }> {
  const groupOf = (raw: Record<string, unknown>) => {
    const send = raw.send as { group?: unknown } | undefined;
    return typeof send?.group === 'string' && state.groups[send.group] ? send.group : null;
  };
  const group = scenario.steps.map((s) => groupOf(s.raw)).find((g) => g !== null) ?? Object.keys(state.groups)[0] ?? null;
  let chosen = users;
  if (!chosen) {
    const actors: string[] = [];
    for (const s of scenario.steps) if (s.as && state.users[s.as] && !actors.includes(s.as)) actors.push(s.as);
    const fill = group ? state.groups[group]!.members.filter((m) => !actors.includes(m) && !state.users[m]?.bot) : [];
    const all = [...actors, ...fill];
    chosen = all.slice(0, Math.max(2, defaultPaneCount(cols, all.length)));
  }
  return chosen.map((user) => {
    const own = group && state.groups[group]!.members.includes(user) ? group : Object.values(state.groups).find((g) => g.members.includes(user))?.id;
    return { user, chat: own ? `group:${own}` : `group:${group ?? ''}` };
  });
}
