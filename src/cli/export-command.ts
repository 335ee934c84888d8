// `bluepacket export FILE.cast --html OUT.html [--lang zh|en]`: a recording as one
// self-contained web page that plays it (src/export). Loaded only for this command.
import { parseArgs } from 'node:util';
import { castDuration, castMarkers } from '../export/cast';
import { castPage, clock } from '../export/page';
import { checkPagePath, readCastFile, writePage } from '../export/page-file';
import { readPlayerAssets } from '../export/player-assets';
import { pageWord } from '../i18n/export-page';
import { langOption } from './options';
import { printOut } from './print';
import { UsageError } from './usage';
import { printable } from '../text/sanitize';

export function exportCommand(argv: string[]): number {
  const { values, positionals } = parseArgs({
    args: argv,
    options: { html: { type: 'string' }, lang: { type: 'string' } },
    allowPositionals: true,
    strict: true,
  });
  if (positionals.length !== 1) throw new UsageError('export: give exactly one recording FILE.cast (bluepacket export FILE.cast --html OUT.html)');
  if (values.html === undefined) throw new UsageError('export: --html OUT.html is required (the page to write)');
  const lang = langOption(values.lang, 'export: ');
  const out = checkPagePath(values.html);
  const cast = readCastFile(positionals[0]!);
  const html = castPage(cast, readPlayerAssets(), lang);
  writePage(out, html);
  const duration = clock(castDuration(cast));
  printOut(
    `${pageWord(lang, 'written', { file: printable(out), cols: cast.width, rows: cast.height, duration, chapters: castMarkers(cast).length, kb: Math.ceil(Buffer.byteLength(html) / 1024) })}\n`,
  );
  return 0;
}
