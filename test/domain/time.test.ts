import { afterEach, describe, expect, it } from 'vitest';
import { DAY, DEFAULT_START, HOUR, MINUTE, SECOND, parseDrawAt, parseDuration, parseIso, toClock, toIso, toShort } from '../../src/domain/time';

const T = Date.UTC(2025, 0, 28, 12, 0, 0); // 2025-01-28 20:00 in Beijing

describe('parseIso', () => {
  it.each([
    ['2025-01-28T20:00:00+08:00', T],
    ['2025-01-28T20:00+08:00', T],
    ['2025-01-28T12:00:00Z', T],
    ['2025-01-28T07:00:00-05:00', T],
    ['2025-01-28T17:30:00+05:30', T],
    ['2025-01-28T20:00:00.5+08:00', T + 500],
    ['2025-01-28T20:00:00.123+08:00', T + 123],
    ['2025-01-29T00:00:00+12:00', T],
    ['2024-02-29T00:00:00Z', Date.UTC(2024, 1, 29)],
    ['2025-01-01T07:59:59+08:00', Date.UTC(2024, 11, 31, 23, 59, 59)],
  ])('%s', (text, want) => {
    expect(parseIso(text)).toBe(want);
  });

  it('the default start is 除夕 20:00 Beijing time', () => {
    expect(parseIso(DEFAULT_START)).toBe(T);
  });

  it.each([
    '2025-01-28T20:00:00', // no offset
    '2025-01-28 20:00:00+08:00',
    '2025-01-28',
    '2025-02-30T00:00:00Z',
    '2025-02-29T00:00:00Z',
    '2025-13-01T00:00:00Z',
    '2025-00-10T00:00:00Z',
    '2025-01-00T00:00:00Z',
    '2025-01-28T24:00:00Z',
    '2025-01-28T23:60:00Z',
    '2025-01-28T23:59:60Z',
    '2025-01-28T20:00:00+15:00',
    '2025-01-28T20:00:00+08:60',
    '2025-01-28T20:00:00+0800',
    '2025-01-28T20:00:00.1234Z',
    ' 2025-01-28T20:00:00Z',
    '',
    'tomorrow',
  ])('refuses %j', (text) => {
    expect(parseIso(text)).toBeNull();
  });
});

describe('toIso and friends show Beijing time whatever the machine zone', () => {
  const saved = process.env.TZ;
  afterEach(() => {
    if (saved === undefined) delete process.env.TZ;
    else process.env.TZ = saved;
  });

  for (const tz of ['UTC', 'America/New_York', 'Asia/Kolkata', 'Pacific/Kiritimati', 'Asia/Shanghai']) {
    it(`TZ=${tz}`, () => {
      process.env.TZ = tz;
      expect(toIso(T)).toBe('2025-01-28T20:00:00+08:00');
      expect(toIso(T + 4 * HOUR)).toBe('2025-01-29T00:00:00+08:00');
      expect(toIso(T + 999)).toBe('2025-01-28T20:00:00+08:00');
      expect(toShort(T + 4 * HOUR + 5 * MINUTE)).toBe('01-29 00:05');
      expect(toClock(T + 5 * SECOND)).toBe('20:00:05');
      expect(parseIso(toIso(T + DAY))).toBe(T + DAY);
    });
  }

  it('the zone change above really took effect (so the tests are not vacuous)', () => {
    process.env.TZ = 'America/New_York';
    const ny = new Date(T).getTimezoneOffset();
    process.env.TZ = 'Asia/Kolkata';
    const kolkata = new Date(T).getTimezoneOffset();
    expect(ny).toBe(300);
    expect(kolkata).toBe(-330);
  });

  it('round-trips any instant to the second', () => {
    for (let t = T - 400 * DAY; t < T + 400 * DAY; t += 7 * HOUR + 13 * MINUTE + 17 * SECOND) expect(parseIso(toIso(t))).toBe(t);
  });
});

describe('parseDuration', () => {
  it.each([
    ['90s', 90 * SECOND],
    ['30m', 30 * MINUTE],
    ['1h', HOUR],
    ['24h', DAY],
    ['2d', 2 * DAY],
    ['0m', 0],
  ])('%s', (text, want) => {
    expect(parseDuration(text)).toBe(want);
  });

  it.each(['', 'h', '1', '1.5h', '-1h', '+1h', '1H', '1 h', ' 1h', '1hr', '1w', '12345678m', '1h30m'])('refuses %j', (text) => {
    expect(parseDuration(text)).toBeNull();
  });
});

describe('parseDrawAt', () => {
  it('is relative to now with a plus sign', () => {
    expect(parseDrawAt('+1h', T)).toBe(T + HOUR);
    expect(parseDrawAt('+90m', T)).toBe(T + 90 * MINUTE);
  });
  it('or an ISO time with an offset', () => {
    expect(parseDrawAt('2025-01-28T21:00:00+08:00', 0)).toBe(T + HOUR);
  });
  it('refuses anything else', () => {
    for (const t of ['1h', '+', '+1x', '+-1h', '2025-01-28T21:00:00', 'soon']) expect(parseDrawAt(t, T)).toBeNull();
  });
});
