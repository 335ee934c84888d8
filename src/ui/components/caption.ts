// The scenario player's caption, as lines: where the story is (the step by its index, as the
// file's account names it), whether it plays, is paused or the presenter has taken over, and the
// note of that very step for the audience, whole, on as many lines as it needs (up to a few).
// Pure, so the layout can reserve the rows before anything is drawn.
import { sayer, type Lang } from '../../i18n';
import { PLAYER } from '../../i18n/app';
import type { PlayerViewLike } from '../app/types';
import { displaySafe } from '../text/sanitize';
import { truncate, width, wrap } from '../text/width';

/** The most rows a caption takes: a long note at 100 columns is three lines. */
export const MAX_CAPTION_ROWS = 4;

export interface Caption {
  /** The bar's state and step, in the player's colour. */
  head: string;
  /** The note, wrapped: the first line goes after the head. */
  note: string[];
}

export function playerState(view: PlayerViewLike, lang: Lang): string {
  const t = sayer(lang);
  if (view.mode === 'live') return t(PLAYER.live);
  if (view.busy) return t(PLAYER.playing);
  if (view.at >= view.total) return t(PLAYER.finished);
  // Between two steps of an unpaused run it is still playing: the label does not flicker.
  return view.paused || view.mode === 'step' ? t(PLAYER.paused) : t(PLAYER.playing);
}

export function caption(view: PlayerViewLike, cols: number, lang: Lang): Caption {
  const t = sayer(lang);
  const where = view.shown === null ? t(PLAYER.before, { total: view.total }) : t(PLAYER.step, { i: view.shown, total: view.total });
  const head = `${playerState(view, lang)} ${where}`;
  if (!view.note) return { head, note: [] };
  const text = `💬 ${displaySafe(view.note)}`;
  const first = Math.max(0, cols - width(head) - 2);
  const lines = wrap(text, cols, { first });
  if (lines.length <= MAX_CAPTION_ROWS) return { head, note: lines };
  // Longer than the rows it may take: the last row says there is more.
  const kept = lines.slice(0, MAX_CAPTION_ROWS);
  kept[MAX_CAPTION_ROWS - 1] = truncate(`${kept[MAX_CAPTION_ROWS - 1]!}${lines[MAX_CAPTION_ROWS]!}`, cols);
  return { head, note: kept };
}

/** The rows the caption takes. */
export const captionRows = (view: PlayerViewLike, cols: number, lang: Lang): number => Math.max(1, caption(view, cols, lang).note.length);
