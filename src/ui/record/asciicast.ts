// Recording a session as an asciicast v2 file (https://docs.asciinema.org/manual/asciicast/v2/),
// so a demo can be replayed with `asciinema play FILE.cast` or sent to someone.
//
// recordTo wraps the stream Ink writes to: the wrapper forwards everything to the real stream
// and appends each chunk to the file as it happens, one event line per write, with a synchronous
// write, so a crash still leaves a playable file. Nothing global is patched.
//
// The file:
//   {"version":2,"width":COLS,"height":ROWS,"timestamp":UNIX_SECONDS,"env":{...},"title":"bluepacket"}
//   [seconds_since_start, "o", "data written to the terminal"]
//   [seconds_since_start, "r", "COLSxROWS"]           when the terminal is resized
//   [seconds_since_start, "m", "label"]               a marker (marker()): a chapter for players
import { closeSync, fsyncSync, openSync, writeSync } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';

/** What the recorder needs of a terminal stream: process.stdout, or the harness's FakeStdout. */
export interface TerminalStream {
  write(chunk: never, ...rest: never[]): boolean;
  columns?: number;
  rows?: number;
  prependListener?(event: 'resize', listener: () => void): unknown;
  on(event: 'resize', listener: () => void): unknown;
  off(event: 'resize', listener: () => void): unknown;
}

export interface RecordOptions {
  /** The header's size; by default the stream's (or 80×24). */
  cols?: number;
  rows?: number;
  /** The recording's clock in milliseconds (only differences count); default performance.now. */
  now?: () => number;
  /** The header's start time, Unix seconds; default the machine's clock. */
  timestamp?: number;
  /** The header's env; default TERM and SHELL from process.env (those that are set). */
  env?: Record<string, string>;
  title?: string;
  /**
   * Write LF as CR LF, as the terminal's line discipline does (onlcr: libuv keeps it on in raw
   * mode), so the file holds what the terminal received. Players do not translate: without
   * this, Ink's lines would stair-step in `asciinema play`. Default true.
   */
  onlcr?: boolean;
}

export interface Recording<S> {
  /** The stream to give Ink: the real one, recorded. */
  stdout: S;
  /** Record another stream into the same file (stderr, which shares the terminal). */
  tee<T extends { write(chunk: never, ...rest: never[]): boolean }>(stream: T): T;
  /**
   * Mark this moment with a label (an asciicast marker): players show markers on the timeline and
   * jump to them, and `bluepacket export` lists them as chapters. The label is written as given
   * (JSON-escaped like every event); a closed or failed recording ignores it.
   */
  marker(label: string): void;
  /** Events written so far (header not counted). */
  readonly events: number;
  /** The first error writing the file: recording stopped there, the session went on. */
  readonly error: Error | undefined;
  /** Stop recording: flush the file to disk and close it. Idempotent. */
  close(): void;
}

/** Start recording `stdout` into `path` (created or replaced). Throws if the file cannot be opened. */
export function recordTo<S extends TerminalStream>(path: string, stdout: S, opts: RecordOptions = {}): Recording<S> {
  const now = opts.now ?? (() => performance.now());
  const onlcr = opts.onlcr ?? true;
  let cols = opts.cols ?? (stdout.columns || 80);
  let rows = opts.rows ?? (stdout.rows || 24);
  const env = opts.env ?? defaultEnv();
  const fd = openSync(path, 'w');
  let open = true;
  let error: Error | undefined;
  let events = 0;

  const append = (line: string) => {
    if (!open || error) return;
    try {
      const buf = Buffer.from(line + '\n', 'utf8');
      for (let off = 0; off < buf.length; ) off += writeSync(fd, buf, off, buf.length - off);
    } catch (e) {
      // A full disk must not take the demo down with it: stop recording, keep the session.
      error = e instanceof Error ? e : new Error(String(e));
    }
  };

  const header = {
    version: 2,
    width: cols,
    height: rows,
    timestamp: opts.timestamp ?? Math.floor(Date.now() / 1000),
    ...(Object.keys(env).length > 0 ? { env } : {}),
    title: opts.title ?? 'bluepacket',
  };
  append(JSON.stringify(header));
  const start = now();
  let last = 0;
  const event = (code: 'o' | 'r' | 'm', data: string) => {
    // Non-decreasing even if an injected clock steps back; microseconds, as asciinema writes.
    const t = Math.max(last, (now() - start) / 1000);
    last = t;
    append(`[${t.toFixed(6)}, "${code}", ${JSON.stringify(data)}]`);
    events++;
  };

  const record = (decoder: StringDecoder, chunk: unknown, encoding: unknown) => {
    if (!open) return;
    let text: string;
    if (typeof chunk === 'string') {
      text = typeof encoding === 'string' && encoding !== 'utf8' && encoding !== 'utf-8' ? decoder.write(Buffer.from(chunk, encoding as BufferEncoding)) : chunk;
    } else if (chunk instanceof Uint8Array) {
      // A UTF-8 character split across two writes is kept whole for the event after.
      text = decoder.write(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength));
    } else return;
    if (text === '') return;
    event('o', onlcr ? text.replace(/\n/g, '\r\n') : text);
  };

  const wrap = <T extends object>(stream: T): T => {
    const decoder = new StringDecoder('utf8');
    const target = stream as T & { write: (...args: unknown[]) => boolean };
    const write = (...args: unknown[]) => {
      record(decoder, args[0], args[1]);
      return target.write(...args);
    };
    // Everything else is the real stream's, bound to it: isTTY, columns, rows, listeners,
    // _writableState (Ink's exit barrier). Bound once each, so a method read twice is the same.
    const bound = new WeakMap<object, unknown>();
    return new Proxy(target, {
      get(t, key) {
        if (key === 'write') return write;
        const v: unknown = Reflect.get(t, key, t);
        if (typeof v !== 'function') return v;
        let b = bound.get(v);
        if (b === undefined) {
          b = (v as (...a: unknown[]) => unknown).bind(t);
          bound.set(v, b);
        }
        return b;
      },
    });
  };

  const onResize = () => {
    const c = stdout.columns || cols;
    const r = stdout.rows || rows;
    if (c === cols && r === rows) return;
    cols = c;
    rows = r;
    event('r', `${c}x${r}`);
  };
  // First in line, so the resize is in the file before the frame Ink draws for it.
  if (stdout.prependListener) stdout.prependListener('resize', onResize);
  else stdout.on('resize', onResize);

  return {
    stdout: wrap(stdout),
    tee: wrap,
    marker(label) {
      if (open) event('m', label);
    },
    get events() {
      return events;
    },
    get error() {
      return error;
    },
    close() {
      if (!open) return;
      open = false;
      stdout.off('resize', onResize);
      try {
        fsyncSync(fd);
      } catch {
        // fsync is not supported everywhere (some pipes, odd file systems); the data is written.
      }
      try {
        closeSync(fd);
      } catch (e) {
        error ??= e instanceof Error ? e : new Error(String(e));
      }
    },
  };
}

function defaultEnv(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const k of ['TERM', 'SHELL'] as const) {
    const v = process.env[k];
    if (v) env[k] = v;
  }
  return env;
}
