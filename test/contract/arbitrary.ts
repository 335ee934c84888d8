// Random scenarios for the differential tests: several inline worlds and the bundled one, every
// verb, valid and invalid steps, clock moves across deadlines and Beijing midnight, settings.
// Steps refer to earlier sends by position, so most references hit a real packet.
import fc from 'fast-check';

const addr = (name: string, phone: string) => ({ name, phone, region: '上海市 浦东新区', detail: '世纪大道100号' });

/** A family with one-sided friendships, every delivery kind, stock, a creator and non-giftables. */
export function familyWorld(settings?: Record<string, unknown>) {
  return {
    users: [
      { id: 'mom', name: '妈妈', wallet: 50000, friends: ['dad', 'ming'], addresses: [addr('王丽', '13800138000'), addr('王丽公司', '13900139000')] },
      { id: 'dad', name: '爸爸', wallet: 80000, friends: ['mom', 'ming', 'hong'], addresses: [addr('李强', '13700137000')] },
      { id: 'ming', name: '小明', wallet: 3000, friends: ['hong'], addresses: [addr('李明', '13600136000')] },
      { id: 'hong', name: '小红', wallet: 20000, friends: [], addresses: [addr('李红', '13500135000')] },
      { id: 'gran', name: '奶奶', wallet: 100000, friends: ['mom'], addresses: [] },
      { id: 'zed', name: '路人', wallet: 5000, friends: [], addresses: [addr('赵六', '15800158000')] },
    ],
    groups: [
      { id: 'family', name: '相亲相爱一家人', members: ['mom', 'dad', 'ming', 'hong', 'gran'] },
      { id: 'pair', name: '两人', members: ['mom', 'dad'] },
    ],
    catalog: [
      { id: 'luckin', title: '瑞幸', category: 'drinks', delivery: 'address', specs: [{ id: '6cups', label: '6杯', price: 1990, stock: 4 }, { id: '6oat', label: '燕麦', price: 1990, stock: 1 }, { id: '9cups', label: '9杯', price: 2790 }] },
      { id: 'nuts', title: '坚果', category: 'snacks', delivery: 'address', specs: [{ id: 'box', label: '盒', price: 9900 }] },
      { id: 'cake', title: '蛋糕券', category: 'voucher', delivery: 'voucher', specs: [{ id: '6in', label: '6寸', price: 16800 }, { id: '8in', label: '8寸', price: 16800 }] },
      { id: 'ecard', title: '贺卡', category: 'ecard', delivery: 'virtual', specs: [{ id: 'fu', label: '福', price: 100 }, { id: 'snake', label: '蛇', price: 333 }] },
      { id: 'art', title: '小红画', category: 'custom', delivery: 'address', creator: 'hong', specs: [{ id: 'a4', label: 'A4', price: 6800, stock: 3 }] },
      { id: 'sticker', title: '小红表情', category: 'sticker', delivery: 'virtual', creator: 'hong', specs: [{ id: 'set', label: '套', price: 999 }] },
      { id: 'ring', title: '戒指', category: 'jewellery', delivery: 'address', specs: [{ id: 'g', label: '金', price: 5000 }] },
      { id: 'hidden', title: '非卖品', category: 'food', delivery: 'address', giftable: false, specs: [{ id: 'x', label: 'x', price: 100 }] },
      { id: 'vault', title: '大红袍', category: 'drinks', delivery: 'address', specs: [{ id: 'v', label: 'v', price: 1000001 }, { id: 'w', label: 'w', price: 1000000 }] },
    ],
    ...(settings ? { settings } : {}),
  };
}

/** A wider group with thin wallets: counts, funds and sold-out races. */
export function officeWorld(settings?: Record<string, unknown>) {
  const ids = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l'];
  return {
    users: ids.map((id, n) => ({
      id,
      name: `同事${id}`,
      wallet: n % 3 === 0 ? 2500 : 30000,
      friends: ids.filter((_, m) => (m + n) % 3 === 0 && m !== n),
      addresses: n % 4 === 3 ? [] : [addr(`同事${id}`, `1390000${String(1000 + n)}`)],
    })),
    groups: [{ id: 'office', name: '办公室', members: ids.slice(0, 10) }],
    catalog: [
      { id: 'tea', title: '茶', category: 'drinks', delivery: 'address', specs: [{ id: 'cup', label: '杯', price: 1200, stock: 6 }] },
      { id: 'card', title: '卡', category: 'ecard', delivery: 'virtual', specs: [{ id: 'c', label: 'c', price: 600 }] },
      { id: 'coupon', title: '券', category: 'voucher', delivery: 'voucher', specs: [{ id: 'one', label: '一', price: 1900 }] },
      { id: 'book', title: '课', category: 'education', delivery: 'virtual', specs: [{ id: 'b', label: 'b', price: 100 }] },
    ],
    ...(settings ? { settings } : {}),
  };
}

interface Palette {
  /** Every user, and one that does not exist. */
  users: string[];
  groups: Record<string, string[]>;
  products: Array<[string, string | undefined]>;
}
const FAMILY: Palette = {
  users: ['mom', 'dad', 'ming', 'hong', 'gran', 'zed', 'nobody'],
  groups: { family: ['mom', 'dad', 'ming', 'hong', 'gran'], pair: ['mom', 'dad'], nogroup: [] },
  products: [['luckin', '6cups'], ['luckin', '6cups'], ['ecard', 'fu'], ['cake', '6in'], ['sticker', undefined], ['art', 'a4'], ['luckin', '6oat'], ['luckin', '9cups'], ['luckin', undefined], ['nuts', undefined], ['ecard', 'snake'], ['ring', 'g'], ['hidden', 'x'], ['vault', 'v'], ['vault', 'w'], ['nosku', 'x'], ['nuts', 'nospec']],
};
const OFFICE: Palette = {
  users: ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l', 'nobody'],
  groups: { office: ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'], nogroup: [] },
  products: [['tea', 'cup'], ['card', 'c'], ['coupon', 'one'], ['tea', undefined], ['card', undefined], ['book', 'b']],
};
const BUNDLED: Palette = {
  users: ['mom', 'dad', 'ming', 'hong', 'grandpa', 'aunt', 'zhangwei', 'lina', 'caiwen', 'nobody'],
  groups: { family: ['mom', 'dad', 'ming', 'hong', 'grandpa', 'grandma', 'uncle', 'aunt'], work: ['dad', 'ming', 'zhangwei', 'lina', 'wangfang', 'caiwen'], nogroup: [] },
  products: [['luckin', '6cups'], ['ecard', 'fu'], ['cake', '6in'], ['hong-print', 'a4'], ['hong-sticker', 'set'], ['luckin', '9cups'], ['collab', 'ltd'], ['pendant', '2g'], ['cherry', 'jjj']],
};

/** The second edition's settings, as a world or a `settings` step writes them. */
const secondEdition = {
  commission: fc.integer({ min: 0, max: 30 }),
  codeDiscount: fc.integer({ min: 0, max: 50 }),
  dailySendLimit: fc.integer({ min: 0, max: 3 }),
  mutualFriendsOnly: fc.boolean(),
  shipAfter: fc.constantFrom('0s', '1h', '2h', '3d'),
  deliverAfter: fc.constantFrom('0s', '1h', '48h', '2d', '2h'),
};
const worldSettingsArb = fc.record(
  { ...secondEdition, grabPolicy: fc.constantFrom('first-address', 'reserve-on-open'), holdMinutes: fc.integer({ min: 1, max: 90 }) },
  { requiredKeys: [] },
);
const settingsStepArb = fc.record(secondEdition, { requiredKeys: [] });

const durationArb = fc.constantFrom('1s', '59m', '1h', '2h', '3h', '23h', '24h', '1d', '25h', '2d', '7d', '9d', '30m', '10m', '0s', '0m', '1h');
const messageArb = fc.oneof(
  { weight: 16, arbitrary: fc.constant(undefined) },
  { weight: 4, arbitrary: fc.constantFrom('新年快乐', '恭喜发财🐍', 'x'.repeat(100), '福'.repeat(100), '😀'.repeat(100)) },
  { weight: 1, arbitrary: fc.constantFrom('x'.repeat(101), '福'.repeat(101), 'bad\u0007bell', 'esc\u001b[2J') },
);
const addressArb = fc.oneof(
  { weight: 8, arbitrary: fc.constant(0) },
  { weight: 2, arbitrary: fc.constant(undefined) },
  { weight: 1, arbitrary: fc.constantFrom(1, 2, 7) },
  {
    weight: 2,
    arbitrary: fc.record({
      name: fc.constantFrom('张三', '', 'x'.repeat(20), 'x'.repeat(21), '张\u0000三'),
      phone: fc.constantFrom('13800138000', '12800138000', '1380013800', '19912345678'),
      region: fc.constantFrom('北京市 朝阳区', '', '区'),
      detail: fc.constantFrom('建国路88号', '1234', '12345', 'y'.repeat(120), 'y'.repeat(121)),
    }),
  },
);
const codeArb = fc.oneof({ weight: 6, arbitrary: fc.constant('4827') }, { weight: 4, arbitrary: fc.constantFrom('0000', '4828', '48270', '482', 'abcd', '４８２７') }, { weight: 1, arbitrary: fc.constant(undefined) });

/** A step with holes: `u`/`v` pick users, `ref` picks an earlier send, `g` a group, `pr` a product. */
const rawStepArb = fc.oneof(
  { weight: 12, arbitrary: fc.record({ k: fc.constant('send' as const), mode: fc.constantFrom('direct', 'direct', 'grab', 'grab', 'lottery', 'luckybag', 'redpacket', 'redpacket', 'code', 'code'), u: fc.nat(20), v: fc.nat(20), g: fc.nat(5), pr: fc.nat(30), pr2: fc.nat(30), count: fc.oneof({ weight: 6, arbitrary: fc.integer({ min: 1, max: 3 }) }, { weight: 1, arbitrary: fc.constantFrom(0, 4, 5, 9, 11, 101, 2.5, -1) }), amount: fc.oneof({ weight: 5, arbitrary: fc.constantFrom(3, 5, 100, 2000, 19999, 20000) }, { weight: 1, arbitrary: fc.constantFrom(1, 2, 20001, 3.5, 0) }), split: fc.constantFrom(undefined, 'lucky', 'equal'), drawAt: fc.constantFrom('+1h', '+30m', '+24h', '+0m', '+1441m', '+25h', '2025-01-28T21:00:00+08:00', '2025-01-29T12:00:00Z', '2020-01-01T00:00:00+08:00'), eligible: fc.constantFrom(undefined, 'all', 'list'), code: codeArb, message: messageArb, secret: fc.constantFrom(undefined, true, false), reply: fc.oneof({ weight: 6, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.nat(20) }), labelled: fc.oneof(fc.constant(true), fc.boolean()) }) },
  { weight: 10, arbitrary: fc.record({ k: fc.constant('claim' as const), u: fc.nat(20), ref: fc.nat(20), address: addressArb, code: codeArb }) },
  { weight: 3, arbitrary: fc.record({ k: fc.constantFrom('open' as const, 'join' as const, 'join' as const, 'redeem' as const, 'aftersale' as const, 'aftersale' as const), u: fc.nat(20), ref: fc.nat(20) }) },
  { weight: 1, arbitrary: fc.record({ k: fc.constant('spec' as const), u: fc.nat(20), ref: fc.nat(20), to: fc.constantFrom('6cups', '6oat', '9cups', '8in', '6in', 'snake', 'nospec', 'cup') }) },
  { weight: 5, arbitrary: fc.record({ k: fc.constant('advance' as const), d: durationArb }) },
  { weight: 1, arbitrary: fc.record({ k: fc.constant('settings' as const), s: settingsStepArb }) },
  { weight: 1, arbitrary: fc.record({ k: fc.constant('policy' as const), p: fc.constantFrom('first-address', 'reserve-on-open'), hold: fc.constantFrom(undefined, '1m', '5m', '2h', '0m') }) },
  { weight: 1, arbitrary: fc.record({ k: fc.constant('say' as const), u: fc.nat(20), v: fc.nat(20), text: fc.constantFrom('谢谢！', '', 'a\u0007', 'x'.repeat(501)), group: fc.boolean() }) },
);

type RawStep = typeof rawStepArb extends fc.Arbitrary<infer T> ? T : never;

interface Sent {
  ref: string;
  mode: string;
  sender: string;
  group: string[];
  to: string | null;
}

/** Turn holes into names: the palette's users, groups and products, earlier sends' labels. The
 * acting user is mostly someone the step could work for (a member, the recipient), sometimes anyone. */
function fill(raw: RawStep[], pal: Palette): unknown[] {
  const sent: Sent[] = [];
  const pick = <T>(xs: T[], n: number) => xs[n % xs.length]!;
  const groupIds = Object.keys(pal.groups);
  const target = (n: number): Sent | null => (sent.length === 0 || n >= 18 ? null : sent[sent.length - 1 - (n % Math.min(sent.length, 5))]!);
  const ref = (n: number) => target(n)?.ref ?? (n === 19 ? 'p0001' : 'nolabel');
  /** Who acts on a packet: its recipient or a member mostly, anyone at times. */
  const actor = (n: number, t: Sent | null) => {
    if (t && n < 14) {
      if (t.to && n < 8) return t.to;
      if (t.group.length) return pick(t.group, n);
    }
    return pick(pal.users, n);
  };
  return raw.map((r, i) => {
    switch (r.k) {
      case 'send': {
        const gid = pick(groupIds, r.g % 4 === 3 ? r.g : 0);
        const members = pal.groups[gid]!;
        const as = r.u >= 16 || members.length === 0 ? pick(pal.users, r.u) : pick(members, r.u);
        const [sku, spec] = pick(pal.products, r.pr % 3 === 0 ? r.pr : r.pr % 5);
        const [sku2, spec2] = pick(pal.products, r.pr2);
        const label = r.labelled ? `s${i}` : undefined;
        const extra = { ...(r.message !== undefined ? { message: r.message } : {}), ...(r.secret !== undefined ? { secret: r.secret } : {}) };
        const reply = r.reply !== null ? { replyTo: ref(r.reply) } : {};
        const withSpec = (sp: string | undefined) => (sp === undefined ? {} : { spec: sp });
        // A return gift mostly goes back to the sender of the packet it answers.
        const back = r.reply !== null ? target(r.reply) : null;
        const to = back && r.v < 15 ? back.sender : r.v < 15 && members.length ? pick(members, r.v) : pick(pal.users, r.v);
        let send: Record<string, unknown>;
        switch (r.mode) {
          case 'direct':
            send = { mode: 'direct', to, sku, ...withSpec(spec), ...extra, ...reply };
            break;
          case 'grab':
            send = { mode: 'grab', group: gid, sku, ...withSpec(spec), count: r.count, ...extra, ...(r.reply !== null && r.reply < 2 ? reply : {}) };
            break;
          case 'lottery':
            send = { mode: 'lottery', group: gid, sku, ...withSpec(spec), count: r.count, drawAt: r.drawAt, ...(r.eligible === 'list' ? { eligible: [pick(pal.users, r.v), pick(members.length ? members : pal.users, r.v + 1), pick(members.length ? members : pal.users, r.u + 2)] } : r.eligible ? { eligible: r.eligible } : {}), ...extra };
            break;
          case 'luckybag':
            send = { mode: 'luckybag', group: gid, items: [{ sku, ...withSpec(spec), count: Math.max(1, Math.floor(Math.abs(Number(r.count))) % 3 || 1) }, ...(r.pr2 % 2 ? [{ sku: sku2, ...withSpec(spec2), count: r.count }] : [])], ...extra };
            break;
          case 'redpacket':
            send = { mode: 'redpacket', group: gid, amount: r.amount, count: r.count, ...(r.split ? { split: r.split } : {}), ...extra };
            break;
          case 'code':
            send = { mode: 'code', sku, ...withSpec(spec), count: r.count, ...(r.code !== undefined ? { code: r.code } : {}), ...extra };
            break;
        }
        // Unlabelled sends are referred to by a guess at their id, right while every send before was accepted.
        sent.push({ ref: label ?? `p${String(sent.length + 1).padStart(4, '0')}`, mode: r.mode, sender: as, group: r.mode === 'direct' || r.mode === 'code' ? [] : members, to: r.mode === 'direct' ? to : null });
        return { as, send, ...(label ? { label } : {}) };
      }
      case 'claim': {
        const t = target(r.ref);
        const code = t?.mode === 'code' || r.code !== '4827' ? r.code : undefined;
        const who = t?.mode === 'code' ? pick(pal.users, r.u) : actor(r.u, t);
        return { as: who, claim: ref(r.ref), ...(r.address !== undefined ? { address: r.address } : {}), ...(code !== undefined ? { code } : {}) };
      }
      case 'open':
      case 'join':
      case 'redeem':
      case 'aftersale':
        return { as: actor(r.u, target(r.ref)), [r.k]: ref(r.ref) };
      case 'spec':
        return { as: actor(r.u, target(r.ref)), spec: ref(r.ref), to: r.to };
      case 'advance':
        return { advance: r.d };
      case 'settings':
        return { settings: r.s };
      case 'policy':
        return { policy: r.p, ...(r.hold ? { hold: r.hold } : {}) };
      case 'say': {
        const as = pick(pal.users, r.u);
        return { as, say: r.text, chat: r.group ? `group:${pick(groupIds, r.v)}` : pick(pal.users, r.v) };
      }
    }
  });
}

const startArb = fc.constantFrom(undefined, '2025-01-28T20:00:00+08:00', '2025-01-28T23:30:00+08:00', '2025-01-28T15:59:59Z', '2025-02-01T00:00:00+08:00', '2025-01-28T23:59:59.500+08:00');

export const scenarioArb = fc
  .record({
    world: fc.constantFrom('family', 'family-plain', 'office', 'bundled'),
    settings: worldSettingsArb,
    start: startArb,
    seed: fc.constantFrom('s1', 'seed-2', '种子', ''),
    steps: fc.array(rawStepArb, { minLength: 1, maxLength: 45 }),
  })
  .map(({ world, settings, start, seed, steps }) => {
    const pal = world === 'office' ? OFFICE : world === 'bundled' ? BUNDLED : FAMILY;
    const w = world === 'family' ? familyWorld(settings) : world === 'family-plain' ? familyWorld() : world === 'office' ? officeWorld(settings) : 'default';
    return { name: `random-${world}`, seed, ...(start ? { start } : {}), world: w, steps: fill(steps, pal) };
  });

// ---- flows: one packet's life each (send, the takers, the clock, after-sales), interleaved ----

const flowStartArb = fc.constantFrom('2025-01-28T20:00:00+08:00', '2025-01-28T23:50:00+08:00', '2025-01-31T16:00:00Z');
const someAddress = fc.oneof({ weight: 9, arbitrary: fc.constant(0 as unknown) }, { weight: 1, arbitrary: addressArb });
const later = fc.constantFrom('10m', '1h', '2h', '3h', '23h', '24h', '2d', '8d', '9d', '10d');

/** One packet's life: a send by a member, then what the others do with it, the clock between. */
function flowArb(pal: Palette, label: string) {
  const groupIds = Object.keys(pal.groups).filter((g) => pal.groups[g]!.length > 1);
  return fc
    .record({
      mode: fc.constantFrom('direct', 'grab', 'lottery', 'luckybag', 'redpacket', 'code'),
      g: fc.nat(10),
      sender: fc.nat(20),
      pr: fc.nat(20),
      count: fc.integer({ min: 1, max: 4 }),
      drawAt: fc.constantFrom('+1h', '+2h', '+30m', '+24h'),
      eligible: fc.boolean(),
      code: fc.constantFrom('4827', '0000'),
      secret: fc.boolean(),
      acts: fc.array(
        fc.record({
          verb: fc.constantFrom('claim', 'claim', 'claim', 'join', 'join', 'open', 'aftersale', 'aftersale', 'redeem', 'spec', 'advance', 'advance', 'reply', 'wrongcode', 'everyone', 'everyone'),
          who: fc.nat(20),
          address: someAddress,
          d: later,
          to: fc.nat(5),
        }),
        { minLength: 1, maxLength: 14 },
      ),
    })
    .map((f) => {
      const gid = groupIds[f.g % groupIds.length]!;
      const members = pal.groups[gid]!;
      const sender = members[f.sender % members.length]!;
      const others = members.filter((m) => m !== sender);
      const [sku, spec] = pal.products[f.pr % Math.min(5, pal.products.length)]!;
      const who = (n: number) => (n >= 18 ? pal.users[n % pal.users.length]! : f.mode === 'code' ? pal.users[n % (pal.users.length - 1)]! : others[n % others.length]!);
      const recipient = others[f.g % others.length]!;
      const secret = f.secret ? { secret: true } : {};
      const send =
        f.mode === 'direct'
          ? { mode: 'direct', to: recipient, sku, ...(spec ? { spec } : {}), ...secret }
          : f.mode === 'redpacket'
            ? { mode: 'redpacket', group: gid, amount: 100 * f.count + f.pr, count: Math.min(f.count, others.length), split: f.pr % 2 ? 'equal' : 'lucky', ...secret }
            : f.mode === 'code'
              ? { mode: 'code', sku, ...(spec ? { spec } : {}), count: f.count, code: f.code, ...secret }
              : f.mode === 'luckybag'
                ? { mode: 'luckybag', group: gid, items: [{ sku, ...(spec ? { spec } : {}), count: 1 }, { sku: pal.products[(f.pr + 1) % 3]![0], ...(pal.products[(f.pr + 1) % 3]![1] ? { spec: pal.products[(f.pr + 1) % 3]![1] } : {}), count: Math.max(1, Math.min(f.count, others.length) - 1) }], ...secret }
                : f.mode === 'lottery'
                  ? { mode: 'lottery', group: gid, sku, ...(spec ? { spec } : {}), count: Math.min(f.count, others.length), drawAt: f.drawAt, ...(f.eligible ? { eligible: others.slice(0, 2) } : { eligible: 'all' }), ...secret }
                  : { mode: 'grab', group: gid, sku, ...(spec ? { spec } : {}), count: Math.min(f.count, others.length), ...secret };
      const steps: unknown[] = [{ as: sender, send, label }];
      const specTo = ['6cups', '6oat', '9cups', '8in', 'snake', 'fu', 'cup'];
      for (const a of f.acts) {
        const as = f.mode === 'direct' && a.who < 12 ? recipient : who(a.who);
        switch (a.verb) {
          case 'claim':
            steps.push({ as, claim: label, address: a.address, ...(f.mode === 'code' ? { code: a.to === 0 ? '1111' : '4827' } : {}) });
            break;
          case 'everyone': {
            // Every other member (or user, for a code gift) does the same: joins, claims, opens.
            const verb = f.mode === 'lottery' && a.to < 2 ? 'join' : a.to === 4 ? 'open' : a.to === 3 ? 'aftersale' : 'claim';
            // A lottery's winners claim after the draw: a day on, every draw (at most 24 h) is done.
            if (f.mode === 'lottery' && verb === 'claim') steps.push({ advance: '24h' });
            const all = f.mode === 'code' ? pal.users : others;
            for (const m of all.slice(0, 8)) steps.push({ as: m, [verb]: label, ...(verb === 'claim' ? { address: 0, ...(f.mode === 'code' ? { code: f.code } : {}) } : {}) });
            break;
          }
          case 'wrongcode':
            for (let k = 0; k < 3 + a.to; k++) steps.push({ as, claim: label, code: k === 1 ? undefined : '9999', address: 0 });
            break;
          case 'advance':
            steps.push({ advance: a.d });
            break;
          case 'spec':
            steps.push({ as, spec: label, to: specTo[a.to % specTo.length] });
            break;
          case 'reply': {
            // A return gift from someone who may have claimed, to the sender (or, at times, not).
            const [rs, rspec] = pal.products[a.to % 3]!;
            steps.push({ as, send: { mode: 'direct', to: a.to === 4 ? as : sender, sku: rs, ...(rspec ? { spec: rspec } : {}), replyTo: label } });
            break;
          }
          default:
            steps.push({ as, [a.verb]: label });
        }
      }
      return steps.map((s) => (s && typeof s === 'object' && 'code' in s && (s as { code?: unknown }).code === undefined ? Object.fromEntries(Object.entries(s).filter(([k]) => k !== 'code')) : s));
    });
}

/** Merge step lists, keeping each list's order, in the order `picks` says. */
function interleave(lists: unknown[][], picks: number[]): unknown[] {
  const at = lists.map(() => 0);
  const out: unknown[] = [];
  let k = 0;
  while (out.length < lists.reduce((n, l) => n + l.length, 0)) {
    const live = lists.map((l, i) => i).filter((i) => at[i]! < lists[i]!.length);
    const i = live[(picks[k++ % Math.max(1, picks.length)] ?? 0) % live.length]!;
    out.push(lists[i]![at[i]!++]);
  }
  return out;
}

/** Several packets' lives at once, in one world, with settings and daily sends across midnight. */
export const flowScenarioArb = fc
  .record({
    world: fc.constantFrom('family', 'office', 'bundled', 'family-plain'),
    settings: worldSettingsArb,
    start: flowStartArb,
    n: fc.integer({ min: 1, max: 5 }),
    picks: fc.array(fc.nat(9), { minLength: 1, maxLength: 60 }),
    seed: fc.string({ maxLength: 6 }),
    tail: fc.array(fc.constantFrom<unknown>({ advance: '1d' }, { advance: '6d' }, { advance: '7d' }, { settings: { commission: 30 } }, { policy: 'reserve-on-open', hold: '1h' }), { maxLength: 3 }),
  })
  .chain(({ world, settings, start, n, picks, seed, tail }) => {
    const pal = world === 'office' ? OFFICE : world === 'bundled' ? BUNDLED : FAMILY;
    const flows = Array.from({ length: n }, (_, i) => flowArb(pal, `f${i}`));
    return fc.tuple(...flows).map((lists) => ({
      name: `flows-${world}`,
      seed,
      start,
      world: world === 'family' ? familyWorld(settings) : world === 'family-plain' ? familyWorld() : world === 'office' ? officeWorld(settings) : 'default',
      steps: [...interleave(lists, picks), ...tail],
    }));
  });

/** Sending every day (or skipping some): streaks, badges, sentToday and the daily limit. */
export const daysScenarioArb = fc
  .record({
    start: fc.constantFrom('2025-01-28T20:00:00+08:00', '2025-01-28T23:59:00+08:00', '2025-01-28T00:00:00+08:00'),
    days: fc.array(fc.record({ sends: fc.integer({ min: 0, max: 3 }), gap: fc.constantFrom('1d', '1d', '1d', '2d', '23h', '25h', '1h') }), { minLength: 1, maxLength: 35 }),
    limit: fc.integer({ min: 0, max: 2 }),
    who: fc.constantFrom('mom', 'dad'),
    // A run of days in a row first: the badges' thresholds (3, 7, 30) and one either side.
    run: fc.constantFrom(0, 2, 3, 6, 7, 29, 30, 31),
  })
  .map(({ start, days, limit, who, run }) => {
    const steps: unknown[] = [];
    for (let d = 0; d < run; d++) steps.push({ as: who, send: { mode: 'direct', to: who === 'mom' ? 'dad' : 'mom', sku: 'ecard', spec: 'fu' } }, { advance: '1d' });
    for (const d of days) {
      for (let k = 0; k < d.sends; k++) steps.push({ as: k === 2 ? 'dad' : who, send: { mode: 'direct', to: who === 'mom' ? 'dad' : 'mom', sku: 'ecard', spec: 'fu' } });
      steps.push({ advance: d.gap });
      if (d.sends === 3) steps.push({ as: 'dad', claim: 'p0001' });
    }
    return { name: 'days', seed: 'days', start, world: familyWorld({ dailySendLimit: limit }), steps };
  });

/** A lottery's whole life: entries (some refused), the draw, winners accepting or not, variants. */
export const lotteryScenarioArb = fc
  .record({
    world: fc.constantFrom('family', 'office', 'bundled'),
    settings: worldSettingsArb,
    count: fc.integer({ min: 1, max: 6 }),
    drawIn: fc.constantFrom(30, 60, 90, 1440),
    eligible: fc.option(fc.array(fc.nat(12), { minLength: 1, maxLength: 5 })),
    joiners: fc.array(fc.nat(14), { maxLength: 12 }),
    beforeDraw: fc.constantFrom('0s', '10m', '29m', '30m'),
    claimers: fc.array(fc.record({ who: fc.nat(14), address: someAddress, spec: fc.option(fc.constantFrom('6cups', '6oat', '9cups', '8in', 'cup', 'snake')) }), { maxLength: 10 }),
    wait: fc.constantFrom('1h', '23h', '24h', '3d'),
    after: fc.array(fc.record({ who: fc.nat(14), verb: fc.constantFrom('claim', 'aftersale', 'join', 'redeem') }), { maxLength: 6 }),
    seed: fc.string({ maxLength: 4 }),
  })
  .map((x) => {
    const pal = x.world === 'office' ? OFFICE : x.world === 'bundled' ? BUNDLED : FAMILY;
    const gid = Object.keys(pal.groups)[0]!;
    const members = pal.groups[gid]!;
    const sender = members[x.count % members.length]!;
    const anyone = [...members, ...pal.users];
    const who = (n: number) => anyone[n % anyone.length]!;
    const [sku, spec] = pal.products[x.count % 3]!;
    const steps: unknown[] = [
      { as: sender, send: { mode: 'lottery', group: gid, sku, ...(spec ? { spec } : {}), count: x.count, drawAt: `+${x.drawIn}m`, ...(x.eligible ? { eligible: [...new Set(x.eligible.map((n) => members[n % members.length]!))] } : {}) }, label: 'lot' },
      ...x.joiners.map((n) => ({ as: who(n), join: 'lot' })),
      { advance: x.beforeDraw },
      { as: who(x.count), join: 'lot' },
      { advance: `${x.drawIn}m` },
      { as: who(x.count + 1), join: 'lot' },
      ...x.claimers.flatMap((c) => [...(c.spec ? [{ as: who(c.who), spec: 'lot', to: c.spec }] : []), { as: who(c.who), claim: 'lot', address: c.address }]),
      { advance: x.wait },
      ...x.after.map((a) => ({ as: who(a.who), [a.verb]: 'lot', ...(a.verb === 'claim' ? { address: 0 } : {}) })),
    ];
    return { name: 'lottery', seed: x.seed, world: x.world === 'family' ? familyWorld(x.settings) : x.world === 'office' ? officeWorld(x.settings) : 'default', steps };
  });

/** Reserve-on-open: first opens hold units, holds lapse, claims take held or open units. */
export const holdScenarioArb = fc
  .record({
    hold: fc.constantFrom('1m', '5m', '1h', '24h', '25h'),
    count: fc.integer({ min: 1, max: 4 }),
    acts: fc.array(fc.record({ who: fc.nat(6), verb: fc.constantFrom('open', 'open', 'claim', 'advance'), d: fc.constantFrom('30s', '1m', '4m', '5m', '1h', '23h', '24h') }), { maxLength: 20 }),
    switchBack: fc.boolean(),
  })
  .map((x) => {
    const members = FAMILY.groups.family!;
    const steps: unknown[] = [{ policy: 'reserve-on-open', hold: x.hold }, { as: 'mom', send: { mode: 'grab', group: 'family', sku: 'ecard', spec: 'fu', count: x.count }, label: 'g' }];
    if (x.switchBack) steps.push({ policy: 'first-address' }, { as: 'dad', send: { mode: 'grab', group: 'family', sku: 'luckin', spec: '9cups', count: 2 }, label: 'h' });
    for (const a of x.acts) {
      const as = members[a.who % members.length]!;
      if (a.verb === 'advance') steps.push({ advance: a.d });
      else steps.push({ as, [a.verb]: a.who === 5 && x.switchBack ? 'h' : 'g', ...(a.verb === 'claim' ? { address: 0 } : {}) });
    }
    steps.push({ advance: '1d' });
    return { name: 'holds', seed: 'holds', world: familyWorld(), steps };
  });
