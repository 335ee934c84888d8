// The recording's own error on stderr goes through the one sanitizer: a file name with escape
// sequences in it (the error names the file) must not drive the terminal it is read on.
import { afterEach, expect, it, vi } from 'vitest';

vi.mock('../../src/ui/record/asciicast', () => ({
  recordTo: () => ({
    stdout: process.stdout,
    tee: (s: unknown) => s,
    close: () => {},
    error: new Error("ENOSPC: no space left on device, write '/tmp/\u001b]0;pwned\u0007\u001b[2Jdemo.cast'"),
  }),
}));

const { startRecording } = await import('../../src/ui/record/session');

afterEach(() => vi.restoreAllMocks());

it('says a recording that stopped early on stderr, its control characters shown as escapes', () => {
  const written: string[] = [];
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => (written.push(String(chunk)), true));
  startRecording('/tmp/demo.cast').finish();
  const text = written.join('');
  expect(text).toContain('bluepacket: the recording stopped early: ENOSPC');
  expect(text).toContain('\\u001b]0;pwned\\u0007\\u001b[2Jdemo.cast');
  expect(text).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
});
