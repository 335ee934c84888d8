// How the terminal is divided: panes side by side, the timeline, the player's caption, the status
// bar. The frame is kept one row shorter than the terminal: ink 6 clears the whole screen on
// every render when the frame fills it (flicker).
//
// The panes a session has (its roster) need not all fit: as many as the width allows are shown,
// the focused one always among them (src/ui/app/shown.ts), so a resize reflows both ways and a
// narrow terminal still works with one pane.
export const MIN_PANE_WIDTH = 30;
export const MIN_ROWS = 20;
/** How many panes are shown at most, unless `--users` asks for more. */
export const MAX_DEFAULT_PANES = 4;
export const STATUS_ROWS = 2;
/** Pane border (2) + header (2). */
export const PANE_CHROME = 4;
/** The timeline keeps at least this many rows (its border and one line) when captions grow. */
const MIN_TIMELINE = 3;

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
  /** Rows under the panes besides the status bar and the timeline (the player's caption). */
  extraRows: number;
  /** When !ok: what the terminal needs. */
  need: { cols: number; rows: number };
}

/** How many of `roster` panes fit `cols` columns, at most `max`; at least one. */
export function fittingPanes(cols: number, roster: number, max: number): number {
  return Math.max(1, Math.min(roster, max, Math.floor(cols / MIN_PANE_WIDTH)));
}

/**
 * `panes`: how many are shown. `extraRows`: lines under the panes besides the status bar (the
 * player's caption); beyond its first line they come out of the timeline while it has room.
 */
export function frameFor(cols: number, rows: number, panes: number, extraRows = 0): Frame {
  const height = rows - 1;
  const full = rows >= 40 ? 9 : rows >= 28 ? 7 : 5;
  const timelineHeight = Math.max(MIN_TIMELINE, full - Math.max(0, extraRows - 1));
  const paneHeight = height - STATUS_ROWS - timelineHeight - extraRows;
  const paneWidth = Math.floor(cols / Math.max(1, panes));
  // Too small only when even one pane cannot be drawn: fewer panes are shown before that.
  const ok = cols >= MIN_PANE_WIDTH && rows >= MIN_ROWS;
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
    extraRows,
    need: { cols: MIN_PANE_WIDTH, rows: MIN_ROWS },
  };
}
