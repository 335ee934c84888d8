// Everything bin/bluepacket prints outside the panes goes out here: reports, help, the draw,
// the lookbook, every message on stderr. Whatever a user handed us (a file's bytes, a label, a
// name, an argument) is shown with its control, bidi and invisible characters made visible, so
// no output can drive the terminal it is read on (src/text/sanitize.ts says which characters).
import { fstatSync, statSync, writeSync } from 'node:fs';
import type { Line } from '../insights/lines';
import { printable, printableText } from '../text/sanitize';

let plainFile: boolean | undefined;

/**
 * Whether stdout is a regular file or /dev/null. Node writes to those synchronously anyway (its
 * stdout is then a SyncWriteStream, one fs.writeSync per write), so a long report goes to them
 * by fs.writeSync itself: the same bytes, without making the stream (nor a Buffer of every
 * part). A terminal, a pipe or anything else is written through process.stdout.
 */
function stdoutIsPlainFile(): boolean {
  if (plainFile === undefined) {
    try {
      const st = fstatSync(1);
      plainFile = st.isFile() || (st.isCharacterDevice() && st.rdev === statSync('/dev/null').rdev);
    } catch {
      plainFile = false;
    }
  }
  return plainFile;
}

/** Whether stdout is a terminal, asked without making process.stdout when it plainly is not. */
function stdoutIsTerminal(): boolean {
  return !stdoutIsPlainFile() && stdout().isTTY === true;
}

let watched = false;

/**
 * process.stdout, watched for a reader that goes away. `play big.json | head` closes the pipe
 * after ten lines; Node ignores SIGPIPE and reports the broken pipe as an 'error' event, which,
 * unheard, printed a stack trace of Node's internals. The reader has what it asked for: stop
 * quietly, as a command piped into head does. Any other failure of stdout is said, on stderr,
 * and ends the command with status 1.
 */
function stdout(): NodeJS.WriteStream {
  if (!watched) {
    watched = true;
    process.stdout.on('error', stdoutFailed);
  }
  return process.stdout;
}

function stdoutFailed(err: NodeJS.ErrnoException): void {
  if (err.code === 'EPIPE') process.exit(0);
  printError(`cannot write the output: ${err.message}`);
  process.exit(1);
}

/** Whether stdout could take colour: a terminal, or FORCE_COLOR set (which chalk reads the same
 * way). Chalk decides the rest; `play` and `insights` load it only when this says yes. */
export function stdoutMayColour(): boolean {
  return stdoutIsTerminal() || 'FORCE_COLOR' in process.env;
}

/** Text for stdout; its newlines are ours, every other unsafe character is shown escaped. */
export function printOut(text: string): void {
  stdout().write(printableText(text));
}

/**
 * A piece of a long output for stdout, already safe to print as it is: a part of the JSON
 * document as report-json-parts writes it (every string through jsonString: its unsafe
 * characters escaped as JSON escapes them, so the document stays exact, and its only raw
 * controls are its own newlines), or a piece of the account as report-text's textLines writes it
 * (each line made printable, then coloured by its role: those colours are the only escapes in
 * it). When stdout cannot take more yet (a pipe whose reader is slower), the promise resolves
 * once it can: waiting for it keeps a long report from piling up in memory. Undefined when there
 * is no need to wait.
 */
export function printOutPart(safe: string): Promise<void> | undefined {
  if (stdoutIsPlainFile()) {
    writeSync(1, safe);
    return undefined;
  }
  const out = stdout();
  if (out.write(safe)) return undefined;
  return new Promise((resolve) => {
    const done = () => {
      out.off('drain', done).off('close', done);
      resolve();
    };
    out.on('drain', done).on('close', done);
  });
}

/** A message on stderr as one line, `bluepacket: ` first: a newline inside it is shown as `\n`. */
export function printError(message: string): void {
  process.stderr.write(`bluepacket: ${printable(message)}\n`);
}

/** Text of several lines for stderr (a stack trace), newlines kept. */
export function printErrorText(text: string): void {
  process.stderr.write(printableText(text));
}

/**
 * Styled lines (the insights) for stdout: each segment's text made printable, then coloured by
 * chalk with the theme's colour, as `play`'s account is: chalk decides from the stream (a
 * terminal, FORCE_COLOR), and NO_COLOR means none; piped, the text is plain. Chalk is loaded only
 * when stdout could take colour, so the commands that print plain text do not pay for it.
 */
export async function printLines(lines: readonly Line[]): Promise<void> {
  const { noColor } = await import('./colour');
  const couldColour = stdoutMayColour() && !noColor();
  const chalk = couldColour ? (await import('chalk')).default : null;
  const colour = chalk !== null && chalk.level > 0;
  const paint = (text: string, color?: string, bold?: boolean) => {
    if (!colour || text.trim() === '') return text;
    const c = color ? ((chalk as unknown as Record<string, typeof chalk>)[color] ?? chalk) : chalk;
    return bold ? c.bold(text) : color ? c(text) : text;
  };
  stdout().write(lines.map((l) => l.map((s) => paint(printable(s.text), s.color, s.bold)).join('').trimEnd()).join('\n') + '\n');
}
