// Reading a file a user names (a scenario, a world), bounded: a device or a pipe is refused, not
// read (`play /dev/zero` would read forever), and nothing larger than the cap is taken in. What
// kind of file it is is asked of the descriptor already opened, so that the answer is about the
// file actually read and not about whatever was at that path a moment before.
import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';

export const MB = 1024 * 1024;

/** Why a file was not read: a sentence to follow the file's name; `errno` when the system said
 * why (ENOENT: there is no such file). */
export class UnreadableFileError extends Error {
  constructor(
    message: string,
    readonly errno?: string,
  ) {
    super(message);
  }
}

const systemError = (e: unknown) => {
  const code = (e as NodeJS.ErrnoException).code;
  return new UnreadableFileError(`cannot be read (${code ?? (e as Error).message})`, code);
};

/** Opening for reading must not wait: a FIFO with no writer would block the open itself. */
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOCTTY ?? 0);
const CHUNK = 64 * 1024;

function kindOf(st: Stats): string {
  if (st.isDirectory()) return 'a directory';
  if (st.isFIFO()) return 'a pipe (FIFO)';
  if (st.isCharacterDevice() || st.isBlockDevice()) return 'a device';
  if (st.isSocket()) return 'a socket';
  return 'not a regular file';
}

/**
 * The first `length` bytes as text, as a TextDecoder gives it: a leading byte order mark dropped,
 * a malformed byte read as U+FFFD (the two replace alike). Buffer's own decoding does this
 * without a TextDecoder, whose first use costs a run a third of a millisecond.
 */
function utf8Text(bytes: Buffer, length: number): string {
  const bom = length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  return bytes.toString('utf8', bom ? 3 : 0, length);
}

/** The text of a regular file of at most `maxBytes` bytes (UTF-8), or an UnreadableFileError. */
export function readBoundedText(file: string, maxBytes: number): string {
  let fd: number;
  try {
    fd = openSync(file, OPEN_FLAGS);
  } catch (e) {
    throw systemError(e);
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) throw new UnreadableFileError(`is ${kindOf(st)}, not a file: only a regular file is read`);
    const tooLarge = () => new UnreadableFileError(`is larger than ${maxBytes / MB} MB: only files up to ${maxBytes / MB} MB are read`);
    if (st.size > maxBytes) throw tooLarge();
    // Read in one piece of the size the file has (a few megabytes at most, rather than a
    // hundred small pieces joined), with room for one byte more. The size may change while it is
    // read: a file that grew is read on in larger pieces, up to one byte past the cap, then refused.
    let buffer = Buffer.allocUnsafe(st.size + 1);
    let total = 0;
    for (;;) {
      if (total === buffer.length) {
        if (total > maxBytes) throw tooLarge();
        const larger = Buffer.allocUnsafe(Math.min(Math.max(2 * total, CHUNK), maxBytes + 1));
        buffer.copy(larger, 0, 0, total);
        buffer = larger;
      }
      const n = readSync(fd, buffer, total, buffer.length - total, null);
      if (n === 0) break;
      total += n;
    }
    if (total > maxBytes) throw tooLarge();
    return utf8Text(buffer, total);
  } catch (e) {
    if (e instanceof UnreadableFileError) throw e;
    throw systemError(e);
  } finally {
    closeSync(fd);
  }
}
