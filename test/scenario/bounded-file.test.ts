// readBoundedText reads a file in one piece of the size it has, and reads on when the file holds
// more than its size said (a file that grew, or one of /proc, whose size is 0), up to the cap.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBoundedText, UnreadableFileError } from '../../src/bounded-file';

const dir = mkdtempSync(join(tmpdir(), 'bp-bounded-'));
const file = (name: string, content: string | Buffer) => {
  const f = join(dir, name);
  writeFileSync(f, content);
  return f;
};

describe('readBoundedText', () => {
  it('reads the whole text, as UTF-8, a byte order mark dropped', () => {
    const text = '{"name":"新年快乐 🧧"}'.repeat(5000);
    expect(readBoundedText(file('big.json', text), 1 << 20)).toBe(text);
    expect(readBoundedText(file('bom.json', `\uFEFF${text}`), 1 << 20)).toBe(text);
    expect(readBoundedText(file('empty.json', ''), 10)).toBe('');
  });

  it('takes a file of exactly the cap, and refuses one byte more', () => {
    expect(readBoundedText(file('ten', 'x'.repeat(10)), 10)).toBe('x'.repeat(10));
    expect(() => readBoundedText(file('eleven', 'x'.repeat(11)), 10)).toThrow(UnreadableFileError);
  });

  it('reads on past the size the file said it had, up to the cap', () => {
    // /proc/version says it is empty and is not.
    const version = readFileSync('/proc/version', 'utf8');
    expect(version.length).toBeGreaterThan(10);
    expect(readBoundedText('/proc/version', 1 << 20)).toBe(version);
    expect(() => readBoundedText('/proc/version', 10)).toThrow(/is larger than/);
  });
});
