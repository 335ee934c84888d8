// A fake terminal for rendering the app in tests: a stdout whose width and height you choose
// (ink-testing-library's is fixed at 100 columns), that can be resized, and a stdin to type into.
import type { RenderOptions } from 'ink';
import { EventEmitter } from 'node:events';
import { stripVTControlCharacters } from 'node:util';
import stringWidth from 'string-width';

export class FakeStdout extends EventEmitter {
  frames: string[] = [];
  isTTY = true;
  constructor(
    public columns: number,
    public rows: number,
  ) {
    super();
  }
  write = (frame: string) => {
    this.frames.push(frame);
    return true;
  };
  lastFrame = () => this.frames[this.frames.length - 1] ?? '';
  resize(columns: number, rows: number) {
    this.columns = columns;
    this.rows = rows;
    this.emit('resize');
  }
}

export class FakeStdin extends EventEmitter {
  isTTY = true;
  private data: string | null = null;
  write = (data: string) => {
    this.data = data;
    this.emit('readable');
    this.emit('data', data);
  };
  read = () => {
    const d = this.data;
    this.data = null;
    return d;
  };
  setEncoding() {}
  setRawMode() {}
  resume() {}
  pause() {}
  ref() {}
  unref() {}
}

/** Ink's options for drawing into a fake terminal (`stdout`, or a wrapper around it such as a
 * recorder): every frame written whole (debug), so the last write is the whole screen; no Ctrl-C
 * and the console left alone, as nobody is at this terminal. */
export function offscreenOptions(stdout: object, stdin: FakeStdin, size: { cols: number; rows: number }): RenderOptions {
  return {
    stdout: stdout as NodeJS.WriteStream,
    stdin: stdin as unknown as NodeJS.ReadStream,
    stderr: new FakeStdout(size.cols, size.rows) as unknown as NodeJS.WriteStream,
    debug: true,
    exitOnCtrlC: false,
    patchConsole: false,
  };
}

/** The escape sequences a terminal sends for named keys. */
export const KEYS = {
  up: '\u001b[A',
  down: '\u001b[B',
  right: '\u001b[C',
  left: '\u001b[D',
  enter: '\r',
  esc: '\u001b',
  tab: '\t',
  'shift-tab': '\u001b[Z',
  backspace: '\u007f',
  'ctrl-c': '\u0003',
} as const;
export type KeyName = keyof typeof KEYS;

/** A frame as plain text lines (colours and styles removed). */
export function plain(frame: string): string[] {
  return stripVTControlCharacters(frame).split('\n');
}

const graphemes = new Intl.Segmenter('zh', { granularity: 'grapheme' });
/** Widths of the graphemes seen: a test reads the same few hundred over and over. */
const widths = new Map<string, number>();
const widthOf = (g: string): number => {
  let w = widths.get(g);
  if (w === undefined) widths.set(g, (w = stringWidth(g)));
  return w;
};

/** Display columns [from, to) of a line, counting wide characters as two. */
export function sliceColumns(line: string, from: number, to: number): string {
  let col = 0;
  let out = '';
  for (const { segment } of graphemes.segment(line)) {
    const w = widthOf(segment);
    if (col >= from && col + w <= to) out += segment;
    col += w;
    if (col >= to) break;
  }
  return out;
}
