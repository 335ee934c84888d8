// Shared by the store tests: a small inline world, temp directories, child processes.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execute } from '../../src/domain/engine';
import type { Command } from '../../src/domain/commands';
import type { Address, State } from '../../src/domain/types';
import { initialState, parseWorld } from '../../src/domain/world';

export const ADDRESS: Address = { name: '王丽', phone: '13800138000', region: '上海市 浦东新区', detail: '世纪大道100号' };
export const START = Date.parse('2025-01-28T20:00:00+08:00');
export const ROOT = join(import.meta.dirname, '..', '..');

/** `n` users u1…un, all friends of u1, all in group `fam`; tea (address delivery, with stock),
 * card (virtual), coupon (voucher). */
/** The second edition's money rules on: a commission, a creator's product (u5's prints), a
 * code discount; what a store must keep right when it sums archived packets. */
export const SECOND_EDITION = {
  settings: { commission: 20, codeDiscount: 15 },
  product: { id: 'print', title: '版画', category: 'custom', delivery: 'address', creator: 'u5', specs: [{ id: 'a4', label: 'A4', price: 6800 }] },
} as const;

/** A company's gifts and the 朋友圈: a company `co` employing u2…u4 (group `work`), and a gift
 * of the privilege tier (its send is posted to the sender's friends). */
export const COMPANY = {
  user: { id: 'co', name: '蓝鲸科技', wallet: 1_000_000, friends: [], addresses: [], company: true },
  group: { id: 'work', name: '产品部', members: ['co', 'u2', 'u3', 'u4'] },
  product: { id: 'fw', title: '烟花', category: 'effect', delivery: 'virtual', tier: 'privilege', emoji: '🎆', specs: [{ id: 'big', label: '大', price: 5200 }] },
} as const;

export function smallState(n = 5, wallet = 1_000_000, second = false, company = false): State {
  const users = Array.from({ length: n }, (_, i) => ({
    id: `u${i + 1}`,
    name: `用户${i + 1}`,
    wallet,
    friends: i === 0 ? [] : ['u1'],
    addresses: [ADDRESS],
  }));
  const parsed = parseWorld({
    users: company ? [...users, COMPANY.user] : users,
    groups: [{ id: 'fam', name: '相亲相爱一家人', members: users.map((u) => u.id) }, ...(company ? [COMPANY.group] : [])],
    catalog: [
      { id: 'tea', title: '茶叶礼盒', category: 'food', delivery: 'address', specs: [{ id: 'red', label: '红茶', price: 1990, stock: 1000 }] },
      { id: 'card', title: '电子贺卡', category: 'ecard', delivery: 'virtual', specs: [{ id: 'std', label: '标准', price: 100 }] },
      { id: 'coupon', title: '咖啡券', category: 'drinks', delivery: 'voucher', specs: [{ id: 'one', label: '一杯', price: 900 }] },
      ...(second ? [SECOND_EDITION.product] : []),
      ...(company ? [COMPANY.product] : []),
    ],
    ...(second ? { settings: SECOND_EDITION.settings } : {}),
  });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return initialState(parsed.world, 'store-test', START);
}

/** Run commands straight through the engine (no store), failing on any refusal. */
export function run(state: State, ...cmds: Command[]): State {
  for (const c of cmds) {
    const o = execute(state, c);
    if (!o.ok) throw new Error(`${JSON.stringify(c)} refused: ${o.code}`);
  }
  return state;
}

/** A fresh temp directory per test; `cleanup()` in afterEach removes them all. */
const dirs: string[] = [];
export function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'bluepacket-store-'));
  dirs.push(d);
  return d;
}
export function cleanup(): void {
  while (dirs.length) rmSync(dirs.pop()!, { recursive: true, force: true });
}

/** `node --import tsx FIXTURE ...args`, from the repo root. */
export function spawnFixture(name: string, args: string[]): ChildProcessWithoutNullStreams {
  return spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'test/store/fixtures', name), ...args], {
    cwd: ROOT,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
}

/** Collect a child's stdout lines; resolves with them and the exit code/signal. */
export function lines(child: ChildProcessWithoutNullStreams, onLine?: (line: string) => void) {
  const out: string[] = [];
  let err = '';
  let buf = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => {
    buf += d;
    let i;
    while ((i = buf.indexOf('\n')) >= 0) {
      const l = buf.slice(0, i);
      buf = buf.slice(i + 1);
      out.push(l);
      onLine?.(l);
    }
  });
  child.stderr.setEncoding('utf8').on('data', (d: string) => (err += d));
  const done = new Promise<{ out: string[]; err: string; code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('close', (code, signal) => resolve({ out, err, code, signal })),
  );
  return { out, done };
}

/** A seeded integer in [lo, hi] (mulberry32), for "random-ish" but repeatable moments. */
export function seededInt(seed: number, lo: number, hi: number): number {
  let t = (seed += 0x6d2b79f5);
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  const r = ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  return lo + Math.floor(r * (hi - lo + 1));
}
