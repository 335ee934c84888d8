// The skeleton every list screen shares: ↑/↓ move a cursor kept in range, Enter chooses the
// row, Esc goes back. A list screen gives its row count and what choosing does.
import type { Env, KeyHandler, KeyMap, Screen } from './types';

type Listed = Screen & { cursor: number };

export function listKeys<S extends Listed>(count: (s: S, env: Env) => number, select: KeyHandler<S>, extra: KeyMap<S> = {}): KeyMap<S> {
  const move = (dir: -1 | 1): KeyHandler<S> => (s, env) => ({
    type: 'replace',
    screen: { ...s, cursor: Math.max(0, Math.min(count(s, env) - 1, s.cursor + dir)) },
  });
  return { up: move(-1), down: move(1), select, back: () => ({ type: 'pop' }), ...extra };
}
