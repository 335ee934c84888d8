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

  it('reads malformed UTF-8 as a TextDecoder does, and drops only a leading byte order mark', () => {
    // Bytes a UTF-8 decoder can trip on: stray continuations, overlong forms, surrogates, cut-off
    // sequences, bytes never used, and byte order marks other than a leading one.
    const bytes = [0x22, 0x41, 0x80, 0xbf, 0xc0, 0xc1, 0xc2, 0xdf, 0xe0, 0xed, 0xef, 0xbb, 0xf0, 0xf4, 0xf5, 0xff, 0xa0, 0x9f];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    for (let n = 0; n < 300; n++) {
      const content = Buffer.from(Array.from({ length: 1 + (next() % 12) }, () => bytes[next() % bytes.length]!));
      for (const b of [content, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), content])]) {
        expect(readBoundedText(file('bytes', b), 100), b.toString('hex')).toBe(new TextDecoder().decode(b));
      }
    }
    expect(readBoundedText(file('two-boms', '\uFEFF\uFEFFx'), 100)).toBe('\uFEFFx');
    expect(readBoundedText(file('cut-bom', Buffer.from([0xef, 0xbb])), 100)).toBe('\uFFFD');
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
