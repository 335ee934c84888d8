// The skeleton every list screen shares: ↑/↓ move a cursor kept in range, Home/End go to the ends,
// PgUp/PgDn move a page, Enter chooses the row, Esc goes back. A list screen gives its row count
// and what choosing does.
import type { Env, KeyHandler, KeyMap, Screen } from './types';

type Listed = Screen & { cursor: number };

/** Rows a page moves: what a list drawn in the screen's height shows, less its title lines. */
export const pageRows = (env: Env): number => Math.max(1, env.height - 4);

export function listKeys<S extends Listed>(count: (s: S, env: Env) => number, select: KeyHandler<S>, extra: KeyMap<S> = {}): KeyMap<S> {
  const to =
    (where: (s: S, env: Env, n: number) => number): KeyHandler<S> =>
    (s, env) => {
      const n = count(s, env);
      return { type: 'replace', screen: { ...s, cursor: Math.max(0, Math.min(n - 1, where(s, env, n))) } };
    };
  return {
    up: to((s) => s.cursor - 1),
    down: to((s) => s.cursor + 1),
    first: to(() => 0),
    last: to((_s, _env, n) => n - 1),
    pageUp: to((s, env) => s.cursor - pageRows(env)),
    pageDown: to((s, env) => s.cursor + pageRows(env)),
    select,
    back: () => ({ type: 'pop' }),
    ...extra,
  };
}
