// The --json document's keyed objects print in the order the page gives, whatever the keys look
// like. A JavaScript object puts integer-like keys ("9", "10") first, in numeric order, and ids
// are letters, digits, `_` and `-`: a world may well have users "9" and "10".
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const BIN = join(__dirname, '../../bin/bluepacket');

/** The keys of the object at `key` in the top level of a --json text, in the order printed. */
function printedKeys(text: string, key: string): string[] {
  const start = text.indexOf(`\n  "${key}": {`);
  const end = text.indexOf('\n  }', start);
  return [...text.slice(start, end).matchAll(/^ {4}"([^"]*)":/gm)].map((m) => m[1]!);
}

const card = { id: 'card', title: '卡', category: 'ecard', delivery: 'virtual', specs: [{ id: 'c', label: '张', price: 100 }] };
const user = (id: string, friends: string[] = []) => ({ id, name: `用户${id}`, wallet: 1000, friends });

describe('key order in the --json text', () => {
  it('given users "10", "9" and "b" who each sent, when the file plays, then `users` prints their keys sorted by code units', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'bp-keys-')), 'numeric.json');
    writeFileSync(
      file,
      JSON.stringify({
        seed: 'keys',
        world: { users: [user('b', ['10']), user('10', ['9']), user('9', ['b'])], catalog: [card] },
        steps: [
          { as: '9', send: { mode: 'direct', to: 'b', sku: 'card' }, label: '2' },
          { as: 'b', send: { mode: 'direct', to: '10', sku: 'card' }, label: '1' },
          { as: '10', send: { mode: 'direct', to: '9', sku: 'card' } },
        ],
      }),
    );
    const text = spawnSync(process.execPath, [BIN, 'play', file, '--json'], { encoding: 'utf8' }).stdout;
    expect(printedKeys(text, 'users')).toEqual(['10', '9', 'b']);
    // And packets in send order, as report-json fixes it, labels "2" and "1" included.
    expect(printedKeys(text, 'packets')).toEqual(['2', '1', 'p0003']);
    // The same document as before, read back.
    expect(Object.keys(JSON.parse(text).users).sort()).toEqual(['10', '9', 'b']);
  });
});
