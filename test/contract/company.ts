// Random scenarios of a company's 年会福利 (`bulk`) and the 朋友圈 (`share`, `showPrice`): the
// family world with a company `acme` employing dad, ming and zed (group `staff`), a second company
// in no group, and a broadcast gift. Bulk sends to the group or to lists (valid and not), the
// recipients accepting, switching variants, asking for after-sales and sharing, others trying
// to, and the clock across each unit's 24 h.
import fc from 'fast-check';
import { familyWorld } from './arbitrary';

export function companyWorld() {
  const family = familyWorld({ commission: 10 });
  return {
    ...family,
    users: [
      ...family.users,
      { id: 'acme', name: '蓝鲸科技', wallet: 200000, friends: [], addresses: [], company: true },
      { id: 'beta', name: '白鲸科技', wallet: 200000, friends: [], addresses: [], company: true },
    ],
    groups: [...family.groups, { id: 'staff', name: '产品部', members: ['acme', 'dad', 'ming', 'zed'] }],
    catalog: [
      ...family.catalog,
      { id: 'fw', title: '烟花', category: 'effect', delivery: 'virtual', tier: 'privilege', emoji: '🎆', specs: [{ id: 'big', label: '大', price: 880 }] },
    ],
  };
}

const STAFF = ['dad', 'ming', 'zed'];
const ANYONE = ['dad', 'ming', 'zed', 'mom', 'hong', 'gran', 'acme', 'beta', 'nobody'];
/** Whom a bulk send names: its group (mostly), a list, both, neither, or a list on another mode. */
const TARGETS: Array<Record<string, unknown>> = [
  { group: 'staff' },
  { group: 'staff' },
  { to: ['dad', 'ming'] },
  { to: ['zed'] },
  { to: 'ming' },
  { group: 'family' },
  { group: 'nogroup' },
  {},
  { to: [] },
  { to: ['dad', 'dad'] },
  { to: ['acme'] },
  { to: ['mom'] },
  { to: ['nobody'] },
  { group: 'staff', to: ['dad'] },
];
const PRODUCTS: Array<Record<string, unknown>> = [
  { sku: 'luckin', spec: '6cups' },
  { sku: 'ecard', spec: 'fu' },
  { sku: 'fw' },
  { sku: 'cake', spec: '6in' },
  { sku: 'art', spec: 'a4' },
  { sku: 'luckin' },
  { sku: 'ring', spec: 'g' },
  { sku: 'nosku' },
];

const stepArb = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.record({
      k: fc.constant('bulk' as const),
      as: fc.constantFrom('acme', 'acme', 'acme', 'acme', 'beta', 'dad', 'nobody'),
      // Mostly a valid send (the first targets and products), at times any.
      target: fc.nat(19),
      product: fc.nat(15),
      count: fc.constantFrom(undefined, undefined, 1, 2),
      showPrice: fc.constantFrom(undefined, true, false),
      secret: fc.constantFrom(undefined, undefined, true),
      other: fc.constantFrom(null, null, null, null, 'direct', 'grab', 'redpacket'),
    }),
  },
  { weight: 2, arbitrary: fc.record({ k: fc.constant('direct' as const), to: fc.constantFrom('ming', 'dad'), product: fc.nat(3), showPrice: fc.boolean() }) },
  { weight: 8, arbitrary: fc.record({ k: fc.constantFrom('claim' as const, 'claim' as const, 'take' as const, 'share' as const, 'spec' as const, 'aftersale' as const, 'open' as const), who: fc.nat(20), ref: fc.nat(5), to: fc.constantFrom('6oat', '9cups', 'snake', '8in') }) },
  { weight: 2, arbitrary: fc.record({ k: fc.constant('advance' as const), d: fc.constantFrom('1h', '23h', '24h', '25h', '3d', '8d') }) },
  { weight: 1, arbitrary: fc.record({ k: fc.constant('red' as const) }) },
);
type Step = typeof stepArb extends fc.Arbitrary<infer T> ? T : never;

function fill(raw: Step[]): unknown[] {
  const labels: string[] = [];
  const likely: string[] = []; // the sends likely accepted: what most claims and shares name
  const recent = (xs: string[], n: number) => xs[xs.length - 1 - (n % Math.min(3, Math.max(1, xs.length)))];
  const ref = (n: number) => (n < 3 ? recent(likely, n) : recent(labels, n)) ?? 'nolabel';
  return raw.flatMap((r, i): unknown[] | unknown => {
    const label = `s${i}`;
    switch (r.k) {
      case 'bulk': {
        const mode = r.other ?? 'bulk';
        if (r.as === 'acme' && r.other === null && r.target < 12 && r.product < 10 && r.count !== 2) likely.push(label);
        const extra = { ...(r.count !== undefined ? { count: r.count } : {}), ...(r.showPrice !== undefined ? { showPrice: r.showPrice } : {}), ...(r.secret ? { secret: true } : {}) };
        labels.push(label);
        const target = TARGETS[r.target < 12 ? r.target % 5 : r.target % TARGETS.length];
        const product = PRODUCTS[r.product < 10 ? r.product % 4 : r.product % PRODUCTS.length];
        return { as: r.as, send: { mode, ...target, ...product, ...extra }, label };
      }
      case 'direct':
        labels.push(label);
        likely.push(label);
        return { as: 'mom', send: { mode: 'direct', to: r.to, ...PRODUCTS[r.product], showPrice: r.showPrice }, label };
      case 'red':
        labels.push(label);
        return { as: 'mom', send: { mode: 'redpacket', group: 'family', amount: 300, count: 3 }, label };
      case 'advance':
        return { advance: r.d };
      default: {
        // Mostly a recipient (a member of the staff), sometimes anyone.
        const as = r.who < 12 ? STAFF[r.who % STAFF.length]! : ANYONE[r.who % ANYONE.length]!;
        if (r.k === 'claim') return { as, claim: ref(r.ref), address: 0 };
        // Accept and share at once (both steps), the way a happy recipient does.
        if (r.k === 'take') return [{ as, claim: ref(r.ref), address: 0 }, { as, share: ref(r.ref) }];
        if (r.k === 'spec') return { as, spec: ref(r.ref), to: r.to };
        return { as, [r.k]: ref(r.ref) };
      }
    }
  });
}

export const companyScenarioArb = fc
  .record({ steps: fc.array(stepArb, { minLength: 8, maxLength: 40, size: 'max' }), start: fc.constantFrom('2025-01-28T20:00:00+08:00', '2025-01-28T23:30:00+08:00') })
  .map(({ steps, start }) => ({ name: 'company', seed: 'company', start, world: companyWorld(), steps: fill(steps) }));
