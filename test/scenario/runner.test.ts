// The headless runner against the SCENARIOS.md contract: bin/bluepacket itself, as a user runs it.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { drawWithoutReplacement } from '../../src/domain/random';

const BIN = join(__dirname, '../../bin/bluepacket');
const run = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' });

const world = {
  users: [
    { id: 'mom', name: '妈妈', wallet: 50000, friends: ['dad', 'ming'], addresses: [{ name: '王丽', phone: '13800138000', region: '上海市 浦东新区', detail: '世纪大道100号' }] },
    { id: 'dad', name: '爸爸', wallet: 50000, addresses: [{ name: '李强', phone: '13900139000', region: '上海市 浦东新区', detail: '世纪大道100号' }] },
    { id: 'ming', name: '小明', wallet: 50000, addresses: [{ name: '李明', phone: '13700137000', region: '北京市 海淀区', detail: '中关村大街1号' }] },
  ],
  groups: [{ id: 'family', name: '相亲相爱一家人', members: ['mom', 'dad', 'ming'] }],
  catalog: [
    { id: 'luckin', title: '瑞幸即享咖啡定制套装', category: 'drinks', delivery: 'address', specs: [{ id: '6cups', label: '6杯装', price: 1990, stock: 100 }] },
  ],
};

let dir: string;
const write = (name: string, content: unknown) => {
  const f = join(dir, name);
  writeFileSync(f, typeof content === 'string' ? content : JSON.stringify(content));
  return f;
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'bp-runner-'));
  // bin/bluepacket runs the bundle: `npm test` builds it before the tests (as `npm install` does).
});

const lottery = {
  name: 'lottery-basic',
  seed: 'any string',
  world,
  steps: [
    { as: 'mom', send: { mode: 'lottery', group: 'family', sku: 'luckin', spec: '6cups', count: 2, drawAt: '+1h', eligible: 'all' }, label: 'l1' },
    { as: 'dad', join: 'l1' },
    { as: 'ming', join: 'l1' },
    { as: 'dad', join: 'l1' },
    { advance: '1h' },
    { as: 'ming', claim: 'l1', address: 0 },
    { advance: '25h' },
  ],
};

describe('bin/bluepacket play', () => {
  it('prints exactly one JSON document of the contract shape, byte-identical on a second run', () => {
    const f = write('lottery.json', lottery);
    const a = run('play', f, '--json');
    const b = run('play', f, '--json');
    expect(a.status).toBe(0);
    expect(a.stdout).toBe(b.stdout);
    const doc = JSON.parse(a.stdout);
    expect(Object.keys(doc)).toEqual(['name', 'seed', 'end', 'steps', 'packets', 'wallets', 'escrow', 'merchant', 'platform', 'users', 'leaderboard', 'relations']);
    expect(doc.end).toBe('2025-01-29T22:00:00+08:00');
    expect(doc.steps[3]).toEqual({ i: 3, ok: false, code: 'ALREADY_JOINED', message: '你已参与抽奖' });
    const l1 = doc.packets.l1;
    expect(l1.status).toBe('done');
    expect(l1.entrants).toEqual(['dad', 'ming']);
    expect(l1.winners.sort()).toEqual(['dad', 'ming']);
    // The revealed seed re-runs the draw: the same winners in the same order.
    expect(drawWithoutReplacement(l1.entrants, 2, l1.drawSeed)).toEqual(l1.winners);
    expect(run('draw', '--seed', l1.drawSeed, '--count', '2', ...l1.entrants).stdout.trim()).toBe(l1.winners.join(' '));
    const total = Object.values(doc.wallets as Record<string, number>).reduce((x, y) => x + y, 0) + doc.escrow + doc.merchant;
    expect(total).toBe(150000);
    expect(doc.merchant).toBe(1990);
  });

  it('publishes the commitment before the draw and reveals the seed after it', () => {
    const before = JSON.parse(run('play', write('before.json', { ...lottery, steps: lottery.steps.slice(0, 3) }), '--json').stdout);
    expect(before.packets.l1.status).toBe('open');
    expect(before.packets.l1.drawSeed).toBeNull();
    const after = JSON.parse(run('play', write('after.json', lottery), '--json').stdout);
    expect(after.packets.l1.commitment).toBe(before.packets.l1.commitment);
    const { createHash } = require('node:crypto') as typeof import('node:crypto');
    expect(createHash('sha256').update(after.packets.l1.drawSeed).digest('hex')).toBe(before.packets.l1.commitment);
  });

  it('exits 2 naming the file, the step index and the field when the scenario is invalid', () => {
    const f = write('bad.json', { ...lottery, steps: [lottery.steps[0], { as: 'dad', claim: 'l1', address: 'home' }] });
    const r = run('play', f, '--json');
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(f);
    expect(r.stderr).toContain('step 1');
    expect(r.stderr).toContain('address');
    const g = run('play', write('bad2.json', { ...lottery, steps: [{ advance: 'soon' }] }));
    expect(g.status).toBe(2);
    expect(g.stderr).toMatch(/step 0, field "advance"/);
    expect(run('play', write('bad3.json', '{"seed": 1')).status).toBe(2);
    expect(run('play', write('bad4.json', { steps: [] })).stderr).toContain('seed');
    expect(run('play', join(dir, 'missing.json')).status).toBe(2);
  });

  it('prints a readable account in Chinese by default and in English with --lang en', () => {
    const f = write('acct.json', lottery);
    const zh = run('play', f);
    expect(zh.status).toBe(0);
    expect(zh.stdout).toContain('开奖');
    expect(zh.stdout).toContain('守恒 ✓');
    const en = run('play', f, '--lang', 'en');
    expect(en.stdout).toContain('drawn');
    expect(en.stdout).toContain('conserved ✓');
  });

  it('plays every bundled example scenario to the end with money conserved', () => {
    const scenarios = join(__dirname, '../../data/scenarios');
    const files = readdirSync(scenarios).filter((f) => f.endsWith('.json'));
    expect(files.length).toBeGreaterThanOrEqual(4);
    for (const f of files) {
      const r = run('play', join(scenarios, f), '--json');
      expect(r.status, `${f}: ${r.stderr}`).toBe(0);
      const doc = JSON.parse(r.stdout);
      expect(doc.steps.length).toBeGreaterThan(0);
    }
  });

  it('lists every command in --help', () => {
    const h = run('--help');
    expect(h.status).toBe(0);
    for (const c of ['play', 'draw', '--db', '--reset', '--lang']) expect(h.stdout).toContain(c);
  });
});
