// What a scenario file or an argument cannot do to the runner: hide a packet behind a label,
// make it read forever, push the clock out of its years, draw among nobody, talk in a chat that
// does not exist; and what the runner says when a step is wrong. bin/bluepacket itself, as a
// user runs it.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const BIN = join(__dirname, '../../bin/bluepacket');
const run = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout: 20_000 });

let dir: string;
let n = 0;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'bp-harden-'));
});
const write = (content: unknown, name = `f${n++}.json`) => {
  const f = join(dir, name);
  writeFileSync(f, typeof content === 'string' ? content : JSON.stringify(content));
  return f;
};
const playJson = (content: unknown) => {
  const r = run('play', write(content), '--json');
  expect(r.status, r.stderr).toBe(0);
  return JSON.parse(r.stdout);
};

const grab = (label?: string) => ({
  as: 'mom',
  send: { mode: 'grab', group: 'family', sku: 'luckin', spec: '6cups', count: 1 },
  ...(label === undefined ? {} : { label }),
});

describe('no label can hide a packet', () => {
  it('a label "__proto__" is a key like any other: the packet is in --json and later steps reach it', () => {
    const doc = playJson({ seed: 's', steps: [grab('__proto__'), { as: 'dad', claim: '__proto__', address: 0 }] });
    expect(Object.keys(doc.packets)).toEqual(['__proto__']);
    expect(Object.hasOwn(doc.packets, '__proto__')).toBe(true);
    expect(doc.packets['__proto__'].sender).toBe('mom');
    expect(doc.packets['__proto__'].units[0].holder).toBe('dad');
    expect(doc.steps[1]).toEqual(expect.objectContaining({ i: 1, ok: true }));
  });

  it('labels named like Object.prototype members each keep their packet', () => {
    const labels = ['constructor', 'toString', 'hasOwnProperty', 'valueOf'];
    const doc = playJson({ seed: 's', steps: labels.map(grab) });
    expect(Object.keys(doc.packets)).toEqual(labels);
  });

  it('a label of the automatic id form is refused, naming the step: it would share a key with a later packet', () => {
    const r = run('play', write({ seed: 's', steps: [grab('p0002'), grab()] }));
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/step 0, field "label": "p0002" has the form of an automatic packet id/);
    for (const label of ['p0001', 'p9999', 'p12345']) expect(run('play', write({ seed: 's', steps: [grab(label)] })).status).toBe(2);
  });

  it('labels that only look alike stay allowed, and every accepted send is in --json', () => {
    const labels = ['p1', 'p001', 'P0002', 'p0002a', 'g1'];
    const doc = playJson({ seed: 's', steps: [...labels.map(grab), grab()] });
    expect(Object.keys(doc.packets)).toEqual([...labels, 'p0006']);
  });

  it('an unknown user called "constructor" is named as such in the account, not as Object', () => {
    const r = run('play', write({ seed: 's', steps: [{ as: 'constructor', open: 'x' }] }), '--lang', 'en');
    expect(r.stdout).toContain('#0 01-28 20:00 constructor open x');
    expect(r.stdout).not.toContain('Object');
  });
});

describe('bounded input', () => {
  it('a device is refused, not read', () => {
    const r = run('play', '/dev/zero');
    expect(r.error).toBeUndefined(); // not killed by the timeout
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('bluepacket: /dev/zero: file: is a device, not a file: only a regular file is read\n');
  });

  it('a FIFO is refused without waiting for a writer', () => {
    const fifo = join(dir, 'fifo.json');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const r = run('play', fifo);
    expect(r.error).toBeUndefined();
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('is a pipe (FIFO), not a file');
  });

  it('a directory is refused', () => {
    const r = run('play', dir);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('is a directory, not a file');
  });

  it('a file over 20 MB is refused with a message that says so; one of exactly 20 MB is read', () => {
    const big = write('');
    truncateSync(big, 20 * 1024 * 1024 + 1);
    const r = run('play', big);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('is larger than 20 MB: only files up to 20 MB are read');
    const json = '{"seed":"s","steps":[]}';
    const exact = write(json + ' '.repeat(20 * 1024 * 1024 - json.length));
    expect(run('play', exact, '--json').status).toBe(0);
  });
});

describe('the clock stays within the years 1970–9999', () => {
  it('twelve advances of 9999999d are refused CLOCK_LIMIT and the end is a real time', () => {
    const doc = playJson({ seed: 's', steps: Array.from({ length: 12 }, () => ({ advance: '9999999d' })) });
    expect(doc.end).toBe('2025-01-28T20:00:00+08:00');
    expect(doc.steps.map((s: { code: string }) => s.code)).toEqual(Array(12).fill('CLOCK_LIMIT'));
  });

  it('near the end of 9999 the clock moves up to it and not past it; a draw past it is BAD_DRAW_TIME', () => {
    const doc = playJson({
      seed: 's',
      start: '9999-12-31T20:00:00+08:00',
      steps: [
        { advance: '1d' },
        { advance: '3h' },
        { as: 'mom', send: { mode: 'lottery', group: 'family', sku: 'luckin', spec: '6cups', count: 1, drawAt: '+1h' } },
      ],
    });
    expect(doc.steps.map((s: { ok: boolean; code?: string }) => s.code ?? 'ok')).toEqual(['CLOCK_LIMIT', 'ok', 'BAD_DRAW_TIME']);
    expect(doc.end).toBe('9999-12-31T23:00:00+08:00');
  });

  it('a start outside the years 1970–9999 (Beijing time) is an invalid file', () => {
    for (const start of ['9999-12-31T23:00:00-14:00', '1969-12-31T23:59:59+08:00', '0001-01-01T00:00:00Z']) {
      const r = run('play', write({ seed: 's', start, steps: [] }));
      expect(r.status, start).toBe(2);
      expect(r.stderr).toContain(`field "start": "${start}" is outside the clock's years 1970–9999 (Beijing time)`);
    }
    expect(playJson({ seed: 's', start: '1970-01-01T00:00:00+08:00', steps: [] }).end).toBe('1970-01-01T00:00:00+08:00');
  });
});

describe('arguments and chats that do not exist', () => {
  it('draw with no entrants is a usage error', () => {
    const r = run('draw', '--seed', 'x', '--count', '1');
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^bluepacket: draw: give the ENTRANTs/);
  });

  it('an option without its value, or a value for a flag, is a usage error, not a bug', () => {
    const f = write({ seed: 's', steps: [] });
    for (const args of [['play', f, '--lang'], ['play', f, '--json=yes'], ['draw', '--seed']]) {
      const r = run(...args);
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stderr).not.toContain('internal error');
    }
  });

  it('say into a made-up private chat is refused', () => {
    const doc = playJson({
      seed: 's',
      steps: [
        { as: 'mom', say: 'hi', chat: 'dm:mom|dad|zzz' },
        { as: 'mom', say: 'hi', chat: 'dm:mom|dad' },
        { as: 'mom', say: 'hi', chat: 'dad' },
      ],
    });
    expect(doc.steps).toEqual([
      expect.objectContaining({ i: 0, ok: false, code: 'UNKNOWN_USER' }),
      expect.objectContaining({ i: 1, ok: false, code: 'UNKNOWN_USER' }),
      { i: 2, ok: true },
    ]);
  });
});

describe('pointed messages about steps', () => {
  const VERB_LIST = 'send, open, join, claim, spec, redeem, advance, say, policy, aftersale, settings, share';
  const message = (steps: unknown[]) => {
    const r = run('play', write({ seed: 's', steps }, 'story.json'));
    expect(r.status).toBe(2);
    return r.stderr.replace(`${dir}/`, '');
  };

  it('an unknown verb is named, and the verbs listed', () => {
    expect(message([{ advance: '1h' }, { as: 's', dance: 'G' }])).toBe(`bluepacket: story.json: step 1, field "dance": unknown verb "dance"; the verbs are ${VERB_LIST}\n`);
  });

  it('a misspelt verb gets a suggestion', () => {
    expect(message([grab('g1'), { as: 'dad', cliam: 'g1', address: 0 }])).toContain('step 1, field "cliam": unknown verb "cliam" (did you mean "claim"?)');
    expect(message([{ advnace: '1h' }])).toContain('unknown verb "advnace" (did you mean "advance"?)');
  });

  it('several unknown fields and no verb, several verbs, no verb at all', () => {
    expect(message([{ as: 'mom', dance: 1, sing: 2 }])).toBe(`bluepacket: story.json: step 0: no verb, and unknown fields "dance", "sing"; the verbs are ${VERB_LIST}\n`);
    expect(message([{ as: 'dad', open: 'g1', join: 'g1' }])).toBe('bluepacket: story.json: step 0: more than one verb (open, join): a step does one thing\n');
    expect(message([{ as: 'dad' }])).toBe(`bluepacket: story.json: step 0: no verb; the verbs are ${VERB_LIST}\n`);
    // A field some verb has is not taken for a verb.
    expect(message([{ as: 'dad', to: 'x' }])).toBe(`bluepacket: story.json: step 0: no verb; the verbs are ${VERB_LIST}\n`);
  });

  it('a step is named by its index in every message and in the account: step 2 is "i": 2 and #2', () => {
    const steps = [grab('g1'), { advance: '1h' }, { advance: 'soon' }];
    expect(message(steps)).toContain('story.json: step 2, field "advance"');
    const ok = [grab('g1'), { advance: '1h' }, { advance: '2h' }];
    const f = write({ seed: 's', steps: ok });
    expect(JSON.parse(run('play', f, '--json').stdout).steps[2].i).toBe(2);
    expect(run('play', f).stdout).toMatch(/^#2 .* 2h$/m);
  });
});

describe('docs/scenarios.md', () => {
  it('shows an invalid file and the very message the runner prints for it', () => {
    const page = readFileSync(join(__dirname, '../../docs/scenarios.md'), 'utf8');
    const section = page.slice(page.indexOf('## When a file is invalid'));
    const file = /For this file, `([^`]+)`:\s*```json\n([\s\S]*?)```/.exec(section);
    const said = /says:\s*```\n([\s\S]*?)```/.exec(section);
    expect(file, 'the example file').not.toBeNull();
    expect(said, 'the example message').not.toBeNull();
    // Written where the runner is run, under the name the page gives it.
    writeFileSync(join(dir, file![1]!), file![2]!);
    const r = spawnSync(process.execPath, [BIN, 'play', file![1]!], { cwd: dir, encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(said![1]);
  });
});
