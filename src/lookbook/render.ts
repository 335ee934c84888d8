// Rendering a named state to text: the real app in a fake terminal of the state's size, on the
// bundled world with a fixed seed and start time, driven by the state's keys; the last frame as
// plain text. No colours (the frame's escapes are stripped) and no trailing spaces, so a golden
// file changes only when what a user reads changes.
import { DEFAULT_START } from '../domain/time';
import { renderApp } from '../testing';
import { LOOKBOOK_SEED, DEFAULT_USERS, type LookState } from './states';

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

/** Render one state: its header line, then its frame. */
export async function renderState(s: LookState): Promise<string> {
  const app = await renderApp({
    users: DEFAULT_USERS,
    ...s.options,
    seed: LOOKBOOK_SEED,
    start: DEFAULT_START,
    world: 'default',
    cols: s.cols,
    rows: s.rows,
  });
  try {
    await s.build(app);
    await app.idle();
    return `${header(s)}\n${normalise(app.frame())}`;
  } finally {
    app.unmount();
  }
}
