// Reading an asciicast v2 recording (https://docs.asciinema.org/manual/asciicast/v2/) that a user
// hands to `export`: what `--record` writes, or any v2 file. It is user input, so its shape is
// checked line by line and a problem names the line; what passes is rebuilt from the checked
// values only (unknown header fields are dropped), so the page embeds nothing unchecked.
//
//   {"version": 2, "width": COLS, "height": ROWS, "title": "…", …}     the header, one JSON object
//   [time, "o", "data written to the terminal"]                       then one event per line:
//   [time, "i", "keys typed"]  [time, "r", "COLSxROWS"]  [time, "m", "a marker's label"]
import { quoted } from '../text/sanitize';

export type CastEventCode = 'o' | 'i' | 'r' | 'm';
export type CastEvent = [time: number, code: CastEventCode, data: string];

export interface Cast {
  width: number;
  height: number;
  /** The header's title, if it has one. */
  title?: string;
  /** Seconds, if the header sets one: the player shortens longer pauses to it. */
  idleTimeLimit?: number;
  events: CastEvent[];
}

export interface CastMarker {
  /** The marker's place among the recording's markers, as the player counts them. */
  index: number;
  time: number;
  label: string;
}

/** What is wrong with a recording, and where (`line 3`). */
export class CastFormatError extends Error {}

/** A terminal wider or taller than this is not a recording of a terminal. */
export const MAX_CAST_SIZE = 1000;
const CODES: ReadonlySet<string> = new Set<CastEventCode>(['o', 'i', 'r', 'm']);

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isSize = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 1 && (v as number) <= MAX_CAST_SIZE;
const RESIZE = /^(\d{1,4})x(\d{1,4})$/;

function parseJson(line: string, where: string, what: string): unknown {
  try {
    return JSON.parse(line);
  } catch {
    throw new CastFormatError(`${where}: not JSON (${what})`);
  }
}

function parseHeader(line: string | undefined): Omit<Cast, 'events'> {
  if (line === undefined || line.trim() === '') throw new CastFormatError('line 1: empty, an asciicast v2 recording starts with its header');
  const h = parseJson(line, 'line 1', 'an asciicast v2 recording starts with a JSON header');
  if (!isRecord(h)) throw new CastFormatError('line 1: the header is not a JSON object (is this an asciicast recording?)');
  if (h.version !== 2) {
    const v = typeof h.version === 'number' ? `version ${h.version}` : 'no version 2';
    throw new CastFormatError(`line 1: the header says ${v}: only asciicast v2 recordings are read (bluepacket --record writes v2)`);
  }
  if (!isSize(h.width)) throw new CastFormatError(`line 1: "width" must be a whole number of columns from 1 to ${MAX_CAST_SIZE}`);
  if (!isSize(h.height)) throw new CastFormatError(`line 1: "height" must be a whole number of rows from 1 to ${MAX_CAST_SIZE}`);
  if (h.title !== undefined && typeof h.title !== 'string') throw new CastFormatError('line 1: "title" is not a string');
  const idle = h.idle_time_limit;
  if (idle !== undefined && (typeof idle !== 'number' || !(idle > 0) || !Number.isFinite(idle))) {
    throw new CastFormatError('line 1: "idle_time_limit" is not a positive number of seconds');
  }
  return { width: h.width, height: h.height, ...(h.title !== undefined ? { title: h.title } : {}), ...(idle !== undefined ? { idleTimeLimit: idle } : {}) };
}

function parseEvent(line: string, where: string, after: number): CastEvent {
  const e = parseJson(line, where, 'each line after the header is one [time, code, data] event');
  if (!Array.isArray(e) || e.length !== 3) throw new CastFormatError(`${where}: not a [time, code, data] event`);
  const [time, code, data] = e as unknown[];
  if (typeof time !== 'number' || !Number.isFinite(time) || time < 0) throw new CastFormatError(`${where}: the time is not a number of seconds ≥ 0`);
  if (time < after) throw new CastFormatError(`${where}: the time goes back (${time} after ${after})`);
  if (typeof code !== 'string' || !CODES.has(code)) {
    throw new CastFormatError(`${where}: event code ${typeof code === 'string' ? quoted(code, 10) : String(code)} is not one of "o", "i", "r", "m"`);
  }
  if (typeof data !== 'string') throw new CastFormatError(`${where}: the event's data is not a string`);
  if (code === 'r') {
    const m = RESIZE.exec(data);
    if (!m || !isSize(Number(m[1])) || !isSize(Number(m[2]))) throw new CastFormatError(`${where}: a resize is "COLSxROWS", each from 1 to ${MAX_CAST_SIZE}`);
  }
  return [time, code as CastEventCode, data];
}

/** Parse and check a whole recording; a CastFormatError names the first line at fault. */
export function parseCast(text: string): Cast {
  const lines = text.split('\n');
  const header = parseHeader(lines[0]?.replace(/\r$/, ''));
  const events: CastEvent[] = [];
  let last = 0;
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!.replace(/\r$/, '');
    if (line.trim() === '') continue; // the final newline, or a blank line: nothing to play
    const e = parseEvent(line, `line ${i + 1}`, last);
    last = e[0];
    events.push(e);
  }
  return { ...header, events };
}

/**
 * Each event's time as the player shows it: with an idle time limit, every pause longer than
 * the limit is played as the limit.
 */
export function playedTimes(cast: Cast): number[] {
  const limit = cast.idleTimeLimit ?? Infinity;
  let before = 0;
  let played = 0;
  return cast.events.map(([time]) => {
    played += Math.min(time - before, limit);
    before = time;
    return played;
  });
}

/** How long the recording plays, in seconds. */
export const castDuration = (cast: Cast): number => playedTimes(cast).at(-1) ?? 0;

/** The recording's markers, in order, at their played times: the player's chapters. */
export function castMarkers(cast: Cast): CastMarker[] {
  const times = playedTimes(cast);
  return cast.events.flatMap(([, code, label], i) => (code === 'm' ? [{ time: times[i]!, label }] : [])).map((m, index) => ({ index, ...m }));
}

/** The recording as asciicast v2 text again, from the checked values only. */
export function castText(cast: Cast): string {
  const header = {
    version: 2,
    width: cast.width,
    height: cast.height,
    ...(cast.title !== undefined ? { title: cast.title } : {}),
    ...(cast.idleTimeLimit !== undefined ? { idle_time_limit: cast.idleTimeLimit } : {}),
  };
  return [JSON.stringify(header), ...cast.events.map((e) => JSON.stringify(e))].join('\n') + '\n';
}
