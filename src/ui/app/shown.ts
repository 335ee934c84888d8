// Which panes of the roster are on screen. The roster (every pane the session has) may be longer
// than the terminal is wide: the panes shown are the ones most recently focused that fit, drawn
// in roster order, so the focused pane is always among them, a pane brought in takes the place of
// the one longest out of focus, and a wider terminal shows more again.
import type { UiState } from './types';

/** The roster indices on screen, in roster order, for `fit` pane slots. */
export function shownPanes(ui: Pick<UiState, 'recent' | 'panes'>, fit: number): number[] {
  return ui.recent.slice(0, Math.max(1, fit)).sort((a, b) => a - b);
}

/** The recency order with pane `i` first (it was just focused). */
export function bringToFront(recent: readonly number[], i: number): number[] {
  return recent[0] === i ? [...recent] : [i, ...recent.filter((j) => j !== i)];
}
