// Colour in what bin/bluepacket prints: in the panes, in the text reports. NO_COLOR (any value
// but the empty string, https://no-color.org) means none at all, whatever else says; otherwise
// chalk decides from the stream (a terminal, FORCE_COLOR), so a report piped to a file is plain.
import { Chalk, type ChalkInstance } from 'chalk';
import { plainPaint, type Paint } from '../scenario/report-text';
import { REPORT_COLOURS } from '../ui/theme';

export const noColor = (env: NodeJS.ProcessEnv = process.env): boolean => (env.NO_COLOR ?? '') !== '';

/** How to colour a report for stdout: chalk's level for it (0 when piped), none under NO_COLOR. */
export function reportPaint(env: NodeJS.ProcessEnv = process.env, chalk: ChalkInstance = new Chalk()): Paint {
  if (noColor(env) || chalk.level === 0) return plainPaint;
  return (role, text) => {
    const style = REPORT_COLOURS[role];
    return style === undefined || text === '' ? text : chalk[style](text);
  };
}
