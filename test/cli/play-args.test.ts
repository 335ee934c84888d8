// A headless play reads `FILE` and `--json` itself and leaves every other argument list to
// node:util's parseArgs: both must give the same values, positionals and errors.
import { parseArgs } from 'node:util';
import { describe, expect, it } from 'vitest';
import { OPTIONS, playArgs } from '../../src/cli/play-command';

/** What parseArgs makes of `argv`, or its error's code and message. */
function outcome(parse: () => { values: object; positionals: string[] }): unknown {
  try {
    const { values, positionals } = parse();
    return { values: { ...values }, positionals };
  } catch (e) {
    return { code: (e as { code?: string }).code, message: (e as Error).message };
  }
}

describe('a headless play\'s arguments', () => {
  const lists = [
    ['a.json'],
    ['a.json', '--json'],
    ['--json', 'a.json'],
    ['a.json', '--json', '--json'],
    [],
    ['--json'],
    ['a.json', 'b.json', '--json'],
    [''],
    ['a.json', '--lang', 'en'],
    ['a.json', '--lang=zh', '--json'],
    ['a.json', '--json=yes'],
    ['a.json', '--jsn'],
    ['a.json', '-j'],
    ['a.json', '-'],
    ['a.json', '--', '--json'],
    ['a.json', '--lang'],
    ['a.json', '--lang', '--json'],
    ['a.json', '--tui', '--speed', '2'],
    ['-json', 'a.json'],
  ];

  it('are read as parseArgs reads them', () => {
    for (const argv of lists) {
      const expected = outcome(() => parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true }));
      expect(outcome(() => playArgs(argv)), JSON.stringify(argv)).toEqual(expected);
    }
  });

  it('are FILE and --json, read without parseArgs, in the common case', () => {
    expect(playArgs(['a.json', '--json'])).toEqual({ values: { json: true }, positionals: ['a.json'] });
    expect(playArgs(['a.json'])).toEqual({ values: {}, positionals: ['a.json'] });
  });
});
