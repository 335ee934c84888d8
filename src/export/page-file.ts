// Reading the recording `export` is given and writing the page it makes. The recording is user
// input: bounded, checked (src/export/cast.ts), and any problem names the file. The page is
// written beside its final name and renamed over it, so a failed export never leaves half a
// page, and an existing file is replaced only if it is a page this command wrote.
import { closeSync, constants, openSync, readSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { MB, readBoundedText, UnreadableFileError } from '../bounded-file';
import { CastFormatError, parseCast, type Cast } from './cast';
import { PAGE_GENERATOR } from './page';

import { ExportFileError } from './errors';

export { ExportFileError };

/** A recording is at most this large: 25 seconds of `play --tui` at 120×36 made 0.6 MB; a long demo, tens of MB. */
export const MAX_CAST_BYTES = 64 * MB;

export function readCastFile(file: string): Cast {
  try {
    return parseCast(readBoundedText(file, MAX_CAST_BYTES));
  } catch (e) {
    if (e instanceof UnreadableFileError || e instanceof CastFormatError) throw new ExportFileError(`${file}: ${e.message}`);
    throw e;
  }
}

function statOrNull(p: string) {
  try {
    return statSync(p);
  } catch {
    return null;
  }
}

/** The start of a file: enough to hold a page's head up to the generator mark. */
function head(path: string, bytes = 8192): string {
  const fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const buf = Buffer.alloc(bytes);
    return buf.subarray(0, readSync(fd, buf, 0, bytes, 0)).toString('utf8');
  } finally {
    closeSync(fd);
  }
}

/** Where `--html OUT.html` may write, as an absolute path; an ExportFileError says why not. */
export function checkPagePath(file: string): string {
  const bad = (why: string) => new ExportFileError(`--html ${file}: ${why}`);
  if (file === '') throw bad('give a file name ending in .html');
  const path = resolve(file);
  if (!/\.html?$/i.test(path)) throw bad('the file name must end in .html');
  const dir = statOrNull(dirname(path));
  if (!dir?.isDirectory()) throw bad(`the folder ${dirname(path)} does not exist`);
  const existing = statOrNull(path);
  if (existing) {
    if (!existing.isFile()) throw bad('it exists and is not a file');
    let ours = false;
    try {
      ours = head(path).includes(PAGE_GENERATOR);
    } catch {
      throw bad('it exists and cannot be read');
    }
    if (!ours) throw bad('it exists and is not a page bluepacket export wrote; not replacing it');
  }
  return path;
}

/** Write the page to `path` (checked by checkPagePath) whole, or not at all. */
export function writePage(path: string, html: string): void {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    writeFileSync(temp, html, { flag: 'wx' });
    renameSync(temp, path);
  } catch (e) {
    rmSync(temp, { force: true });
    throw new ExportFileError(`--html ${path}: cannot be written (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
}
