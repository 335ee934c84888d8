// Reading an asciicast v2 file the way a player does, strictly, written apart from the recorder
// so the tests do not check the recorder with its own code.
import { stripVTControlCharacters } from 'node:util';

export interface CastHeader {
  version: 2;
  width: number;
  height: number;
  timestamp?: number;
  env?: Record<string, string>;
  title?: string;
}
export type CastEvent = [time: number, code: 'o' | 'r' | 'i' | 'm', data: string];

/** Parse and check a whole .cast file; throws with the line number of the first problem. */
export function parseCast(text: string): { header: CastHeader; events: CastEvent[] } {
  if (!text.endsWith('\n')) throw new Error('the file does not end with a newline (a line was cut short)');
  const lines = text.slice(0, -1).split('\n');
  const header = JSON.parse(lines[0]!) as Record<string, unknown>;
  if (header === null || typeof header !== 'object' || Array.isArray(header)) throw new Error('line 1: the header is not a JSON object');
  if (header.version !== 2) throw new Error(`line 1: version is ${String(header.version)}, not 2`);
  for (const k of ['width', 'height'] as const) {
    if (!Number.isInteger(header[k]) || (header[k] as number) <= 0) throw new Error(`line 1: ${k} is not a positive integer`);
  }
  if (header.timestamp !== undefined && !Number.isInteger(header.timestamp)) throw new Error('line 1: timestamp is not an integer');
  if (header.env !== undefined) {
    const env = header.env as Record<string, unknown>;
    if (typeof env !== 'object' || env === null || Object.values(env).some((v) => typeof v !== 'string')) throw new Error('line 1: env is not an object of strings');
  }
  const events: CastEvent[] = [];
  let last = 0;
  for (const [i, line] of lines.slice(1).entries()) {
    const where = `line ${i + 2}`;
    let e: unknown;
    try {
      e = JSON.parse(line);
    } catch (err) {
      throw new Error(`${where}: not JSON: ${(err as Error).message}`);
    }
    if (!Array.isArray(e) || e.length !== 3) throw new Error(`${where}: not a [time, code, data] array`);
    const [t, code, data] = e as unknown[];
    if (typeof t !== 'number' || !Number.isFinite(t) || t < 0) throw new Error(`${where}: bad time ${String(t)}`);
    if (t < last) throw new Error(`${where}: time goes back (${t} < ${last})`);
    last = t;
    if (code !== 'o' && code !== 'r' && code !== 'm') throw new Error(`${where}: event code ${JSON.stringify(code)} (a recording writes o, r and m)`);
    if (typeof data !== 'string') throw new Error(`${where}: data is not a string`);
    if (code === 'r' && !/^\d+x\d+$/.test(data)) throw new Error(`${where}: resize "${data}" is not COLSxROWS`);
    events.push([t, code, data] as CastEvent);
  }
  return { header: header as unknown as CastHeader, events };
}

/** The output events' data, in order. */
export const outputs = (events: CastEvent[]) => events.filter((e) => e[1] === 'o').map((e) => e[2]);

/** What a frame's text is once colours and cursor codes are gone and CR LF is LF again. */
export const textOf = (data: string) => stripVTControlCharacters(data).replace(/\r\n/g, '\n');
