// Taking the terminal for the app and giving it back as it was. The app draws on the alternate
// screen (as an editor or a pager does), so after q the shell shows what it showed before, and
// a crash or a signal still switches back. Both front ends (the session and a scenario in the
// panes) render through here, with the same Ink options. The switch is written to the terminal
// itself, not to the stream Ink is given: a recording (--record) holds the frames only, so it
// ends on the last frame rather than on a blank screen.
import { render, type Instance } from 'ink';
import type { ReactNode } from 'react';

const ALT_SCREEN_ON = '\u001b[?1049h';
const ALT_SCREEN_OFF = '\u001b[?1049l';

export interface FullScreen {
  waitUntilExit: Instance['waitUntilExit'];
  unmount: Instance['unmount'];
  /** Back to the normal screen (idempotent; also done at exit and on SIGTERM/SIGHUP). */
  restore(): void;
}

/**
 * `signals: false` when the caller ends the session on SIGTERM/SIGHUP itself (a live session
 * leaves its peers first): the normal screen still comes back at exit.
 */
export function renderFullScreen(
  node: ReactNode,
  io: { stdout?: NodeJS.WriteStream; stderr?: NodeJS.WriteStream },
  { terminal = process.stdout, signals = true }: { terminal?: NodeJS.WriteStream; signals?: boolean } = {},
): FullScreen {
  const out = terminal;
  out.write(ALT_SCREEN_ON);
  let restored = false;
  const restore = () => {
    if (restored) return;
    restored = true;
    process.off('exit', restore);
    for (const [signal] of SIGNALS) process.off(signal, onSignal);
    out.write(ALT_SCREEN_OFF);
  };
  const onSignal = (signal: NodeJS.Signals) => {
    restore();
    process.exit(128 + (SIGNALS.get(signal) ?? 1));
  };
  process.once('exit', restore);
  if (signals) for (const [signal] of SIGNALS) process.once(signal, onSignal);
  // 60 fps: a key answers within a frame. No incrementalRendering: ink 6.8's incremental
  // writer moves up one line too few after a frame ending in a newline, so every update lands
  // a row lower and the status line smears down the screen (seen in tmux; a 3-line app shows it).
  const app = render(node, { ...io, exitOnCtrlC: true, patchConsole: true, maxFps: 60 });
  return { waitUntilExit: () => app.waitUntilExit(), unmount: () => app.unmount(), restore };
}

/** The signals that end a session from outside, and their numbers (the exit code is 128 + n). */
const SIGNALS = new Map<NodeJS.Signals, number>([
  ['SIGTERM', 15],
  ['SIGHUP', 1],
]);
