// The insights view is drawn over the panes (an overlay of the app, not a screen of one pane):
// while it is up, Esc closes it, `i` toggles it, and the app's own keys (the clock, the panes,
// the help) still work, so the pictures change as the demo goes on.
import type { ActionId } from '../../keys/keymap';

/** The keys the overlay answers itself, besides the app's. */
export const INSIGHTS_KEYS: readonly ActionId[] = ['back'];
