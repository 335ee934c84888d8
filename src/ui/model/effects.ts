// What a screen asks the app to do in answer to a key: change the pane's screens, run an engine
// command (the only way anything in the world changes), or say something in the status bar.
import type { Command } from '../../domain/commands';
import type { Accepted } from '../../domain/engine';
import type { Refusal } from '../../domain/errors';
import type { State, UserId } from '../../domain/types';
import type { Lang } from '../../i18n';
import type { ActionId } from '../keys/keymap';
import type { PaneState, Screen } from './screens';

export type Effect =
  | { type: 'replace'; screen: Screen }
  | { type: 'push'; screen: Screen }
  | { type: 'pop'; n?: number }
  | { type: 'home' }
  | { type: 'chat'; chat: string }
  | { type: 'run'; command: Command; ok: (o: Accepted) => Effect | null; fail: (r: Refusal) => Effect | null }
  | { type: 'notice'; text: string; tone: 'good' | 'bad' | 'info' }
  | { type: 'many'; effects: Effect[] };

/** What a screen may read when it answers a key or draws itself. */
export interface Env {
  state: State;
  user: UserId;
  pane: PaneState;
  lang: Lang;
  width: number;
  height: number;
}

export interface Action {
  id: ActionId;
  n?: number;
}

export const many = (...effects: Array<Effect | null | undefined>): Effect => ({
  type: 'many',
  effects: effects.filter((e): e is Effect => !!e),
});

/** zh/en inline: each string sits where it is used, and English can't be forgotten. */
export const tr = (lang: Lang) => (zh: string, en: string) => (lang === 'zh' ? zh : en);

/** ↑/↓ over a list of `count` rows: the screen with its cursor moved (kept in range), or null
 * for any other action. Every list screen moves the same way. */
export function moveCursor<S extends Screen & { cursor: number }>(s: S, action: Action, count: number): Effect | null {
  if (action.id !== 'up' && action.id !== 'down') return null;
  const cursor = Math.max(0, Math.min(count - 1, s.cursor + (action.id === 'up' ? -1 : 1)));
  return { type: 'replace', screen: { ...s, cursor } as S };
}
