// What the decider's tests share (the screens as reducers, without rendering): a state of the
// bundled world at the default start (除夕 20:00 Beijing), and the context the reducers read at
// one pane size.
import type { State } from '../../src/domain/types';
import { initialState } from '../../src/domain/world';
import type { Ctx } from '../../src/ui/app/decide';
import { top, type UiState } from '../../src/ui/app/types';
import { bundledWorld } from '../../src/world-file';
import { START } from './world';

/** The bundled world afresh, its draws following `seed`. */
export const bundledState = (seed: string): State => initialState(bundledWorld(), seed, START);

/** The reducers' context: Chinese, a 40×30 pane. */
export const ctxOf = (state: State): Ctx => ({ state, lang: 'zh', layout: { paneWidth: 40, bodyHeight: 30 } });

/** The screen on top of a pane's stack. */
export const topOf = (ui: UiState, pane = 0) => top(ui.panes[pane]!);
