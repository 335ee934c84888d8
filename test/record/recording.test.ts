// `--record FILE.cast`: the recorder around the app's terminal, through the harness (the real
// runner, screens and engine). The harness runs Ink in debug mode, which writes each frame
// whole, so the recording's last output event, colours removed, is the screen itself.
import { spawnSync } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { renderApp, type AppHarness } from '../../src/testing';
import { checkRecordPath, recordTo, type Recording } from '../../src/ui/record';
import { outputs, parseCast, textOf } from './cast';

const BIN = join(__dirname, '../../bin/bluepacket');
const tmp = (tag: string) => mkdtempSync(join(tmpdir(), `bp-rec-${tag}-`));

let app: AppHarness | undefined;
let rec: Recording<unknown> | undefined;
afterEach(() => {
  app?.unmount();
  rec?.close();
  app = undefined;
  rec = undefined;
});

describe('recording the session through the harness', () => {
  it('writes a valid asciicast v2 file as it goes, with resizes, whose last frame is the screen', async () => {
    const file = join(tmp('flow'), 'demo.cast');
    // A fixed clock: 125 ms a reading, so the times are known exactly.
    let ms = 0;
    const now = () => (ms += 125);
    app = await renderApp({
      users: ['mom', 'dad'],
      cols: 120,
      rows: 40,
      seed: 'rec',
      wrapStdout: (out) => (rec = recordTo(file, out, { now, timestamp: 1738065600, env: { TERM: 'xterm-256color', SHELL: '/bin/bash' } })).stdout,
    });

    // Mom opens the shop and drops a grab packet into the group.
    await app.press('mom', { text: 'g' }, 'enter', 'enter', 'down', 'enter', 'down', 'down', 'enter', 'enter');
    await app.waitFor('可领取', { user: 'dad' });

    // Written as it happens: the file is already playable, and its last frame is the screen now.
    const mid = parseCast(readFileSync(file, 'utf8'));
    expect(textOf(outputs(mid.events).at(-1)!)).toBe(app.frame());

    // The terminal grows: a resize event, then the frames at the new size.
    const before = app.stdout.frames.length;
    await app.resize(130, 42);
    await app.waitFor('可领取', { user: 'dad' });

    // Dad opens the card and takes it with his first saved address.
    await app.press('dad', 'up', 'enter', 'enter', 'enter');
    await app.waitFor('抢到了', { user: 'dad' });
    const screen = app.frame();
    app.unmount();
    app = undefined;
    rec!.close();

    const text = readFileSync(file, 'utf8');
    expect(text.split('\n')[0]).toBe(
      '{"version":2,"width":120,"height":40,"timestamp":1738065600,"env":{"TERM":"xterm-256color","SHELL":"/bin/bash"},"title":"bluepacket"}',
    );
    const { header, events } = parseCast(text);
    expect(header).toMatchObject({ version: 2, width: 120, height: 40, title: 'bluepacket' });
    // One reading of the clock per event, each 0.125 s after the one before.
    events.forEach(([t], i) => expect(t).toBe((i + 1) * 0.125));
    // Every write Ink made is there, in order, LF written as CR LF as a terminal receives it;
    // the resize sits exactly between the last frame at 120×40 and the first at 130×42.
    const resize = events.findIndex((e) => e[1] === 'r');
    expect(events[resize]).toEqual([(resize + 1) * 0.125, 'r', '130x42']);
    expect(resize).toBe(before);
    expect(events.filter((e) => e[1] === 'r')).toHaveLength(1);
    expect(rec!.events).toBe(events.length);
    // The last frame matches the screen. On unmount Ink writes the frame once more, then shows
    // the cursor: what follows the last frame is control codes only, nothing on the screen.
    const out = outputs(events);
    // (Ink may also end with a bare newline, depending on when the unmount lands.)
    const last = out.findLastIndex((d) => textOf(d).trim() !== '');
    expect(out.slice(last + 1).map(textOf).join('').trim()).toBe('');
    expect(out.slice(last + 1).join('').replace(/[\r\n]/g, '')).toBe('\u001b[?25h');
    expect(textOf(out[last]!)).toBe(screen);
    expect(screen).toContain('抢到了');
  });

  it('has the same frames as the terminal, byte for byte but for CR LF', async () => {
    const file = join(tmp('bytes'), 'demo.cast');
    app = await renderApp({ users: ['mom', 'dad'], cols: 120, rows: 40, seed: 'rec', wrapStdout: (out) => (rec = recordTo(file, out)).stdout });
    await app.press('mom', { text: 'g' }, 'down', 'down', 'enter');
    const written = [...app.stdout.frames];
    rec!.close();
    const { header, events } = parseCast(readFileSync(file, 'utf8'));
    expect(header.width).toBe(120);
    expect(header.height).toBe(40);
    expect(typeof header.timestamp).toBe('number');
    expect(outputs(events).map((d) => d.replace(/\r\n/g, '\n'))).toEqual(written.filter((f) => f !== ''));
    expect(outputs(events).every((d) => !/[^\r]\n/.test(d))).toBe(true);
  });
});

/** A terminal stream for the recorder alone: remembers what reaches it. */
class Sink extends EventEmitter {
  isTTY = true;
  got: unknown[][] = [];
  constructor(
    public columns = 80,
    public rows = 24,
  ) {
    super();
  }
  write(...args: unknown[]) {
    this.got.push(args);
    const cb = args.find((a) => typeof a === 'function') as (() => void) | undefined;
    cb?.();
    return false; // backpressure: the wrapper must pass this on
  }
  resize(c: number, r: number) {
    this.columns = c;
    this.rows = r;
    this.emit('resize');
  }
}

describe('recordTo', () => {
  it('forwards every write unchanged, keeps UTF-8 split across writes whole, and writes LF as CR LF', () => {
    const file = join(tmp('unit'), 'a.cast');
    const sink = new Sink(90, 20);
    const r = recordTo(file, sink, { now: () => 0 });
    const red = Buffer.from('红\n', 'utf8');
    let called = 0;
    expect(r.stdout.write(red.subarray(0, 2) as never)).toBe(false);
    expect(r.stdout.write(red.subarray(2) as never, (() => called++) as never)).toBe(false);
    r.stdout.write('a\nb\r\n' as never);
    r.stdout.write('' as never);
    expect(called).toBe(1);
    expect(sink.got.map((a) => a[0])).toEqual([red.subarray(0, 2), red.subarray(2), 'a\nb\r\n', '']);
    // The rest of the stream is the real one's, live.
    expect(r.stdout.isTTY).toBe(true);
    sink.columns = 91;
    expect(r.stdout.columns).toBe(91);
    expect(r.stdout.write).toBe(r.stdout.write);
    expect(r.stdout.on).toBe(r.stdout.on);
    r.close();
    const { header, events } = parseCast(readFileSync(file, 'utf8'));
    expect(header).toMatchObject({ width: 90, height: 20 });
    expect(events).toEqual([
      [0, 'o', '红\r\n'],
      [0, 'o', 'a\r\nb\r\r\n'],
    ]);
  });

  it('records resizes once each, never lets time go back, tees a second stream, and stops at close', () => {
    const file = join(tmp('unit'), 'b.cast');
    const sink = new Sink();
    const err = new Sink();
    const clock = [1000, 1500, 1200, 2500, 3000, 4000, 5000];
    const r = recordTo(file, sink, { now: () => clock.shift()!, onlcr: false, env: {}, title: 'demo' });
    r.stdout.write('x\n' as never); // 0.5
    sink.resize(100, 30); //           0.2 → stays 0.5
    sink.resize(100, 30); //           same size: nothing
    r.tee(err).write('oops' as never); // 1.5
    expect(err.got).toEqual([['oops']]);
    expect(sink.listenerCount('resize')).toBe(1);
    r.close();
    r.close();
    expect(sink.listenerCount('resize')).toBe(0);
    r.stdout.write('after' as never);
    sink.resize(120, 40);
    expect(sink.got.at(-1)).toEqual(['after']); // still forwarded, no longer recorded
    const text = readFileSync(file, 'utf8');
    const { header, events } = parseCast(text);
    expect(header).toEqual({ version: 2, width: 80, height: 24, timestamp: header.timestamp, title: 'demo' });
    expect(events).toEqual([
      [0.5, 'o', 'x\n'],
      [0.5, 'r', '100x30'],
      [1.5, 'o', 'oops'],
    ]);
    expect(r.events).toBe(3);
  });

  it('writes a marker as an "m" event in time order, its label JSON-escaped, and none after close', () => {
    const file = join(tmp('unit'), 'm.cast');
    const sink = new Sink();
    const clock = [0, 250, 1000, 1000, 2500];
    const r = recordTo(file, sink, { now: () => clock.shift()!, onlcr: false, env: {} });
    r.marker('开始 · start');
    r.stdout.write('frame' as never);
    r.marker('a "quoted" label\nwith \u001b[31m escapes </script>');
    r.close();
    r.marker('after close');
    const text = readFileSync(file, 'utf8');
    // One JSON line per event: the label's newline and ESC are escapes, never raw bytes.
    expect(text.split('\n')[3]).toBe('[1.000000, "m", "a \\"quoted\\" label\\nwith \\u001b[31m escapes </script>"]');
    expect(parseCast(text).events).toEqual([
      [0.25, 'm', '开始 · start'],
      [1, 'o', 'frame'],
      [1, 'm', 'a "quoted" label\nwith \u001b[31m escapes </script>'],
    ]);
    expect(r.events).toBe(3);
  });

  it.skipIf(!existsSync('/dev/full'))('keeps the session going when the file cannot be written (a full disk)', () => {
    const sink = new Sink();
    const r = recordTo('/dev/full', sink);
    r.stdout.write('frame' as never);
    expect(sink.got).toEqual([['frame']]);
    expect(r.error?.message).toMatch(/ENOSPC/);
    r.close();
  });
});

describe('where --record may write', () => {
  it('needs a .cast name in an existing folder, and replaces only a recording', () => {
    const dir = tmp('path');
    expect(checkRecordPath(join(dir, 'demo.cast'))).toEqual({ ok: true, path: join(dir, 'demo.cast') });
    const no = (p: string, db?: string) => {
      const r = checkRecordPath(p, db ? { db } : {});
      expect(r.ok, p).toBe(false);
      return r.ok ? '' : r.message;
    };
    expect(no(join(dir, 'demo.json'))).toMatch(/must end in \.cast/);
    expect(no(join(dir, 'missing', 'demo.cast'))).toMatch(/does not exist/);
    expect(no(join(dir, 'db.cast'), join(dir, 'db.cast'))).toMatch(/data file/);
    mkdirSync(join(dir, 'folder.cast'));
    expect(no(join(dir, 'folder.cast'))).toMatch(/not a file/);
    writeFileSync(join(dir, 'notes.cast'), 'my notes, not a recording\n');
    expect(no(join(dir, 'notes.cast'))).toMatch(/not an asciicast recording/);
    writeFileSync(join(dir, 'old.cast'), '{"version": 2, "width": 80, "height": 24}\n[0.1, "o", "hi"]\n');
    expect(checkRecordPath(join(dir, 'old.cast')).ok).toBe(true);
    writeFileSync(join(dir, 'empty.cast'), '');
    expect(checkRecordPath(join(dir, 'empty.cast')).ok).toBe(true);
  });

  it('refuses a bad --record with exit 2 and one line, before anything else, and leaves the file alone', () => {
    const dir = tmp('cli');
    const notes = join(dir, 'notes.cast');
    writeFileSync(notes, 'keep me\n');
    for (const [arg, why] of [
      [join(dir, 'nope', 'demo.cast'), 'does not exist'],
      [join(dir, 'demo.json'), '.cast'],
      [notes, 'not an asciicast recording'],
    ] as const) {
      const r = spawnSync(process.execPath, [BIN, '--db', join(dir, 'db.json'), '--record', arg], { encoding: 'utf8', input: '' });
      expect(r.status, r.stderr).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toContain(why);
    }
    expect(readFileSync(notes, 'utf8')).toBe('keep me\n');
    expect(existsSync(join(dir, 'db.json'))).toBe(false);
  });
});
