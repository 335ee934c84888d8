// The additions to the SCENARIOS.md contract (red packets, code gifts, 保密 and 回礼, orders and
// after-sales, the platform, users / leaderboard / relations): every example on the page played as
// written, the settled details of the --json shape, and the files that must stop with exit 2.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { luckyAmount } from '../../src/domain/random';
import { parseWorld } from '../../src/domain/world';
import { parseScenario } from '../../src/scenario/parse';
import { playScenario } from '../../src/scenario/play';
import { playedJson } from '../../src/scenario/report-json';
import { bundledWorld } from '../../src/world-file';

const BIN = join(__dirname, '../../bin/bluepacket');
const run = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' });

const addr = (name: string, phone: string) => ({ name, phone, region: '上海市 浦东新区', detail: '世纪大道100号' });
/** The page's world, with a family large enough for its red packet of 5 and someone outside it. */
const world = (settings: Record<string, unknown> = {}) => ({
  users: [
    { id: 'mom', name: '妈妈', wallet: 50000, friends: ['dad', 'ming'], addresses: [addr('王丽', '13800138000')] },
    { id: 'dad', name: '爸爸', wallet: 50000, friends: ['mom'], addresses: [addr('李强', '13900139000')] },
    { id: 'ming', name: '小明', wallet: 50000, addresses: [addr('李明', '13700137000')] },
    { id: 'grandma', name: '奶奶', wallet: 50000, friends: ['mom'] },
    { id: 'uncle', name: '舅舅', wallet: 50000 },
    { id: 'aunt', name: '舅妈', wallet: 50000 },
    { id: 'lina', name: '李娜', wallet: 50000, addresses: [addr('李娜', '13600136000')] },
  ],
  groups: [{ id: 'family', name: '相亲相爱一家人', members: ['mom', 'dad', 'ming', 'grandma', 'uncle', 'aunt'] }],
  catalog: [
    { id: 'luckin', title: '瑞幸即享咖啡定制套装', category: 'drinks', delivery: 'address', specs: [{ id: '6cups', label: '6杯装', price: 1990, stock: 100 }] },
    { id: 'ecard', title: '新春电子贺卡', category: 'ecard', delivery: 'virtual', tier: 'basic', specs: [{ id: 'fu', label: '福', price: 100 }] },
    { id: 'heytea', title: '喜茶兑换券', category: 'voucher', delivery: 'voucher', specs: [{ id: 'one', label: '一杯', price: 1900 }] },
    { id: 'photo', title: '定制照片礼物', category: 'custom', delivery: 'address', tier: 'custom', creator: 'lina', merchant: 'lina-studio', specs: [{ id: 'frame', label: '相框', price: 8800, stock: 5 }] },
  ],
  settings,
});

type Doc = ReturnType<typeof playedJson>;
type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Play a scenario in-process (what `play --json` prints, before JSON.stringify). */
function play(steps: unknown[], opts: { settings?: Record<string, unknown>; start?: string; seed?: string } = {}): Json {
  const file = { name: 'additions', seed: opts.seed ?? 'second', ...(opts.start ? { start: opts.start } : {}), world: world(opts.settings), steps };
  const scenario = parseScenario(JSON.stringify(file), 'additions.json', parseWorld);
  const doc: Doc = playedJson(playScenario(scenario, scenario.world ?? bundledWorld()));
  return JSON.parse(JSON.stringify(doc));
}
const codes = (doc: Json) => doc.steps.map((s: Json) => (s.ok ? 'ok' : s.code));
const sum = (doc: Json) => (Object.values(doc.wallets) as number[]).reduce((a, b) => a + b, 0) + doc.escrow + doc.merchant + doc.platform;
const TOTAL = 7 * 50000;

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'bp-additions-'));
});
const write = (name: string, content: unknown) => {
  const f = join(dir, name);
  writeFileSync(f, typeof content === 'string' ? content : JSON.stringify(content));
  return f;
};

describe('the examples of the page, as written', () => {
  it('a lucky red packet of ¥20 in 5: the double-mean amounts, the rest refunded at 24 h', () => {
    const doc = play([
      { as: 'mom', send: { mode: 'redpacket', group: 'family', amount: 2000, count: 5, split: 'lucky' }, label: 'r1' },
      { as: 'dad', claim: 'r1' },
      { as: 'ming', claim: 'r1' },
      { as: 'dad', open: 'r1' },
      { advance: '24h' },
    ]);
    expect(codes(doc)).toEqual(['ok', 'ok', 'ok', 'ok', 'ok']);
    const r1 = doc.packets.r1;
    expect(r1).toMatchObject({ mode: 'redpacket', sender: 'mom', group: 'family', to: null, status: 'done', secret: false, replyTo: null, amount: 2000, split: 'lucky' });
    expect(r1.units.map((u: Json) => Object.keys(u))).toEqual(Array(5).fill(['amount', 'state', 'holder', 'at']));
    expect(r1.units.map((u: Json) => [u.state, u.holder])).toEqual([
      ['claimed', 'dad'],
      ['claimed', 'ming'],
      ['refunded', null],
      ['refunded', null],
      ['refunded', null],
    ]);
    expect(r1.units.slice(2).map((u: Json) => u.amount)).toEqual([null, null, null]);
    const [a, b] = r1.units.map((u: Json) => u.amount);
    expect(a).toBeGreaterThanOrEqual(1);
    expect(a).toBeLessThanOrEqual(Math.floor((2 * 2000) / 5) - 1);
    expect(b).toBeLessThanOrEqual(Math.floor((2 * (2000 - a)) / 4) - 1);
    expect(doc.wallets).toMatchObject({ mom: 50000 - a - b, dad: 50000 + a, ming: 50000 + b });
    expect(doc.steps[4].result).toEqual({ refunds: 3, refunded: 2000 - a - b });
    expect(doc).toMatchObject({ escrow: 0, merchant: 0, platform: 0, leaderboard: [], relations: [] });
    expect(sum(doc)).toBe(TOTAL);
  });

  it('an equal split gives amount / count each, the remainder to the last; amounts appear only when claimed', () => {
    const steps = [
      { as: 'mom', send: { mode: 'redpacket', group: 'family', amount: 1001, count: 5, split: 'equal' }, label: 'r1' },
      ...['dad', 'ming', 'grandma', 'uncle'].map((u) => ({ as: u, claim: 'r1' })),
    ];
    expect(play(steps).packets.r1.units.map((u: Json) => u.amount)).toEqual([200, 200, 200, 200, null]);
    expect(play([...steps, { as: 'aunt', claim: 'r1' }]).packets.r1.units.map((u: Json) => u.amount)).toEqual([200, 200, 200, 200, 201]);
  });

  it('a Taobao code gift: anyone but the sender claims one unit with the code; 85折, the platform pays the rest', () => {
    const doc = play([
      { as: 'mom', send: { mode: 'code', sku: 'luckin', spec: '6cups', count: 2, code: '4827' }, label: 'c1' },
      { as: 'dad', claim: 'c1', code: '4827', address: 0 },
      { as: 'lina', claim: 'c1', code: '1234', address: 0 },
      { as: 'lina', claim: 'c1', code: '4827', address: 0 },
      { as: 'ming', claim: 'c1', code: '4827', address: 0 },
    ]);
    expect(codes(doc)).toEqual(['ok', 'ok', 'BAD_CODE', 'ok', 'SOLD_OUT']);
    expect(doc.steps[0].result).toEqual({ packet: 'p0001', cost: 2 * (1990 - 298) });
    const c1 = doc.packets.c1;
    expect(c1).toMatchObject({ mode: 'code', group: null, to: null, status: 'done', code: '4827', secret: false, replyTo: null });
    expect(c1.units.map((u: Json) => [u.holder, u.order])).toEqual([
      ['dad', 'accepted'],
      ['lina', 'accepted'],
    ]);
    expect(doc.wallets.mom).toBe(50000 - 2 * 1692);
    expect(doc.merchant).toBe(2 * 1990);
    expect(doc.platform).toBe(-2 * 298); // may be negative
    expect(doc.leaderboard).toEqual([{ user: 'mom', value: 2 * 1990 }]); // the list price, not what she paid
    expect(sum(doc)).toBe(TOTAL);
  });

  it('a claim of a code gift: five wrong codes are BAD_CODE, then CODE_LOCKED even with the right one', () => {
    const wrong = Array.from({ length: 5 }, (_, i) => ({ as: 'dad', claim: 'c1', code: `000${i}`, address: 0 }));
    const doc = play([
      { as: 'mom', send: { mode: 'code', sku: 'luckin', spec: '6cups', count: 2, code: '4827' }, label: 'c1' },
      ...wrong,
      { as: 'dad', claim: 'c1', code: '4827', address: 0 },
      { as: 'dad', claim: 'c1', address: 0 },
      { as: 'ming', claim: 'c1', address: 0 }, // a missing code is a wrong code
      { as: 'ming', claim: 'c1', code: '4827', address: 0 },
    ]);
    expect(codes(doc)).toEqual(['ok', 'BAD_CODE', 'BAD_CODE', 'BAD_CODE', 'BAD_CODE', 'BAD_CODE', 'CODE_LOCKED', 'CODE_LOCKED', 'BAD_CODE', 'ok']);
  });

  it('"secret": true on any send; "replyTo" on a direct send answers the sender of p1', () => {
    const doc = play([
      { as: 'mom', send: { mode: 'direct', to: 'ming', sku: 'luckin', spec: '6cups', secret: true }, label: 'p1' },
      { as: 'ming', claim: 'p1', address: 0 },
      { as: 'ming', send: { mode: 'direct', to: 'mom', sku: 'ecard', replyTo: 'p1', message: '谢谢妈妈' }, label: 'p2' },
      { as: 'mom', claim: 'p2' },
      { as: 'dad', send: { mode: 'redpacket', group: 'family', amount: 500, count: 2, secret: true }, label: 'r1' },
    ]);
    expect(codes(doc)).toEqual(['ok', 'ok', 'ok', 'ok', 'ok']);
    expect(doc.packets.p1).toMatchObject({ secret: true, replyTo: null });
    expect(doc.packets.p2).toMatchObject({ mode: 'direct', sender: 'ming', to: 'mom', secret: false, replyTo: 'p1' });
    expect(doc.packets.p2.units[0]).toMatchObject({ state: 'claimed', order: 'delivered' });
    expect(doc.packets.r1).toMatchObject({ secret: true });
  });

  it('an after-sales refund of p1: merchant and commission back, the sender gets the price', () => {
    const doc = play(
      [
        { as: 'mom', send: { mode: 'direct', to: 'ming', sku: 'luckin', spec: '6cups' }, label: 'p1' },
        { as: 'ming', claim: 'p1', address: 0 },
        { advance: '3h' },
        { as: 'ming', aftersale: 'p1' },
        { as: 'ming', aftersale: 'p1' },
      ],
      { settings: { commission: 20 } },
    );
    expect(codes(doc)).toEqual(['ok', 'ok', 'ok', 'ok', 'ALREADY_REFUNDED']);
    expect(doc.steps[2]).toEqual({ i: 2, ok: true }); // shipping is not a refund, a draw or a release
    expect(doc.packets.p1.units[0]).toMatchObject({ state: 'claimed', holder: 'ming', at: '2025-01-28T20:00:00+08:00', order: 'refunded' });
    expect(doc).toMatchObject({ merchant: 0, platform: 0, wallets: { mom: 50000 }, leaderboard: [], relations: [] });
  });

  it('users: {"mom": {"streak": 3, "badges": ["streak-3"], "sentToday": 1}}', () => {
    const send = { as: 'mom', send: { mode: 'direct', to: 'dad', sku: 'ecard' } };
    const doc = play([send, { advance: '1d' }, send, { advance: '1d' }, send]);
    expect(doc.users).toEqual({ mom: { streak: 3, badges: ['streak-3'], sentToday: 1 } });
  });

  it('leaderboard: [{"user": "dad", "value": 5970}]', () => {
    const doc = play([
      { as: 'dad', send: { mode: 'grab', group: 'family', sku: 'luckin', spec: '6cups', count: 3 }, label: 'g1' },
      { as: 'mom', claim: 'g1', address: 0 },
      { as: 'ming', claim: 'g1', address: 0 },
      { as: 'lina', claim: 'g1', address: 0 }, // not a member
      { as: 'grandma', claim: 'g1', address: { name: '张秀英', phone: '13300000003', region: '浙江省 杭州市', detail: '西湖区文三路9号' } },
      { as: 'mom', send: { mode: 'redpacket', group: 'family', amount: 5000, count: 1 }, label: 'r1' },
      { as: 'dad', claim: 'r1' },
    ]);
    expect(codes(doc)).toEqual(['ok', 'ok', 'ok', 'NOT_MEMBER', 'ok', 'ok', 'ok']);
    expect(doc.leaderboard).toEqual([{ user: 'dad', value: 5970 }]);
  });

  it('relations: [{"a": "dad", "b": "mom", "ab": 2, "ba": 1, "tier": "medium"}]', () => {
    const gift = (as: string, to: string, label: string) => [
      { as, send: { mode: 'direct', to, sku: 'ecard' }, label },
      { as: to, claim: label },
    ];
    const doc = play([...gift('dad', 'mom', 'p1'), ...gift('dad', 'mom', 'p2'), ...gift('mom', 'dad', 'p3')]);
    expect(doc.relations).toEqual([{ a: 'dad', b: 'mom', ab: 2, ba: 1, tier: 'medium' }]);
  });
});

describe('settled details of the --json shape', () => {
  it('a first-edition file gains the new fields with their empty values, and nothing else changes', () => {
    const doc = play([{ as: 'mom', send: { mode: 'grab', group: 'family', sku: 'heytea', spec: 'one', count: 1 }, label: 'g1' }]);
    expect(Object.keys(doc)).toEqual(['name', 'seed', 'end', 'steps', 'packets', 'wallets', 'escrow', 'merchant', 'platform', 'users', 'leaderboard', 'relations']);
    expect(doc).toMatchObject({ platform: 0, leaderboard: [], relations: [] });
    expect(doc.users).toEqual({ mom: { streak: 1, badges: [], sentToday: 1 } });
    expect(doc.packets.g1).toMatchObject({ secret: false, replyTo: null });
    expect(play([]).users).toEqual({});
  });

  it('order on physical and virtual units only: null until accepted and when expired unaccepted; virtual delivered at once', () => {
    const doc = play([
      { as: 'mom', send: { mode: 'luckybag', group: 'family', items: [{ sku: 'luckin', spec: '6cups', count: 1 }, { sku: 'ecard', count: 1 }, { sku: 'heytea', count: 1 }] }, label: 'b1' },
      { as: 'mom', send: { mode: 'direct', to: 'dad', sku: 'luckin' }, label: 'p1' },
      { as: 'mom', send: { mode: 'direct', to: 'ming', sku: 'ecard' }, label: 'p2' },
      { as: 'dad', claim: 'b1', address: 0 },
      { advance: '24h' },
    ]);
    const units = doc.packets.b1.units as Json[];
    for (const u of units) {
      const kind = u.sku === 'heytea' ? 'voucher' : 'other';
      expect('order' in u, `${u.sku}`).toBe(kind !== 'voucher');
    }
    const taken = units.find((u) => u.state === 'claimed')!;
    expect(taken.order).toBe(taken.sku === 'luckin' ? 'shipped' : taken.sku === 'ecard' ? 'delivered' : undefined);
    for (const u of units.filter((x) => x.state === 'refunded' && x.sku !== 'heytea')) expect(u.order).toBeNull();
    expect(doc.packets.p1.units[0]).toMatchObject({ state: 'refunded', holder: 'dad', order: null });
    expect(doc.packets.p2.units[0]).toMatchObject({ state: 'refunded', order: null });
  });

  it('orders ship and are delivered at their instants, before a step at that instant; deliverAfter ≤ shipAfter goes straight to delivered', () => {
    const steps = (advance: string) => [
      { as: 'mom', send: { mode: 'direct', to: 'ming', sku: 'luckin' }, label: 'p1' },
      { as: 'ming', claim: 'p1', address: 0 },
      { advance },
    ];
    expect(play(steps('119m')).packets.p1.units[0].order).toBe('accepted');
    expect(play(steps('2h')).packets.p1.units[0].order).toBe('shipped');
    expect(play(steps('47h')).packets.p1.units[0].order).toBe('shipped');
    expect(play(steps('48h')).packets.p1.units[0].order).toBe('delivered');
    const straight = { settings: { shipAfter: '3h', deliverAfter: '3h' } };
    expect(play(steps('179m'), straight).packets.p1.units[0].order).toBe('accepted');
    expect(play(steps('3h'), straight).packets.p1.units[0].order).toBe('delivered');
  });

  it('after-sales closes at delivery + 7 days exactly; checks in the contract order', () => {
    const base = [
      { as: 'mom', send: { mode: 'direct', to: 'ming', sku: 'luckin' }, label: 'p1' },
      { as: 'ming', claim: 'p1', address: 0 },
    ];
    expect(codes(play([...base, { advance: '8d' }, { advance: '23h' }, { advance: '59m' }, { advance: '59s' }, { as: 'ming', aftersale: 'p1' }])).at(-1)).toBe('ok');
    expect(codes(play([...base, { advance: '9d' }, { as: 'ming', aftersale: 'p1' }])).at(-1)).toBe('AFTERSALE_CLOSED');
    const doc = play([
      ...base,
      { as: 'mom', send: { mode: 'redpacket', group: 'family', amount: 300, count: 2 }, label: 'r1' },
      { as: 'mom', aftersale: 'r1' }, // WRONG_MODE before NOT_RECIPIENT
      { as: 'mom', aftersale: 'p1' }, // the sender holds no unit
      { as: 'mom', send: { mode: 'direct', to: 'dad', sku: 'luckin' }, label: 'p2' },
      { as: 'dad', aftersale: 'p2' },
      { as: 'mom', send: { mode: 'direct', to: 'dad', sku: 'ecard' }, label: 'p3' },
      { as: 'dad', claim: 'p3' },
      { as: 'dad', aftersale: 'p3' }, // virtual
      { as: 'ming', aftersale: 'p1' },
      { advance: '30d' },
      { as: 'ming', aftersale: 'p1' }, // ALREADY_REFUNDED before AFTERSALE_CLOSED
    ]);
    expect(codes(doc).slice(2)).toEqual(['ok', 'WRONG_MODE', 'NOT_RECIPIENT', 'ok', 'NOT_ACCEPTED', 'ok', 'ok', 'AFTERSALE_CLOSED', 'ok', 'ok', 'ALREADY_REFUNDED']);
  });

  it("a creator's share goes to their wallet, is taken back by after-sales, and the wallet may go negative", () => {
    const doc = play(
      [
        { as: 'mom', send: { mode: 'direct', to: 'ming', sku: 'photo' }, label: 'p1' },
        { as: 'ming', claim: 'p1', address: 0 },
        { as: 'lina', send: { mode: 'code', sku: 'luckin', count: 6, code: '0001' }, label: 'c1' },
        { as: 'ming', aftersale: 'p1' },
      ],
      { settings: { commission: 20, codeDiscount: 0 } },
    );
    expect(codes(doc)).toEqual(['ok', 'ok', 'ok', 'ok']);
    // lina had ¥500 + ¥70.40 (80% of ¥88), spent 6 × ¥19.90, then gave ¥70.40 back
    expect(doc.wallets.lina).toBe(50000 + 7040 - 6 * 1990 - 7040);
    expect(doc.merchant).toBe(0);
    expect(sum(doc)).toBe(TOTAL);
    const neg = play(
      [
        { as: 'mom', send: { mode: 'direct', to: 'ming', sku: 'photo' }, label: 'p1' },
        { as: 'ming', claim: 'p1', address: 0 },
        { as: 'lina', send: { mode: 'code', sku: 'photo', count: 4, code: '0001' }, label: 'c1' },
        { as: 'lina', send: { mode: 'code', sku: 'luckin', count: 6, code: '0001' }, label: 'c2' },
        { as: 'lina', send: { mode: 'code', sku: 'luckin', count: 2, code: '0001' }, label: 'c3' },
        { as: 'ming', aftersale: 'p1' },
      ],
      { settings: { commission: 20, codeDiscount: 0 } },
    );
    expect(codes(neg)).toEqual(['ok', 'ok', 'ok', 'ok', 'ok', 'ok']);
    expect(neg.wallets.lina).toBe(50000 + 7040 - 4 * 8800 - 8 * 1990 - 7040);
    expect(neg.wallets.lina).toBeLessThan(0);
    expect(sum(neg)).toBe(TOTAL);
  });

  it('red packet sends: BAD_COUNT (1..100, not above the other members) before BAD_AMOUNT (integer, count..20000)', () => {
    const red = (amount: unknown, count: unknown) => ({ as: 'mom', send: { mode: 'redpacket', group: 'family', amount, count } });
    expect(codes(play([red(20000, 5), red(20001, 5), red(4, 5), red(5, 6), red(0, 0), red(100.5, 5), red(5, 5)]))).toEqual([
      'ok',
      'BAD_AMOUNT',
      'BAD_AMOUNT',
      'BAD_COUNT',
      'BAD_COUNT',
      'BAD_AMOUNT',
      'ok',
    ]);
  });

  it('code gift sends: count 1..100 and at most the other users; a code of exactly four ASCII digits', () => {
    const code = (count: number, c: string) => ({ as: 'mom', send: { mode: 'code', sku: 'ecard', count, code: c } });
    expect(codes(play([code(6, '0000'), code(7, '0000'), code(0, '0000'), code(1, '123'), code(1, '12345'), code(1, '１２３４'), code(1, 'abcd')]))).toEqual([
      'ok',
      'BAD_COUNT',
      'BAD_COUNT',
      'BAD_CODE',
      'BAD_CODE',
      'BAD_CODE',
      'BAD_CODE',
    ]);
  });

  it('code gift claims: OWN_PACKET, CODE_LOCKED, BAD_CODE, ALREADY_CLAIMED, EXPIRED, SOLD_OUT, INVALID_ADDRESS', () => {
    const doc = play([
      { as: 'mom', send: { mode: 'code', sku: 'luckin', count: 1, code: '4827' }, label: 'c1' },
      { as: 'mom', claim: 'c1', code: '0000' }, // OWN_PACKET first
      { as: 'lina', claim: 'c1', code: '4827' }, // INVALID_ADDRESS last
      { as: 'lina', claim: 'c1', code: '4827', address: 0 },
      { as: 'lina', claim: 'c1', code: '0000', address: 0 }, // BAD_CODE before ALREADY_CLAIMED
      { as: 'lina', claim: 'c1', code: '4827', address: 0 },
      { as: 'dad', claim: 'c1', code: '4827' }, // SOLD_OUT before INVALID_ADDRESS
      { advance: '24h' },
      { as: 'dad', claim: 'c1', code: '4827', address: 0 }, // EXPIRED before SOLD_OUT
      { as: 'dad', claim: 'c1', code: '1111', address: 0 }, // BAD_CODE before EXPIRED
    ]);
    expect(codes(doc)).toEqual(['ok', 'OWN_PACKET', 'INVALID_ADDRESS', 'ok', 'BAD_CODE', 'ALREADY_CLAIMED', 'SOLD_OUT', 'ok', 'EXPIRED', 'BAD_CODE']);
  });

  it('sends: DAILY_LIMIT right after UNKNOWN_USER, every mode counts, the day is Beijing\'s', () => {
    const doc = play(
      [
        { as: 'ghost', send: { mode: 'direct', to: 'dad', sku: 'ecard' } },
        { as: 'mom', send: { mode: 'redpacket', group: 'family', amount: 100, count: 1 } },
        { as: 'mom', send: { mode: 'code', sku: 'ecard', count: 1, code: '1111' } },
        { as: 'mom', send: { mode: 'grab', group: 'nogroup', sku: 'ecard', count: 1 } },
        { advance: '3h' },
        { advance: '59m' },
        { as: 'mom', send: { mode: 'direct', to: 'dad', sku: 'ecard' } },
        { advance: '1m' },
        { as: 'mom', send: { mode: 'direct', to: 'dad', sku: 'ecard' } },
      ],
      { settings: { dailySendLimit: 2 } },
    );
    expect(codes(doc)).toEqual(['UNKNOWN_USER', 'ok', 'ok', 'DAILY_LIMIT', 'ok', 'ok', 'DAILY_LIMIT', 'ok', 'ok']);
    expect(doc.users.mom).toEqual({ streak: 2, badges: [], sentToday: 1 });
  });

  it('replyTo: WRONG_MODE off a direct send; UNKNOWN_PACKET, NOT_RECIPIENT, BAD_REPLY first; then every direct rule', () => {
    const doc = play(
      [
        { as: 'mom', send: { mode: 'direct', to: 'dad', sku: 'ecard' }, label: 'p1' },
        { as: 'dad', claim: 'p1' },
        { as: 'dad', send: { mode: 'grab', group: 'family', sku: 'ecard', count: 1, replyTo: 'p1' } },
        { as: 'dad', send: { mode: 'direct', to: 'lina', sku: 'ecard', replyTo: 'nope' } },
        { as: 'ming', send: { mode: 'direct', to: 'mom', sku: 'ecard', replyTo: 'p1' } },
        { as: 'dad', send: { mode: 'direct', to: 'ming', sku: 'ecard', replyTo: 'p1' } },
        { as: 'dad', send: { mode: 'direct', to: 'mom', sku: 'ecard', replyTo: 'p1' } },
        { as: 'grandma', send: { mode: 'direct', to: 'mom', sku: 'ecard' } }, // grandma lists mom, mom does not list grandma
      ],
      { settings: { mutualFriendsOnly: true } },
    );
    expect(codes(doc)).toEqual(['ok', 'ok', 'WRONG_MODE', 'UNKNOWN_PACKET', 'NOT_RECIPIENT', 'BAD_REPLY', 'ok', 'NOT_MUTUAL_FRIEND']);
    const friends = play([{ as: 'ming', send: { mode: 'direct', to: 'uncle', sku: 'ecard' } }], { settings: { mutualFriendsOnly: true } });
    expect(codes(friends)).toEqual(['NOT_FRIEND']);
  });

  it('sort orders: users keys, the leaderboard by value then id, relations by a then b (code units)', () => {
    const doc = play([
      { as: 'mom', send: { mode: 'grab', group: 'family', sku: 'ecard', count: 2 }, label: 'g1' },
      { as: 'dad', send: { mode: 'grab', group: 'family', sku: 'ecard', count: 2 }, label: 'g2' },
      { as: 'ming', send: { mode: 'grab', group: 'family', sku: 'luckin', count: 1 }, label: 'g3' },
      { as: 'uncle', claim: 'g1' },
      { as: 'aunt', claim: 'g1' },
      { as: 'uncle', claim: 'g2' },
      { as: 'grandma', claim: 'g2' },
      { as: 'dad', claim: 'g3', address: 0 },
      { as: 'aunt', send: { mode: 'redpacket', group: 'family', amount: 100, count: 1 } },
    ]);
    expect(Object.keys(doc.users)).toEqual(['aunt', 'dad', 'ming', 'mom']);
    expect(doc.leaderboard).toEqual([
      { user: 'ming', value: 1990 },
      { user: 'dad', value: 200 },
      { user: 'mom', value: 200 },
    ]);
    expect(doc.relations.map((r: Json) => `${r.a}|${r.b}`)).toEqual(['aunt|mom', 'dad|grandma', 'dad|ming', 'dad|uncle', 'mom|uncle']);
    expect(doc.relations[0]).toEqual({ a: 'aunt', b: 'mom', ab: 0, ba: 1, tier: 'weak' });
  });

  it('the lucky amounts re-derive from the packet seed (README)', () => {
    const doc = play([
      { as: 'mom', send: { mode: 'redpacket', group: 'family', amount: 2000, count: 3 }, label: 'r1' },
      { as: 'dad', claim: 'r1' },
      { as: 'ming', claim: 'r1' },
      { as: 'uncle', claim: 'r1' },
    ]);
    const { createHash } = require('node:crypto') as typeof import('node:crypto');
    const seed = createHash('sha256').update('bluepacket/packet/second/p0001').digest('hex');
    const a = luckyAmount(seed, 0, 2000, 3);
    const b = luckyAmount(seed, 1, 2000 - a, 2);
    expect(doc.packets.r1.units.map((u: Json) => u.amount)).toEqual([a, b, 2000 - a - b]);
  });
});

describe('bin/bluepacket play with the additions', () => {
  const story = {
    name: 'additions',
    seed: 'byte',
    world: world({ commission: 20, dailySendLimit: 5, mutualFriendsOnly: false, shipAfter: '2h', deliverAfter: '48h' }),
    steps: [
      { as: 'mom', send: { mode: 'redpacket', group: 'family', amount: 888, count: 3 }, label: 'r1' },
      { as: 'dad', claim: 'r1' },
      { as: 'ming', claim: 'r1' },
      { as: 'mom', send: { mode: 'code', sku: 'luckin', count: 1, code: '2025' }, label: 'c1' },
      { as: 'lina', claim: 'c1', code: '2024', address: 0 },
      { as: 'lina', claim: 'c1', code: '2025', address: 0 },
      { as: 'mom', send: { mode: 'direct', to: 'ming', sku: 'photo', secret: true }, label: 'p1' },
      { as: 'ming', claim: 'p1', address: 0 },
      { settings: { commission: 0 } },
      { advance: '3h' },
      { as: 'ming', aftersale: 'p1' },
      { advance: '2d' },
    ],
  };

  it('prints one JSON document, byte-identical on a second run, money conserved with the platform', () => {
    const f = write('story.json', story);
    const a = run('play', f, '--json');
    const b = run('play', f, '--json');
    expect(a.status, a.stderr).toBe(0);
    expect(a.stdout).toBe(b.stdout);
    const doc = JSON.parse(a.stdout);
    expect(sum(doc)).toBe(TOTAL);
    expect(codes(doc)).toEqual(['ok', 'ok', 'ok', 'ok', 'BAD_CODE', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok']);
  });

  it('prints a readable account in both languages: 红包 amounts, the code, 保密, orders, after-sales, the platform', () => {
    const f = write('story-text.json', story);
    const zh = run('play', f);
    expect(zh.status).toBe(0);
    for (const s of ['红包', '手气最佳', '口令 2025', '输错', '保密', '申请售后', '已发货', '平台', '守恒 ✓', '送礼排行榜', '关系强度', '创作者 李娜']) expect(zh.stdout).toContain(s);
    const en = run('play', f, '--lang', 'en');
    for (const s of ['Red packet', 'best luck', 'code 2025', 'wrong code', 'secret', 'after-sales', 'shipped', 'platform', 'conserved ✓', 'Leaderboard', 'Relations'])
      expect(en.stdout).toContain(s);
  });

  it('exits 2 naming the setting, the product or the field', () => {
    const bad = (name: string, patch: (s: Json) => void) => {
      const s: Json = JSON.parse(JSON.stringify(story));
      patch(s);
      return run('play', write(name, s), '--json');
    };
    const cases: Array<[string, (s: Json) => void, string]> = [
      ['commission', (s) => (s.world.settings.commission = 31), 'world.settings.commission'],
      ['commission-type', (s) => (s.world.settings.commission = '20'), 'world.settings.commission'],
      ['discount', (s) => (s.world.settings.codeDiscount = 60), 'world.settings.codeDiscount'],
      ['limit', (s) => (s.world.settings.dailySendLimit = -1), 'world.settings.dailySendLimit'],
      ['mutual', (s) => (s.world.settings.mutualFriendsOnly = 'yes'), 'world.settings.mutualFriendsOnly'],
      ['ship', (s) => (s.world.settings.shipAfter = 'soon'), 'world.settings.shipAfter'],
      ['creator', (s) => (s.world.catalog[3].creator = 'nobody'), 'product "photo"'],
      ['tier', (s) => (s.world.catalog[1].tier = 'gold'), 'world.catalog[1].tier'],
      ['split', (s) => (s.steps[0].send.split = 'random'), 'step 0, field "send.split"'],
      ['secret', (s) => (s.steps[6].send.secret = 'yes'), 'step 6, field "send.secret"'],
      ['code-number', (s) => (s.steps[3].send.code = 2025), 'step 3, field "send.code"'],
      ['claim-code', (s) => (s.steps[4].code = 2024), 'step 4, field "code"'],
      ['aftersale', (s) => (s.steps[10].aftersale = 1), 'step 10, field "aftersale"'],
      ['settings-verb', (s) => (s.steps[8].settings = { commission: 40 }), 'step 8, field "settings.commission"'],
      ['settings-unknown', (s) => (s.steps[8].settings = { vip: true }), 'step 8, field "settings.vip"'],
    ];
    for (const [name, patch, where] of cases) {
      const r = bad(`${name}.json`, patch);
      expect(r.status, name).toBe(2);
      expect(r.stdout, name).toBe('');
      expect(r.stderr, name).toContain(`${name}.json`);
      expect(r.stderr, name).toContain(where);
    }
  });
});
