// Who gets a pane and which chat it shows, from the options and the terminal's width.
import type { State } from '../domain/types';
import { defaultPaneCount } from './layout';

export class PaneChoiceError extends Error {}

export function choosePanes(state: State, opts: { users?: string[]; group?: string; cols: number }): Array<{ user: string; chat: string }> {
  const group = opts.group ?? Object.keys(state.groups)[0];
  if (group === undefined || !state.groups[group]) throw new PaneChoiceError(`unknown group "${opts.group ?? ''}" (groups: ${Object.keys(state.groups).join(', ')})`);
  const members = state.groups[group]!.members;
  let users = opts.users;
  if (users) {
    for (const u of users) if (!state.users[u]) throw new PaneChoiceError(`unknown user "${u}"`);
  } else {
    // People first, bots (the crowd) last; as many as fit the width.
    const people = members.filter((m) => !state.users[m]?.bot);
    users = people.slice(0, defaultPaneCount(opts.cols, people.length));
  }
  return users.map((user) => {
    const own = state.groups[group]!.members.includes(user) ? group : Object.values(state.groups).find((g) => g.members.includes(user))?.id;
    return { user, chat: own ? `group:${own}` : `group:${group}` };
  });
}
