// Recording a terminal session (`--record FILE.cast`), for both the interactive session and a
// scenario playing in the panes: what to give Ink, and what to do when it exits.
import { printError } from '../../cli/print';
import { UsageError } from '../../cli/usage';
import { recordTo } from './asciicast';

export interface SessionRecording {
  /** Options for Ink's render: the recorded stdout and stderr. */
  inkOptions: { stdout?: NodeJS.WriteStream; stderr?: NodeJS.WriteStream };
  /** Mark this moment (a chapter of the recording); nothing when not recording. */
  marker(label: string): void;
  /** Close the file; say so on stderr if the recording stopped early (a full disk). */
  finish(): void;
}

export function startRecording(path: string | undefined): SessionRecording {
  if (!path) return { inkOptions: {}, marker: () => {}, finish: () => {} };
  let recording;
  try {
    recording = recordTo(path, process.stdout);
  } catch (e) {
    throw new UsageError(`--record ${path}: ${e instanceof Error ? e.message : String(e)}`);
  }
  const r = recording;
  return {
    inkOptions: { stdout: r.stdout as NodeJS.WriteStream, stderr: r.tee(process.stderr) as NodeJS.WriteStream },
    marker: (label) => r.marker(label),
    finish() {
      r.close();
      // The message names the file the user gave: printed through the one sanitizer.
      if (r.error) printError(`the recording stopped early: ${r.error.message}`);
    },
  };
}
