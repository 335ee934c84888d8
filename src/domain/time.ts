// Simulated time. The domain never reads the machine's clock: `now` lives in State and moves only
// by the `advance` command. Everything shown is Beijing time (UTC+8) whatever the machine's zone.
import type { Millis } from './types';

export const SECOND = 1000;
export const MINUTE = 60 * SECOND;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;
export const BEIJING_OFFSET = 8 * HOUR;
/** 除夕 2025-01-28 20:00 +08:00, when 群礼物抽奖 launched. */
export const DEFAULT_START = '2025-01-28T20:00:00+08:00';

/**
 * The clock stays within the years 1970–9999 in Beijing time: every time is printed with a
 * four-digit year, and far beyond that Date cannot count (an advance of 9999999d twelve times
 * would print NaN). A start outside is an invalid file; an advance past the end is refused.
 */
export const CLOCK_MIN: Millis = Date.UTC(1970, 0, 1) - BEIJING_OFFSET;
export const CLOCK_MAX: Millis = Date.UTC(10000, 0, 1) - BEIJING_OFFSET - 1;
export const CLOCK_YEARS = '1970–9999';

export function inClockRange(t: Millis): boolean {
  return Number.isSafeInteger(t) && t >= CLOCK_MIN && t <= CLOCK_MAX;
}

const ISO_WITH_OFFSET = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?(Z|[+-]\d{2}:\d{2})$/;

/** Parse ISO 8601 with an explicit offset (or Z); null when it is not one. */
export function parseIso(text: string): Millis | null {
  const m = ISO_WITH_OFFSET.exec(text);
  if (!m) return null;
  const [, y, mo, d, h, mi, s, ms, off] = m;
  const month = Number(mo);
  const day = Number(d);
  const hour = Number(h);
  const minute = Number(mi);
  const sec = s === undefined ? 0 : Number(s);
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || sec > 59) return null;
  const utc = Date.UTC(Number(y), month - 1, day, hour, minute, sec, ms === undefined ? 0 : Number(ms.padEnd(3, '0')));
  // Reject 2025-02-30 and the like: Date.UTC rolls them over.
  const check = new Date(utc);
  if (check.getUTCDate() !== day || check.getUTCMonth() !== month - 1) return null;
  let offset = 0;
  if (off !== 'Z') {
    const sign = off![0] === '-' ? -1 : 1;
    const oh = Number(off!.slice(1, 3));
    const om = Number(off!.slice(4, 6));
    if (oh > 14 || om > 59) return null;
    offset = sign * (oh * HOUR + om * MINUTE);
  }
  return utc - offset;
}

/** The Beijing calendar day an instant falls on, as a day number (days since 1970-01-01 in
 * Beijing): a new day starts at 00:00 +08:00. */
export const beijingDay = (t: Millis): number => Math.floor((t + BEIJING_OFFSET) / DAY);

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** ISO 8601 in Beijing time, e.g. 2025-01-28T20:00:00+08:00. */
export function toIso(t: Millis): string {
  const d = new Date(t + BEIJING_OFFSET);
  return (
    `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}` +
    `T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}+08:00`
  );
}

/** Short Beijing time for screens: 01-28 20:00 (01-28 20:00:12 when the seconds are not 0). */
export function toShort(t: Millis): string {
  const d = new Date(t + BEIJING_OFFSET);
  const s = d.getUTCSeconds();
  return `${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}${s ? `:${pad(s)}` : ''}`;
}

/** Clock-only Beijing time: 20:00:05. */
export function toClock(t: Millis): string {
  const d = new Date(t + BEIJING_OFFSET);
  return `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
}

const DURATION = /^(\d{1,7})(s|m|h|d)$/;
const UNIT_MS = { s: SECOND, m: MINUTE, h: HOUR, d: DAY } as const;

/** `90s`, `30m`, `1h`, `2d` → milliseconds; null when malformed. */
export function parseDuration(text: string): Millis | null {
  const m = DURATION.exec(text);
  if (!m) return null;
  return Number(m[1]) * UNIT_MS[m[2] as keyof typeof UNIT_MS];
}

/** A draw time: `+Nm`/`+Nh` relative to `now`, or ISO with an offset. */
export function parseDrawAt(text: string, now: Millis): Millis | null {
  if (text.startsWith('+')) {
    const d = parseDuration(text.slice(1));
    return d === null ? null : now + d;
  }
  return parseIso(text);
}
