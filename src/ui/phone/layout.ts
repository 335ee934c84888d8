// One person's phone (`--as`): the screen full-screen in a phone-shaped frame, centred and at
// most PHONE_MAX_WIDTH wide, with the live line (who else is here) and the status bar under it.
// Like the panes' frame it stays one row shorter than the terminal (ink 6 flickers otherwise).
import { STATUS_ROWS } from '../layout';

export const PHONE_MAX_WIDTH = 84;
export const PHONE_MIN = { cols: 40, rows: 16 } as const;
/** The frame's border (2) and its header line. */
const CHROME = 3;

export interface PhoneFrame {
  ok: boolean;
  /** The whole app: rows - 1. */
  height: number;
  /** The phone's outer width and height (its border included). */
  width: number;
  phoneHeight: number;
  /** What a screen may draw in. */
  innerWidth: number;
  bodyHeight: number;
  need: { cols: number; rows: number };
}

/** `live`: a live line under the phone (a session on a shared file). */
export function phoneFrame(cols: number, rows: number, live: boolean): PhoneFrame {
  const height = rows - 1;
  const width = Math.min(cols, PHONE_MAX_WIDTH);
  const phoneHeight = height - STATUS_ROWS - (live ? 1 : 0);
  return {
    ok: cols >= PHONE_MIN.cols && rows >= PHONE_MIN.rows,
    height,
    width,
    phoneHeight,
    // The border, and a column of air on each side.
    innerWidth: width - 4,
    bodyHeight: phoneHeight - CHROME,
    need: { cols: PHONE_MIN.cols, rows: PHONE_MIN.rows },
  };
}
