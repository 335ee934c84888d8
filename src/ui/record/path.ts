// Where `--record FILE.cast` may write. The rules, as the help says them:
//   - the name ends in .cast (so a slip such as `--record data/db.json` cannot clobber data);
//   - its folder exists and is writable (the recorder does not create folders);
//   - an existing file is replaced only if it is an asciicast recording (re-recording a demo is
//     the common case); any other existing file, or a folder, is refused;
//   - it is not the session's data file.
import { accessSync, closeSync, constants, openSync, readSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

export type RecordPathCheck = { ok: true; path: string } | { ok: false; message: string };

export function checkRecordPath(file: string, opts: { db?: string } = {}): RecordPathCheck {
  const bad = (why: string): RecordPathCheck => ({ ok: false, message: `--record ${file}: ${why}` });
  if (file === '') return bad('give a file name ending in .cast');
  const path = resolve(file);
  if (!/\.cast$/i.test(path)) return bad('the file name must end in .cast (an asciicast recording)');
  if (opts.db !== undefined && resolve(opts.db) === path) return bad('that is the data file');
  const dir = dirname(path);
  const d = statOrNull(dir);
  if (!d || !d.isDirectory()) return bad(`the folder ${dir} does not exist`);
  try {
    accessSync(dir, constants.W_OK);
  } catch {
    return bad(`the folder ${dir} is not writable`);
  }
  const f = statOrNull(path);
  if (f) {
    if (!f.isFile()) return bad('it exists and is not a file');
    if (!isRecording(path, f.size)) return bad('it exists and is not an asciicast recording; not replacing it');
    try {
      accessSync(path, constants.W_OK);
    } catch {
      return bad('it exists and is not writable');
    }
  }
  return { ok: true, path };
}

function statOrNull(p: string) {
  try {
    return statSync(p);
  } catch {
    return null;
  }
}

/** Empty, or JSON whose start names an asciicast version (v1 is one JSON object, v2/v3 a header line). */
function isRecording(path: string, size: number): boolean {
  if (size === 0) return true;
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const buf = Buffer.alloc(Math.min(size, 4096));
    const n = readSync(fd, buf, 0, buf.length, 0);
    const head = buf.subarray(0, n).toString('utf8');
    return /^\s*\{/.test(head) && /"version"\s*:\s*[123]\b/.test(head);
  } catch {
    return false;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
