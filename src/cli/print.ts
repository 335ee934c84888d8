// Everything bin/bluepacket prints outside the panes goes out here: reports, help, the draw,
// the lookbook, every message on stderr. Whatever a user handed us (a file's bytes, a label, a
// name, an argument) is shown with its control, bidi and invisible characters made visible, so
// no output can drive the terminal it is read on (src/text/sanitize.ts says which characters).
import type { ReportLine } from '../scenario/report-text';
import { printable, printableText } from '../text/sanitize';
import type { Paint } from './colour';

/** Text for stdout; its newlines are ours, every other unsafe character is shown escaped. */
export function printOut(text: string): void {
  process.stdout.write(printableText(text));
}

/** A report's lines for stdout, each made printable first and then coloured by its role (the
 * colour's escapes are the only ones written). */
export function printReport(lines: ReportLine[], paint: Paint): void {
  process.stdout.write(reportText(lines, paint));
}

/** A report's lines as printReport writes them. */
export function reportText(lines: ReportLine[], paint: Paint): string {
  return lines.map((l) => paint(l.role, printable(l.text))).join('\n') + '\n';
}

/** A message on stderr as one line, `bluepacket: ` first: a newline inside it is shown as `\n`. */
export function printError(message: string): void {
  process.stderr.write(`bluepacket: ${printable(message)}\n`);
}

/** Text of several lines for stderr (a stack trace), newlines kept. */
export function printErrorText(text: string): void {
  process.stderr.write(printableText(text));
}
