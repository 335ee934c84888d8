// Who gets a pane and which chat it shows, from the options. Every person chosen gets a pane;
// how many are shown side by side follows the terminal's width (layout.ts, app/shown.ts).
import type { State } from '../domain/types';
import { MAX_DEFAULT_PANES } from './layout';

export class PaneChoiceError extends Error {}

/** The people of the world for a message: its people first, then how many bots and a few of them. */
function knownUsers(state: State): string {
  const ids = Object.keys(state.users);
  const people = ids.filter((u) => !state.users[u]!.bot);
  const bots = ids.filter((u) => state.users[u]!.bot);
  const some = bots.slice(0, 3).join(', ');
  return bots.length === 0 ? people.join(', ') : `${people.join(', ')}; ${bots.length} bots: ${some}${bots.length > 3 ? ', …' : ''}`;
}

/** Every user named is one of the world's: else a PaneChoiceError naming the unknown ones. */
export function checkUsers(state: State, users: readonly string[]): void {
  const unknown = users.filter((u) => !Object.hasOwn(state.users, u));
  if (unknown.length > 0) throw new PaneChoiceError(`unknown user${unknown.length > 1 ? 's' : ''} ${unknown.map((u) => `"${u}"`).join(', ')} (users: ${knownUsers(state)})`);
}

export function choosePanes(state: State, opts: { users?: string[]; group?: string }): Array<{ user: string; chat: string }> {
  const group = opts.group ?? Object.keys(state.groups)[0];
  if (group === undefined || !Object.hasOwn(state.groups, group)) throw new PaneChoiceError(`unknown group "${opts.group ?? ''}" (groups: ${Object.keys(state.groups).join(', ')})`);
  const members = state.groups[group]!.members;
  let users = opts.users;
  if (users) checkUsers(state, users);
  else {
    // People first, bots (the crowd) last.
    users = members.filter((m) => !state.users[m]?.bot).slice(0, MAX_DEFAULT_PANES);
  }
  return users.map((user) => {
    const own = state.groups[group]!.members.includes(user) ? group : Object.values(state.groups).find((g) => g.members.includes(user))?.id;
    return { user, chat: own ? `group:${own}` : `group:${group}` };
  });
}
