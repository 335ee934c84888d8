// Where a key goes, decided from the UI state alone: the question before quitting takes only its
// answers; the help goes at any other key; the player's keys (and every key while its list of
// marks is open) go to the player; the rest to the decider. The insights take their own keys
// through the key table (Esc closes them).
import type { KeyAction, PlayerHooks, UiAction, UiState } from './types';
import type { ActionId } from '../keys/keymap';

const PLAYER_KEYS = new Set<ActionId>(['playPause', 'stepForward', 'stepBack', 'marks', 'restart']);

export type KeyRoute = { to: 'none' } | { to: 'player'; action: KeyAction } | { to: 'decide'; action: UiAction };

export function routeKey(ui: UiState, action: KeyAction | null, player: Pick<PlayerHooks, 'marksOpen'> | null): KeyRoute {
  if (ui.overlay === 'quit') return action ? { to: 'decide', action: { type: 'key', ...action } } : { to: 'none' };
  if (ui.overlay === 'help') return { to: 'decide', action: action?.id === 'quit' ? { type: 'key', id: 'quit' } : { type: 'dismiss' } };
  if (!action) return { to: 'none' };
  if (player && (player.marksOpen || PLAYER_KEYS.has(action.id))) return { to: 'player', action };
  return { to: 'decide', action: { type: 'key', ...action } };
}
