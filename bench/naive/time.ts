// Time for the naive interpreter: durations, ISO times with an offset, Beijing output.
export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;
/** The project's clock ends at 9999-12-31 23:59:59.999 Beijing time (docs/scenarios.md, "Time"). */
export const CLOCK_MAX = Date.UTC(10000, 0, 1) - 8 * HOUR - 1;

/** `Ns`, `Nm`, `Nh`, `Nd` in milliseconds, or null. READING: N is 1 to 7 digits, as the engine reads it. */
export function duration(x: unknown): number | null {
  if (typeof x !== 'string') return null;
  const m = /^(\d{1,7})([smhd])$/.exec(x);
  if (!m) return null;
  return Number(m[1]) * { s: 1000, m: MINUTE, h: HOUR, d: DAY }[m[2] as 's' | 'm' | 'h' | 'd'];
}

/** An ISO 8601 time with an offset (or Z), in epoch milliseconds, or null. */
export function isoTime(x: unknown): number | null {
  if (typeof x !== 'string') return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(\.\d{1,3})?)?(Z|([+-])(\d{2}):(\d{2}))$/.exec(x);
  if (!m) return null;
  const [y, mo, d, h, mi] = [m[1], m[2], m[3], m[4], m[5]].map(Number) as [number, number, number, number, number];
  const s = m[6] === undefined ? 0 : Number(m[6]);
  const ms = m[7] === undefined ? 0 : Math.round(Number(m[7]) * 1000);
  if (mo < 1 || mo > 12 || d < 1 || h > 23 || mi > 59 || s > 59) return null;
  const utc = Date.UTC(y, mo - 1, d, h, mi, s, ms);
  if (new Date(utc).getUTCDate() !== d) return null; // 2025-02-30
  if (m[8] === 'Z') return utc;
  const oh = Number(m[10]);
  const om = Number(m[11]);
  if (oh > 14 || om > 59) return null;
  return utc - (m[9] === '-' ? -1 : 1) * (oh * HOUR + om * MINUTE);
}

/** Beijing time, `YYYY-MM-DDTHH:mm:ss+08:00`. */
export function beijing(t: number): string {
  const d = new Date(t + 8 * HOUR);
  const p = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${p(d.getUTCFullYear(), 4)}-${p(d.getUTCMonth() + 1)}-${p(d.getUTCDate())}T${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}+08:00`;
}

export const beijingDay = (t: number): number => Math.floor((t + 8 * HOUR) / DAY);
