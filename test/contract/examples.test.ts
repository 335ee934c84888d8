// Every example of SCENARIOS.md written as a file, played by the runner and by the naive
// interpreter (bench/naive, written from the page alone): the two documents must agree, and the
// sentence each example illustrates is checked on the runner's document.
import { describe, expect, it } from 'vitest';
import { BUNDLED_WORLD_JSON, outcomeDifference, playBoth } from './harness';
import { presenceProblems, worldFacts } from './presence';

type Doc = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Play both ways; they must agree and the document must keep the page's shape. */
function agree(scenario: { world?: unknown; steps: unknown[] } & Record<string, unknown>): Doc {
  const { real, naive } = playBoth({ name: 'example', seed: 'any string', ...scenario });
  expect(outcomeDifference(real, naive)).toBeNull();
  if (real.exit !== 0) throw new Error(`exit 2: ${real.message}`);
  const { deliveryOf, startTotal } = worldFacts(scenario.world, BUNDLED_WORLD_JSON);
  expect(presenceProblems(real.doc as Doc, deliveryOf, startTotal)).toEqual([]);
  return real.doc as Doc;
}
const codes = (doc: Doc) => doc.steps.map((s: Doc) => (s.ok ? 'ok' : s.code));

const ADDRESS = { name: '王丽', phone: '13800138000', region: '上海市 浦东新区', detail: '世纪大道100号' };
/** The page's inline world, verbatim. */
const PAGE_WORLD = {
  users: [{ id: 'mom', name: '妈妈', wallet: 50000, friends: ['dad', 'ming'], addresses: [ADDRESS] }],
  groups: [{ id: 'family', name: '相亲相爱一家人', members: ['mom', 'dad', 'ming'] }],
  catalog: [{ id: 'luckin', title: '瑞幸即享咖啡定制套装', category: 'drinks', delivery: 'address', specs: [{ id: '6cups', label: '6杯装', price: 1990, stock: 100 }] }],
};
/** The page's world with the users it names completed, the products its steps name, and a fourth member. */
const world = (settings?: Record<string, unknown>) => ({
  users: [
    PAGE_WORLD.users[0],
    { id: 'dad', name: '爸爸', wallet: 50000, friends: ['mom'], addresses: [{ ...ADDRESS, name: '李强' }] },
    { id: 'ming', name: '小明', wallet: 50000, friends: ['mom', 'hong'], addresses: [{ ...ADDRESS, name: '李明' }] },
    { id: 'hong', name: '小红', wallet: 50000, addresses: [{ ...ADDRESS, name: '李红' }] },
  ],
  groups: [{ id: 'family', name: '相亲相爱一家人', members: ['mom', 'dad', 'ming', 'hong'] }],
  catalog: [
    { id: 'luckin', title: '瑞幸即享咖啡定制套装', category: 'drinks', delivery: 'address', specs: [{ id: '6cups', label: '6杯装', price: 1990, stock: 100 }, { id: '9cups', label: '9杯装', price: 1990 }] },
    { id: 'nuts', title: '三只松鼠 每日坚果礼盒', category: 'snacks', delivery: 'address', specs: [{ id: 'box', label: '盒', price: 9900 }] },
    { id: 'cake', title: '蛋糕券', category: 'voucher', delivery: 'voucher', specs: [{ id: '6in', label: '6寸', price: 16800 }] },
  ],
  ...(settings ? { settings } : {}),
});

// The first edition's verb table, each example as written, in the table's order.
const TABLE = [
  { as: 'mom', send: { mode: 'direct', to: 'ming', sku: 'luckin', spec: '6cups', message: '新年快乐' }, label: 'p1' },
  { as: 'mom', send: { mode: 'grab', group: 'family', sku: 'luckin', spec: '6cups', count: 3 }, label: 'g1' },
  { as: 'mom', send: { mode: 'lottery', group: 'family', sku: 'luckin', spec: '6cups', count: 2, drawAt: '+1h', eligible: 'all' }, label: 'l1' },
  { as: 'mom', send: { mode: 'luckybag', group: 'family', items: [{ sku: 'luckin', spec: '6cups', count: 1 }, { sku: 'nuts', spec: 'box', count: 2 }] }, label: 'b1' },
  { as: 'dad', open: 'g1' },
  { as: 'dad', join: 'l1' },
  { as: 'dad', claim: 'g1', address: 0 },
  { as: 'ming', spec: 'p1', to: '9cups' },
  { as: 'dad', redeem: 'g1' },
  { advance: '1h' },
];

describe('SCENARIOS.md, first edition, as written', () => {
  it('the file example (the bundled world, no steps) plays to its start', () => {
    const doc = agree({ name: 'lottery-basic', seed: 'any string', start: '2025-01-28T20:00:00+08:00', world: 'default', steps: [] });
    expect(doc.end).toBe('2025-01-28T20:00:00+08:00');
    expect(doc.packets).toEqual({});
  });

  it('the inline world example verbatim names users it does not define: both read it as an invalid file (the field named)', () => {
    // READING (an ambiguity of the page): the example is an excerpt; a friend or member who is not a
    // user makes the world invalid. The runner and the naive interpreter both stop with exit 2.
    const { real, naive } = playBoth({ seed: 's', world: PAGE_WORLD, steps: [] });
    expect(real.exit).toBe(2);
    expect(naive.exit).toBe(2);
    if (real.exit === 2) expect(real.message).toMatch(/world\.users\[0\]\.friends\[0\]/);
  });

  it('every verb of the table, as written, on the page\'s world completed', () => {
    const doc = agree({ world: world(), steps: TABLE });
    expect(codes(doc)).toEqual(['ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'NO_VOUCHER', 'ok']);
    expect(Object.keys(doc.packets)).toEqual(['p1', 'g1', 'l1', 'b1']);
    expect(doc.packets.p1.units[0].spec).toBe('9cups');
    expect(doc.packets.l1.status).toBe('drawn');
    expect(doc.packets.l1.winners).toEqual(['dad']);
  });

  it('every verb of the table, as written, on the bundled world', () => {
    agree({ world: 'default', steps: TABLE });
  });

  it('deadlines are exclusive: a claim at exactly send + 24 h is EXPIRED, a join at the draw time DRAW_CLOSED', () => {
    const doc = agree({
      world: world(),
      steps: [
        TABLE[1],
        { as: 'mom', send: { mode: 'lottery', group: 'family', sku: 'luckin', spec: '6cups', count: 1, drawAt: '+24h' }, label: 'l1' },
        { advance: '23h' },
        { advance: '59m' },
        { advance: '59s' },
        { as: 'ming', claim: 'g1', address: 0 },
        { advance: '1s' },
        { as: 'hong', claim: 'g1', address: 0 },
        { as: 'dad', join: 'l1' },
      ],
    });
    expect(codes(doc).slice(5)).toEqual(['ok', 'ok', 'EXPIRED', 'DRAW_CLOSED']);
  });

  it('drawAt must be after the send and at most 24 h after it (BAD_DRAW_TIME); an ISO drawAt works', () => {
    const lottery = (drawAt: string) => ({ as: 'mom', send: { mode: 'lottery', group: 'family', sku: 'luckin', spec: '6cups', count: 1, drawAt } });
    const doc = agree({ world: world(), steps: [lottery('+0m'), lottery('+1441m'), lottery('+24h'), lottery('2025-01-28T12:30:00Z'), lottery('2025-01-28T20:00:00+08:00')] });
    expect(codes(doc)).toEqual(['BAD_DRAW_TIME', 'BAD_DRAW_TIME', 'ok', 'ok', 'BAD_DRAW_TIME']);
  });

  it('the --json example: a lottery drawn, one winner accepting, one refused step saying 手慢了', () => {
    const doc = agree({
      name: 'lottery-basic',
      world: world(),
      steps: [
        { as: 'mom', send: { mode: 'lottery', group: 'family', sku: 'luckin', spec: '6cups', count: 1, drawAt: '+1h', eligible: 'all' }, label: 'l1' },
        { as: 'dad', join: 'l1' },
        { as: 'ming', join: 'l1' },
        { as: 'mom', send: { mode: 'grab', group: 'family', sku: 'luckin', spec: '6cups', count: 1 }, label: 'g1' },
        { as: 'dad', claim: 'g1', address: 0 },
        { as: 'ming', claim: 'g1', address: 0 },
        { advance: '1h' },
        { as: 'dad', claim: 'l1', address: 0 },
        { as: 'ming', claim: 'l1', address: 0 },
        { advance: '24h' },
      ],
    });
    expect(doc.steps[5]).toEqual({ i: 5, ok: false, code: 'SOLD_OUT', message: '手慢了，礼物已被领完' });
    expect(doc.end).toBe('2025-01-29T21:00:00+08:00');
    expect(doc.packets.l1.entrants).toEqual(['dad', 'ming']);
    expect(doc.packets.l1.status).toBe('done');
    expect(doc.packets.l1.drawSeed).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('SCENARIOS.md, second edition, as written', () => {
  const SETTINGS = { commission: 20, codeDiscount: 15, dailySendLimit: 8, mutualFriendsOnly: true, shipAfter: '2h', deliverAfter: '48h' };

  it('the new send modes and fields, each as written', () => {
    const doc = agree({
      world: world(SETTINGS),
      steps: [
        { as: 'mom', send: { mode: 'redpacket', group: 'family', amount: 2000, count: 3, split: 'lucky' }, label: 'r1' },
        { as: 'mom', send: { mode: 'redpacket', group: 'family', amount: 2000, count: 5, split: 'lucky' }, label: 'r5' },
        { as: 'mom', send: { mode: 'code', sku: 'luckin', spec: '6cups', count: 2, code: '4827' }, label: 'c1' },
        { as: 'mom', send: { mode: 'direct', to: 'ming', sku: 'luckin', spec: '6cups', secret: true }, label: 'p1' },
        { as: 'ming', claim: 'p1', address: 0 },
        { as: 'ming', send: { mode: 'direct', to: 'mom', sku: 'luckin', spec: '6cups', replyTo: 'p1' }, label: 'p2' },
        { as: 'dad', claim: 'c1', code: '4827', address: 0 },
        { as: 'ming', aftersale: 'p1' },
        { as: 'dad', claim: 'r1' },
        { as: 'ming', claim: 'r1' },
        { as: 'hong', claim: 'r1' },
        { advance: '24h' },
      ],
    });
    expect(codes(doc)).toEqual(['ok', 'BAD_COUNT', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok']);
    expect(doc.packets.p2.replyTo).toBe('p1');
    expect(doc.packets.p1.secret).toBe(true);
    expect(doc.packets.p1.units[0].order).toBe('refunded');
    expect(doc.packets.r1.units.reduce((n: number, u: Doc) => n + u.amount, 0)).toBe(2000);
  });

  it('a wrong code is BAD_CODE; after 5 wrong codes CODE_LOCKED, even with the right code', () => {
    const wrong = { as: 'dad', claim: 'c1', code: '0000', address: 0 };
    const doc = agree({ world: world(), steps: [{ as: 'mom', send: { mode: 'code', sku: 'luckin', spec: '6cups', count: 2, code: '4827' }, label: 'c1' }, wrong, { as: 'dad', claim: 'c1', address: 0 }, wrong, wrong, wrong, { as: 'dad', claim: 'c1', code: '4827', address: 0 }, { as: 'ming', claim: 'c1', code: '4827', address: 0 }] });
    expect(codes(doc)).toEqual(['ok', 'BAD_CODE', 'BAD_CODE', 'BAD_CODE', 'BAD_CODE', 'BAD_CODE', 'CODE_LOCKED', 'ok']);
  });

  it('after-sales: NOT_ACCEPTED before accepting, then once, and AFTERSALE_CLOSED at delivery + 7 days exactly', () => {
    const doc = agree({
      world: world(SETTINGS),
      steps: [
        { as: 'mom', send: { mode: 'direct', to: 'ming', sku: 'luckin', spec: '6cups' }, label: 'p1' },
        { as: 'mom', send: { mode: 'direct', to: 'dad', sku: 'luckin', spec: '6cups' }, label: 'p2' },
        { as: 'ming', aftersale: 'p1' },
        { as: 'ming', claim: 'p1', address: 0 },
        { as: 'dad', claim: 'p2', address: 0 },
        { as: 'ming', aftersale: 'p1' },
        { as: 'ming', aftersale: 'p1' },
        { advance: '9d' },
        { as: 'dad', aftersale: 'p2' },
        { as: 'mom', aftersale: 'p2' },
      ],
    });
    expect(codes(doc)).toEqual(['ok', 'ok', 'NOT_ACCEPTED', 'ok', 'ok', 'ok', 'ALREADY_REFUNDED', 'ok', 'AFTERSALE_CLOSED', 'NOT_RECIPIENT']);
  });

  it('orders ship and are delivered at their instants; straight to delivered when deliverAfter ≤ shipAfter', () => {
    const steps = [{ as: 'mom', send: { mode: 'direct', to: 'ming', sku: 'luckin', spec: '6cups' }, label: 'p1' }, { as: 'ming', claim: 'p1', address: 0 }, { advance: '2h' }];
    expect(agree({ world: world(SETTINGS), steps }).packets.p1.units[0].order).toBe('shipped');
    expect(agree({ world: world({ shipAfter: '3h', deliverAfter: '2h' }), steps }).packets.p1.units[0].order).toBe('delivered');
    expect(agree({ world: world({ shipAfter: '3h', deliverAfter: '3h' }), steps }).packets.p1.units[0].order).toBe('accepted');
  });

  it('mutual friends only: NOT_FRIEND when neither lists the other, NOT_MUTUAL_FRIEND when one does; DAILY_LIMIT right after UNKNOWN_USER', () => {
    const direct = (as: string, to: string) => ({ as, send: { mode: 'direct', to, sku: 'luckin', spec: '6cups' } });
    const doc = agree({ world: world({ mutualFriendsOnly: true, dailySendLimit: 2 }), steps: [direct('hong', 'dad'), direct('ming', 'hong'), direct('hong', 'ming'), direct('dad', 'mom'), direct('mom', 'dad'), direct('mom', 'ming'), direct('mom', 'nobody'), { advance: '4h' }, direct('mom', 'ming')] });
    expect(codes(doc)).toEqual(['NOT_FRIEND', 'NOT_MUTUAL_FRIEND', 'NOT_MUTUAL_FRIEND', 'ok', 'ok', 'ok', 'DAILY_LIMIT', 'ok', 'ok']);
  });

  it('the presence of fields on a file with nothing of the second edition in it', () => {
    const doc = agree({ world: world(), steps: [] });
    expect([doc.platform, doc.users, doc.leaderboard, doc.relations]).toEqual([0, {}, [], []]);
  });
});
