// Reading a recording for export: asciicast v2 checked line by line; what passes is rebuilt
// from the checked values only.
import { describe, expect, it } from 'vitest';
import { castDuration, castMarkers, castText, CastFormatError, parseCast, playedTimes } from '../../src/export/cast';

const HEADER = '{"version":2,"width":120,"height":36,"timestamp":1738065600,"env":{"TERM":"xterm"},"title":"demo"}';
const cast = (...lines: string[]) => [HEADER, ...lines].join('\n') + '\n';
const problem = (text: string) => {
  try {
    parseCast(text);
  } catch (e) {
    expect(e).toBeInstanceOf(CastFormatError);
    return (e as Error).message;
  }
  throw new Error('parsed');
};

describe('parseCast', () => {
  it('reads the header and every event, markers among them, and rebuilds the file from them', () => {
    const text = cast('[0.1, "o", "\\u001b[2J┏━┓ 你好"]', '[0.5, "m", "卡片到了"]', '[0.5, "r", "100x30"]', '[1.25, "i", "q"]', '[2, "m", ""]');
    const c = parseCast(text);
    expect(c).toEqual({
      width: 120,
      height: 36,
      title: 'demo',
      events: [
        [0.1, 'o', '\u001b[2J┏━┓ 你好'],
        [0.5, 'm', '卡片到了'],
        [0.5, 'r', '100x30'],
        [1.25, 'i', 'q'],
        [2, 'm', ''],
      ],
    });
    expect(castMarkers(c)).toEqual([
      { index: 0, time: 0.5, label: '卡片到了' },
      { index: 1, time: 2, label: '' },
    ]);
    // Unknown header fields (env, timestamp) are not carried over; the rest reads back the same.
    const again = castText(c);
    expect(again.split('\n')[0]).toBe('{"version":2,"width":120,"height":36,"title":"demo"}');
    expect(parseCast(again)).toEqual(c);
  });

  it('times markers and the duration as the player plays them: pauses past the idle time limit are cut to it', () => {
    const events = ['[0.5, "o", "a"]', '[10, "m", "later"]', '[10.5, "o", "b"]', '[30, "o", "c"]'];
    const limited = parseCast(['{"version":2,"width":80,"height":24,"idle_time_limit":2}', ...events].join('\n'));
    expect(playedTimes(limited)).toEqual([0.5, 2.5, 3, 5]);
    expect(castMarkers(limited)).toEqual([{ index: 0, time: 2.5, label: 'later' }]);
    expect(castDuration(limited)).toBe(5);
    const whole = parseCast(['{"version":2,"width":80,"height":24}', ...events].join('\n'));
    expect(castMarkers(whole)[0]!.time).toBe(10);
    expect(castDuration(whole)).toBe(30);
    expect(castDuration(parseCast('{"version":2,"width":80,"height":24}'))).toBe(0);
  });

  it('takes a file without a final newline, with CR LF lines or blank lines, and one with no events', () => {
    expect(parseCast(`${HEADER}\r\n[1, "o", "x"]\r\n\r\n`).events).toEqual([[1, 'o', 'x']]);
    expect(parseCast(`${HEADER}\n[1, "o", "x"]`).events).toHaveLength(1);
    expect(parseCast(HEADER).events).toEqual([]);
    expect(parseCast('{"version":2,"width":80,"height":24,"idle_time_limit":1.5}')).toEqual({ width: 80, height: 24, idleTimeLimit: 1.5, events: [] });
  });

  it('refuses what is not asciicast v2, naming the line and the field', () => {
    expect(problem('')).toBe('line 1: empty, an asciicast v2 recording starts with its header');
    expect(problem('not json')).toMatch(/^line 1: not JSON/);
    expect(problem('[1, 2]\n')).toMatch(/^line 1: the header is not a JSON object/);
    expect(problem('{"version":1,"width":80,"height":24,"stdout":[]}')).toBe('line 1: the header says version 1: only asciicast v2 recordings are read (bluepacket --record writes v2)');
    expect(problem('{"version":3,"term":{"cols":80,"rows":24}}')).toMatch(/^line 1: the header says version 3/);
    expect(problem('{"version":"2","width":80,"height":24}')).toMatch(/^line 1: the header says no version 2/);
    expect(problem('{"version":2,"width":0,"height":24}')).toMatch(/^line 1: "width" must be a whole number of columns from 1 to 1000/);
    expect(problem('{"version":2,"width":80,"height":24.5}')).toMatch(/^line 1: "height"/);
    expect(problem('{"version":2,"width":80,"height":1e9}')).toMatch(/^line 1: "height"/);
    expect(problem('{"version":2,"width":80,"height":24,"title":7}')).toBe('line 1: "title" is not a string');
    expect(problem('{"version":2,"width":80,"height":24,"idle_time_limit":-1}')).toMatch(/^line 1: "idle_time_limit"/);
    expect(problem(cast('[0.1, "o", "x"]', '{"a":1}'))).toBe('line 3: not a [time, code, data] event');
    expect(problem(cast('[0.1, "o"]'))).toBe('line 2: not a [time, code, data] event');
    expect(problem(cast('[0.1, "o", "x"'))).toMatch(/^line 2: not JSON/);
    expect(problem(cast('["0.1", "o", "x"]'))).toBe('line 2: the time is not a number of seconds ≥ 0');
    expect(problem(cast('[-1, "o", "x"]'))).toBe('line 2: the time is not a number of seconds ≥ 0');
    expect(problem(cast('[2, "o", "x"]', '[1, "o", "y"]'))).toBe('line 3: the time goes back (1 after 2)');
    expect(problem(cast('[1, "x", "y"]'))).toBe('line 2: event code "x" is not one of "o", "i", "r", "m"');
    expect(problem(cast('[1, 5, "y"]'))).toBe('line 2: event code 5 is not one of "o", "i", "r", "m"');
    expect(problem(cast('[1, "m", null]'))).toBe("line 2: the event's data is not a string");
    expect(problem(cast('[1, "r", "wide"]'))).toBe('line 2: a resize is "COLSxROWS", each from 1 to 1000');
    expect(problem(cast('[1, "r", "0x10"]'))).toMatch(/^line 2: a resize/);
  });

  it('quotes a hostile event code briefly, never whole', () => {
    const message = problem(cast(`[1, ${JSON.stringify('\u001b[2J'.repeat(50))}, "y"]`));
    expect(message.length).toBeLessThan(90);
  });
});
