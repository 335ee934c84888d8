// Rendering a named state to text: the state built as data (book.ts), then drawn once by the
// real app in a fake terminal of the state's size; the frame as plain text. No colours (the
// frame's escapes are stripped) and no trailing spaces, so a golden file changes only when what
// a user reads changes.
import { render, type Instance } from 'ink';
import React from 'react';
import { DEFAULT_START, parseIso } from '../domain/time';
import { initialState } from '../domain/world';
import { memoryStore } from '../store';
import { FakeStdin, FakeStdout, offscreenOptions, plain } from '../testing/terminal';
import { Runner, type Snapshot } from '../ui/app/runner';
import { choosePanes } from '../ui/panes';
import { Root } from '../ui/Root';
import { bundledWorld } from '../world-file';
import { Book } from './book';
import { DEFAULT_USERS, LOOKBOOK_SEED, type LookState } from './states';

/** The header line of a state's text: `── name: description (cols×rows) ──`. */
export function header(s: LookState): string {
  return `── ${s.name}: ${s.description} (${s.cols}×${s.rows}) ──`;
}

/** A frame as the lookbook keeps it: plain lines without trailing spaces, one final newline. */
export function normalise(frame: string): string {
  const lines = frame.replace(/\r/g, '').split('\n').map((l) => l.trimEnd());
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines.join('\n') + '\n';
}

/** The app drawn into a fake terminal, not the user's: every frame whole (debug), no Ctrl-C. */
export function renderOffscreen(runner: Runner, onDrawn: (snap: Snapshot) => void, stdout: FakeStdout): Instance {
  return render(React.createElement(Root, { runner, onDrawn }), offscreenOptions(stdout, new FakeStdin(), { cols: stdout.columns, rows: stdout.rows }));
}

/** Build one state and draw it: its header line, then its frame. */
export async function renderState(s: LookState): Promise<string> {
  const store = memoryStore(initialState(bundledWorld(), LOOKBOOK_SEED, parseIso(DEFAULT_START)!));
  const as = s.options?.as;
  const users = as !== undefined ? [as] : (s.options?.users ?? DEFAULT_USERS);
  const panes = choosePanes(store.state(), { users, ...(s.options?.group ? { group: s.options.group } : {}) });
  const runner = new Runner(store, panes, s.options?.lang ?? 'zh', { cols: s.cols, rows: s.rows }, { layout: as !== undefined ? 'phone' : 'panes' });
  await s.build(new Book(runner));
  await runner.idle();
  const stdout = new FakeStdout(s.cols, s.rows);
  let done!: () => void;
  const drawn = new Promise<void>((resolve) => (done = resolve));
  const onDrawn = (snap: Snapshot) => snap === runner.snapshot() && done();
  const app = renderOffscreen(runner, onDrawn, stdout);
  try {
    await drawn;
    return `${header(s)}\n${normalise(plain(stdout.lastFrame()).join('\n'))}`;
  } finally {
    app.unmount();
    app.cleanup();
  }
}
