// Random scenario files for the byte-identity check (bench/identity.ts): every verb and mode
// (a company's bulk gifts to a group, to a list, to a list with strangers or repeats; shares of
// gifts taken or not; showPrice), settings and grab rules switched mid-story, references to labels and to automatic ids (some
// unknown), hostile text in notes, marks, messages and chat lines, and a few malformed files
// (exit 2). Seeded, so one seed always writes the same files.
import seedrandom from 'seedrandom';
import { HOSTILE } from '../test/support/hostile';
import { bigWorld } from './generate';

type Rng = () => number;

const FAMILY = ['mom', 'dad', 'ming', 'hong', 'grandpa', 'grandma', 'uncle', 'aunt'];
const WORK = ['zhangwei', 'lina', 'wangfang', 'liuyang', 'chenjing', 'yangguang', 'zhaolei', 'huangmin'];
/** The bundled world's company (蓝鲸科技), in the work group only. */
const COMPANY = 'bluewhale';
// Products of the bundled world, by delivery: a parcel, a voucher, a virtual gift (ids and variants).
const GIFTS: Array<[string, string]> = [
  ['luckin', '6cups'],
  ['nuts', 'box'],
  ['lipstick', 'c03'],
  ['cherry', 'jj'],
  ['cake', '6in'],
  ['heytea', 'one'],
  ['ecard', 'snake'],
  ['sticker', 'daji'],
  ['broadcast', 'heart'],
  ['hong-print', 'a4'],
  ['collab', 'ltd'],
];

function text(rng: Rng, plain: string): string {
  const r = rng();
  if (r < 0.15) return HOSTILE[Math.floor(rng() * HOSTILE.length)]!;
  if (r < 0.25) return `${plain} 🎉👨‍👩‍👧`;
  return plain;
}

/** One random scenario on the bundled world (or the bench's world when `big`). */
export function randomScenario(seed: string, steps = 120): Record<string, unknown> {
  const rng = seedrandom(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rng() * xs.length)]!;
  const big = rng() < 0.15;
  // A world whose user ids are digits: the document's `users` must still print sorted by id.
  const digits = big && rng() < 0.6;
  const people = big ? Array.from({ length: 30 }, (_, i) => (digits ? `${i * 7}` : `u${i}`)) : rng() < 0.5 ? FAMILY : [...FAMILY, ...WORK];
  // The company that sends bulk gifts: the bundled world's, or one added to an inline world's group.
  const company = big ? (digits ? '999' : 'acme') : COMPANY;
  const companyGroup = big ? 'big' : 'work';
  const staff = big ? people : WORK;
  const group = big ? 'big' : people.length > FAMILY.length && rng() < 0.5 ? 'work' : 'family';
  const members = big ? people : group === 'family' ? FAMILY : ['zhangwei', 'lina', 'wangfang', 'liuyang', 'chenjing', 'yangguang', 'zhaolei', 'huangmin'];
  const gifts: Array<[string, string]> = big ? [['coffee', 'a'], ['cake', 'x'], ['card', 'c']] : GIFTS;
  const refs: string[] = [];
  // Who claimed what: a share is mostly by someone who claimed the packet (else it is refused).
  const claims: Array<[string, string]> = [];
  const out: unknown[] = [];
  let n = 0;
  const ref = () => (refs.length === 0 || rng() < 0.05 ? pick(['p0001', 'p0003', 'nope', 'p9999']) : refs[refs.length - 1 - Math.floor(rng() * Math.min(refs.length, 6))]!);
  const extras = (step: Record<string, unknown>) => {
    if (rng() < 0.2) step.note = text(rng, `第${out.length}步`);
    if (rng() < 0.08) step.mark = text(rng, `m${out.length}`);
    return step;
  };
  while (out.length < steps) {
    const r = rng();
    const as = pick(members);
    if (r < 0.22) {
      const [sku, spec] = pick(gifts);
      const mode = pick(['direct', 'grab', 'grab', 'lottery', 'luckybag', 'redpacket', 'code', 'bulk']);
      const send: Record<string, unknown> = { mode };
      // A bulk gift: mostly the company's, to its group or a list of its staff; now and then a
      // person who is no company, another group, a list naming strangers or someone twice, a count.
      const sender = mode === 'bulk' && rng() < 0.85 ? company : as;
      if (mode === 'bulk') {
        const b = rng();
        if (b < 0.4) send.group = rng() < 0.9 ? companyGroup : group;
        else if (b < 0.75) send.to = Array.from({ length: 1 + Math.floor(rng() * 4) }, () => pick(staff));
        else if (b < 0.85) send.to = pick(staff);
        else send.to = [pick(staff), pick(['mom', 'grandpa', 'nobody', company]), ...(rng() < 0.3 ? [] : [pick(staff)])];
        Object.assign(send, { sku, spec, ...(rng() < 0.1 ? { count: pick([1, 2]) } : {}) });
      }
      // A direct send may answer an earlier packet (回礼), right or wrong.
      if (mode === 'direct') Object.assign(send, { to: pick(members), sku, spec, ...(rng() < 0.3 ? { replyTo: ref() } : {}) });
      else if (mode === 'redpacket') Object.assign(send, { group, amount: 1 + Math.floor(rng() * 5000), count: 1 + Math.floor(rng() * 6), split: pick(['lucky', 'equal']) });
      else if (mode === 'code') Object.assign(send, { sku, spec, count: 1 + Math.floor(rng() * 3), code: pick(['4827', '4827', '12a4']) });
      else if (mode === 'luckybag') Object.assign(send, { group, items: [{ sku, spec, count: 1 + Math.floor(rng() * 3) }, { sku: pick(gifts)[0], count: 1 }] });
      else if (mode !== 'bulk') Object.assign(send, { group, sku, spec, count: 1 + Math.floor(rng() * 6) });
      if (mode === 'lottery') Object.assign(send, { drawAt: pick(['+10m', '+1h', '+3h', '+25h']), ...(rng() < 0.3 ? { eligible: rng() < 0.5 ? 'all' : members.slice(0, 4) } : {}) });
      if (rng() < 0.3) send.message = text(rng, '新年快乐');
      if (rng() < 0.1) send.secret = true;
      if (rng() < 0.15) send.showPrice = rng() < 0.8;
      const step: Record<string, unknown> = { as: sender, send };
      if (rng() < 0.7) {
        // Some labels look like numbers: the packets must still print in send order.
        const l = rng();
        const label = l < 0.03 ? text(rng, `L${n}`) : l < 0.1 ? `${(n * 13) % 50}${n}` : `g${n}`;
        step.label = label;
        refs.push(label);
      } else refs.push(`p${String(n + 1).padStart(4, '0')}`);
      n++;
      out.push(extras(step));
      // Now and then the recipients of a gift to people take it at once and one of them shows it off.
      const named = Array.isArray(send.to) ? (send.to as string[]) : typeof send.to === 'string' ? [send.to] : [];
      if (named.length > 0 && rng() < 0.5) {
        const packet = refs[refs.length - 1]!;
        for (const who of named) out.push({ as: who, claim: packet, address: 0 });
        out.push({ as: pick(named), share: packet });
      }
    } else if (r < 0.3) out.push(extras({ advance: pick(['1m', '5m', '10m', '1h', '2h', '3h', '1d', '2d', '8d']) }));
    else if (r < 0.33) out.push(extras({ as, say: text(rng, '大家好'), chat: rng() < 0.5 ? `group:${group}` : pick(members) }));
    else if (r < 0.35) out.push(extras({ policy: pick(['first-address', 'reserve-on-open']), ...(rng() < 0.5 ? { hold: pick(['1m', '5m', '30m']) } : {}) }));
    else if (r < 0.37)
      out.push(extras({ settings: pick([{ commission: 10 }, { shipAfter: '1h', deliverAfter: '3h' }, { dailySendLimit: 0 }, { mutualFriendsOnly: false }, { codeDiscount: 0 }, { shipAfter: '0m' }]) }));
    else if (r < 0.45) out.push(extras({ as, join: ref() }));
    else if (r < 0.52) out.push(extras({ as, open: ref() }));
    else if (r < 0.55) out.push(extras({ as, spec: ref(), to: pick(gifts)[1] }));
    else if (r < 0.58) out.push(extras({ as, redeem: ref() }));
    else if (r < 0.62) out.push(extras({ as, aftersale: ref() }));
    else if (r < 0.66) {
      const [who, what] = claims.length > 0 && rng() < 0.7 ? claims[claims.length - 1 - Math.floor(rng() * Math.min(claims.length, 10))]! : [rng() < 0.1 ? company : as, ref()];
      out.push(extras({ as: who, share: what }));
    }
    else {
      const step: Record<string, unknown> = { as, claim: ref() };
      const a = rng();
      if (a < 0.7) step.address = a < 0.05 ? 7 : 0;
      else if (a < 0.8) step.address = { name: text(rng, '王丽'), phone: '13800001111', region: '上海市', detail: '世纪大道1号' };
      if (rng() < 0.3) step.code = pick(['4827', '0000']);
      claims.push([as, step.claim as string]);
      out.push(extras(step));
    }
  }
  return {
    name: text(rng, `random-${seed}`),
    seed: text(rng, seed),
    ...(rng() < 0.5 ? { start: pick(['2025-01-28T23:30:00+08:00', '2025-02-01T00:00:00Z', '9999-12-20T00:00:00+08:00']) } : {}),
    world: big ? withCompany(digits ? digitWorld(bigWorld(30)) : bigWorld(30), company) : 'default',
    steps: out,
  };
}

/** The bench's world with each user `uN` renamed to the digits of 7N, wherever a user is named. */
function digitWorld(world: ReturnType<typeof bigWorld>) {
  const id = (u: string) => `${Number(u.slice(1)) * 7}`;
  return {
    ...world,
    users: world.users.map((u) => ({ ...u, id: id(u.id), friends: u.friends.map(id) })),
    groups: world.groups.map((g) => ({ ...g, members: g.members.map(id) })),
  };
}

/** The world with a company account in its group (a user the schema and the quick check both read). */
function withCompany(world: ReturnType<typeof bigWorld>, id: string) {
  const company = { id, name: '公司', wallet: 50_000_000, friends: [], addresses: [], company: true };
  return { ...world, users: [...world.users, company], groups: world.groups.map((g) => ({ ...g, members: [...g.members, id] })) };
}

/** Files that stop with exit 2: the message on stderr must not change either. */
export const MALFORMED: Record<string, string> = {
  'bad-json.json': '{"seed":"s","steps":[{"advance":"1h"},',
  'no-verb.json': JSON.stringify({ seed: 's', steps: [{ advance: '1h' }, { as: 'mom', dance: 'g' }] }),
  'bad-duration.json': JSON.stringify({ seed: 's', steps: [{ advance: '1 hour' }] }),
  'dup-label.json': JSON.stringify({ seed: 's', steps: [{ as: 'mom', send: { mode: 'grab', group: 'family', sku: 'ecard', spec: 'fu', count: 1 }, label: 'a' }, { as: 'mom', send: { mode: 'grab', group: 'family', sku: 'ecard', spec: 'fu', count: 1 }, label: 'a' }] }),
  'auto-label.json': JSON.stringify({ seed: 's', steps: [{ as: 'mom', send: { mode: 'grab', group: 'family', sku: 'ecard', spec: 'fu', count: 1 }, label: 'p0002' }] }),
  'bad-field.json': JSON.stringify({ seed: 's', steps: [{ as: 'mom', claim: 'x', adress: 0 }] }),
  'bad-world.json': JSON.stringify({ seed: 's', world: { users: [{ id: 'a', name: 'A', wallet: -1 }] }, steps: [] }),
  'hostile-field.json': JSON.stringify({ seed: 's', steps: [{ as: 'mom', claim: 'x', ['\u001b]0;x\u0007']: 1 }] }),
  'bad-start.json': JSON.stringify({ seed: 's', start: '10000-01-01T00:00:00+08:00', steps: [] }),
  'not-object.json': '[1,2,3]',
  'bad-bulk-to.json': JSON.stringify({ seed: 's', steps: [{ as: 'bluewhale', send: { mode: 'bulk', to: [1], sku: 'ecard', spec: 'fu' } }] }),
  'bad-share.json': JSON.stringify({ seed: 's', steps: [{ as: 'ming', share: 7 }] }),
  'bad-company.json': JSON.stringify({ seed: 's', world: { users: [{ id: 'a', name: 'A', wallet: 1, company: 'yes' }] }, steps: [] }),
};
