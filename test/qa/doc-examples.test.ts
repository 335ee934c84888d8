// The flow tests the README and docs/flow-tests.md show are files of the suite, verbatim: a
// code block whose first line names a test file (`// test/….test.tsx`) must be that file, so
// an example that stops passing, or drifts from the file, fails here.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '../..');
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');

/** The code blocks of a Markdown text that name a test file on their first line. */
function namedBlocks(markdown: string): Array<{ file: string; code: string }> {
  const blocks: Array<{ file: string; code: string }> = [];
  for (const m of markdown.matchAll(/^```tsx?\n(\/\/ (test\/\S+\.test\.tsx?)\n[\s\S]*?)^```$/gm)) blocks.push({ file: m[2]!, code: m[1]! });
  return blocks;
}

describe('examples in the documentation are tests in the suite', () => {
  for (const doc of ['README.md', 'docs/flow-tests.md']) {
    it(`${doc}: every named example is its file, byte for byte`, () => {
      const blocks = namedBlocks(read(doc));
      expect(blocks.length).toBeGreaterThan(0);
      for (const { file, code } of blocks) {
        expect(existsSync(join(ROOT, file)), `${doc} shows ${file}, which does not exist`).toBe(true);
        expect(code, `${doc}'s example differs from ${file}`).toBe(read(file));
      }
    });
  }

  it("the README's flow test uses ink-testing-library's render and stays under 20 lines", () => {
    const [example] = namedBlocks(read('README.md')).filter((b) => b.file === 'test/ui/readme-example.test.tsx');
    expect(example).toBeDefined();
    expect(example!.code).toContain("import { render } from 'ink-testing-library';");
    expect(example!.code.trimEnd().split('\n').length).toBeLessThan(20);
  });

  it('the check does fail: a block that differs from its file, or names no file, is found', () => {
    const file = 'test/ui/readme-example.test.tsx';
    const changed = read(file).replace('手慢了', '抢到了');
    const [block] = namedBlocks('text\n```tsx\n' + changed + '```\n');
    expect(block!.file).toBe(file);
    expect(block!.code).not.toBe(read(file));
    expect(namedBlocks('```tsx\nconst x = 1;\n```\n')).toEqual([]);
  });
});
