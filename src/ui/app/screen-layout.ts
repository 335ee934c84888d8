// The whole screen's layout for a snapshot: which panes are shown and how the rows are shared.
// The decider's screens, the app's drawing and the test harness all read this one function.
import type { Lang } from '../../i18n';
import { captionRows } from '../components/caption';
import { fittingPanes, frameFor, type Frame } from '../layout';
import { shownPanes } from './shown';
import type { Snapshot } from './types';

export interface ScreenLayout {
  frame: Frame;
  /** The roster indices on screen, left to right. */
  shown: number[];
}

export function screenLayout(snap: Snapshot, lang: Lang): ScreenLayout {
  const shown = shownPanes(snap.ui, fittingPanes(snap.cols, snap.ui.panes.length, snap.maxPanes));
  // Under the panes: the player's caption, and the live line of a session on a shared file.
  const extra = (snap.player ? captionRows(snap.player, snap.cols, lang) : 0) + (snap.live ? 1 : 0);
  return { frame: frameFor(snap.cols, snap.rows, shown.length, extra), shown };
}
