// How the terminal is divided: panes side by side, the timeline, the status bar. The frame is
// kept one row shorter than the terminal: ink 6 clears the whole screen on every render when
// the frame fills it (flicker).
export const MIN_PANE_WIDTH = 30;
export const MIN_ROWS = 20;
export const MAX_DEFAULT_PANES = 4;
export const STATUS_ROWS = 2;
/** Pane border (2) + header (2). */
export const PANE_CHROME = 4;

export interface Frame {
  ok: boolean;
  cols: number;
  rows: number;
  /** Height of the whole frame: rows - 1. */
  height: number;
  panes: number;
  paneWidth: number;
  paneHeight: number;
  /** The pane's inside: what a screen may draw in. */
  innerWidth: number;
  bodyHeight: number;
  timelineHeight: number;
  /** When !ok: what the terminal needs. */
  need: { cols: number; rows: number };
}

/** Default pane count for a width: as many as fit, 3–4 on a usual terminal. */
export function defaultPaneCount(cols: number, available: number): number {
  return Math.max(1, Math.min(MAX_DEFAULT_PANES, available, Math.floor(cols / MIN_PANE_WIDTH)));
}

/** `extraRows`: lines under the panes besides the status bar (the player's caption). */
export function frameFor(cols: number, rows: number, panes: number, extraRows = 0): Frame {
  const needCols = Math.max(2, panes) * MIN_PANE_WIDTH;
  const height = rows - 1;
  const timelineHeight = rows >= 40 ? 9 : rows >= 28 ? 7 : 5;
  const paneHeight = height - STATUS_ROWS - timelineHeight - extraRows;
  const paneWidth = Math.floor(cols / Math.max(1, panes));
  const ok = cols >= needCols && rows >= MIN_ROWS;
  return {
    ok,
    cols,
    rows,
    height,
    panes,
    paneWidth,
    paneHeight,
    innerWidth: paneWidth - 2,
    bodyHeight: paneHeight - PANE_CHROME,
    timelineHeight,
    need: { cols: needCols, rows: MIN_ROWS },
  };
}
