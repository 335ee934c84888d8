// A naive, independent interpreter of the public scenario contract (/work/shared/SCENARIOS.md,
// first and second edition) and of PRODUCT.md's rules, written from those pages and the README's
// random derivations, to check the real runner from outside. It is a straightforward simulation:
// lists scanned in order, no indexes. `playNaive(file, bundledWorld)` returns what
// `bin/bluepacket play FILE --json` should print, or the invalid-file verdict (exit 2).
//
// Where the pages leave a choice open, the comment says "READING:" and which way this follows.
// The project's own extensions (docs/scenarios.md: say, policy, settings, note/mark, the step
// results, INVALID_TEXT, BAD_DURATION, CLOCK_LIMIT, a grab's `policy`, a lottery's `drawAt`, a
// company's `bulk` gifts, `showPrice` and the `share` verb) are supported so that whole documents
// compare; they are marked "EXTENSION:".
import { refusalMessage } from '../../src/i18n/refusals';
import { draw, luckyAmount, packetSeedOf, sha256, source, uniform } from './random';
import { checkFile, Invalid, type RawStep, type Verb } from './shape';
import { readWorld, type Product, type Settings, type Spec } from './world';
import { beijing, beijingDay, CLOCK_MAX, DAY, duration, HOUR, isoTime, MINUTE } from './time';

export type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

export type NaiveOutcome =
  | { exit: 0; doc: { [k: string]: Json } }
  | { exit: 2; step: number | null; field: string; why: string };

const DEFAULT_START = '2025-01-28T20:00:00+08:00';

// ---------------------------------------------------------------- state -------------------------

type Mode = 'direct' | 'grab' | 'lottery' | 'luckybag' | 'redpacket' | 'code' | 'bulk';
type Order = null | 'accepted' | 'shipped' | 'delivered' | 'refunded';

interface GiftUnit {
  sku: string;
  spec: string;
  price: number;
  /** What the sender paid for it (less than the price for a code gift). */
  paid: number;
  delivery: Product['delivery'];
  creator: string | null;
  state: 'open' | 'assigned' | 'claimed' | 'refunded';
  holder: string | null;
  at: number | null;
  voucher: string | null;
  redeemed: boolean;
  order: Order;
  /** When the order is delivered (a parcel, once accepted). */
  deliveredAt: number | null;
  /** The commission kept at acceptance: after-sales gives back exactly this. */
  fee: number;
  /** EXTENSION: a reserve-on-open hold lapses at this instant. */
  holdUntil: number | null;
}
interface RedUnit {
  amount: number | null;
  state: 'open' | 'claimed' | 'refunded';
  holder: string | null;
  at: number | null;
}

interface Packet {
  id: string;
  key: string;
  mode: Mode;
  sender: string;
  group: string | null;
  to: string | null;
  sentAt: number;
  seed: string;
  units: GiftUnit[];
  red: RedUnit[];
  secret: boolean;
  replyTo: string | null;
  /** EXTENSION: the 朋友圈 may show the price; who shared their unit (晒礼物), in order. */
  showPrice: boolean;
  shared: string[];
  policy: Settings['grabPolicy'];
  holdMs: number;
  /** EXTENSION: who has opened this packet (a first open holds a unit under reserve-on-open). */
  openedBy: string[];
  // lottery
  eligible: 'all' | string[];
  drawAt: number;
  drawn: boolean;
  entrants: string[];
  winners: string[];
  drawSeed: string;
  // red packet
  amount: number;
  split: 'lucky' | 'equal';
  remaining: number;
  // code gift
  code: string;
  wrongCodes: Map<string, number>;
  /** lucky bag and red packet: the claims so far (the `n` of their random streams). */
  claims: number;
}

interface Event {
  at: number;
  /** The packet's place in send order, and the kind's rank at one instant (see schedule). */
  pkt: number;
  rank: number;
  seq: number;
  run: () => void;
}

/** What an advance made happen, for its step result. */
interface Happened {
  drawn: string[];
  refunds: number;
  refunded: number;
  released: number;
}

class Refusal extends Error {
  constructor(readonly code: string) {
    super(code);
  }
}
const refuse = (code: string): never => {
  throw new Refusal(code);
};

const isObj = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const isInt = (x: unknown): x is number => typeof x === 'number' && Number.isInteger(x);
const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
/** C0, DEL and C1 controls (ESC among them: no escape sequence gets through). READING: the
 * engine also refuses bidi marks, overrides and isolates and the line/paragraph separators,
 * which hide or reorder text as escape sequences would. */
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
/** READING: "characters" are user-perceived ones (graphemes), as the engine counts them. */
const segmenter = new Intl.Segmenter('zh', { granularity: 'grapheme' });
const chars = (s: string) => [...segmenter.segment(s)].length;

// ---------------------------------------------------------------- the play ----------------------

/** `fileName` stands for the file's path: the document's `name` defaults to its base name. */
export function playNaive(file: unknown, bundledWorld: unknown, fileName = 'scenario.json'): NaiveOutcome {
  try {
    return { exit: 0, doc: play(file, bundledWorld, fileName) };
  } catch (e) {
    if (e instanceof Invalid) return { exit: 2, step: e.step, field: e.field, why: e.why };
    throw e;
  }
}

function play(file: unknown, bundledWorld: unknown, fileName: string): { [k: string]: Json } {
  const top = checkFile(file);
  const seed = top.seed;
  const start = isoTime(top.start ?? DEFAULT_START);
  if (start === null) throw new Invalid(null, 'start', 'not an ISO time with offset');
  if (start < Date.UTC(1970, 0, 1) - 8 * HOUR || start > CLOCK_MAX) throw new Invalid(null, 'start', 'outside 1970–9999');
  const world = readWorld(top.world === undefined || top.world === 'default' ? bundledWorld : top.world);
  const steps = top.steps;

  const st: Settings = { ...world.settings };
  const wallets = new Map(world.users.map((u) => [u.id, u.wallet]));
  const stock = new Map<string, number | null>();
  for (const p of world.catalog) for (const s of p.specs) stock.set(`${p.id}/${s.id}`, s.stock);
  let escrow = 0;
  let merchant = 0;
  let platform = 0;
  let now = start;
  const packets: Packet[] = [];
  const labels = new Map<string, string>(); // label → packet id, set by accepted sends
  const sendDays = new Map<string, number[]>(); // user → the Beijing day of each accepted send
  const events: Event[] = [];
  let seq = 0;
  let happened: Happened = { drawn: [], refunds: 0, refunded: 0, released: 0 };

  const user = (id: unknown) => world.users.find((u) => u.id === id);
  const group = (id: unknown) => world.groups.find((g) => g.id === id);
  // EXTENSION: later steps name a packet by its label, or by its automatic id.
  const packetByRef = (ref: unknown) => packets.find((p) => p.id === (labels.get(ref as string) ?? ref));
  const listed = (a: string, b: string) => user(a)!.friends.includes(b);
  // READING: at one instant, deadlines go packet by packet in send order, and within a packet
  // an order's shipping or delivery, then a hold's lapse, then a draw, then an expiry (so a
  // hold lapsing as its grab expires is released, then refunded). The contract says only
  // "in time order"; the engine breaks ties so.
  const RANK = { order: 0, release: 1, draw: 2, expire: 3 } as const;
  let earliest = Infinity; // no pending deadline before this: most steps need not look
  const schedule = (t: number, p: Packet, kind: keyof typeof RANK, run: () => void) => {
    events.push({ at: t, pkt: packets.indexOf(p), rank: RANK[kind], seq: seq++, run });
    earliest = Math.min(earliest, t);
  };
  const before = (a: Event, b: Event) => a.at - b.at || a.pkt - b.pkt || a.rank - b.rank || a.seq - b.seq;

  /** Everything due at or before `until`, in time order. */
  function runDue(until: number) {
    if (earliest > until) return;
    for (;;) {
      let best = -1;
      for (let k = 0; k < events.length; k++) {
        const e = events[k]!;
        if (e.at <= until && (best < 0 || before(e, events[best]!) < 0)) best = k;
      }
      if (best < 0) {
        earliest = events.reduce((m, e) => Math.min(m, e.at), Infinity);
        return;
      }
      const [e] = events.splice(best, 1);
      e!.run();
    }
  }

  // ---- money and stock
  function returnStock(sku: string, spec: string, n: number) {
    const k = `${sku}/${spec}`;
    const s = stock.get(k);
    if (s !== null && s !== undefined) stock.set(k, s + n);
  }
  /** An open or assigned unit goes back: the sender gets what they paid, the platform its discount. */
  function refundUnit(p: Packet, u: GiftUnit) {
    u.state = 'refunded';
    u.holdUntil = null;
    escrow -= u.price;
    wallets.set(p.sender, wallets.get(p.sender)! + u.paid);
    platform += u.price - u.paid;
    returnStock(u.sku, u.spec, 1);
    happened.refunds++;
    happened.refunded += u.paid; // READING (extension): the fen the sender got back
  }
  const commissionOf = (price: number) => Math.floor((price * st.commission) / 100);

  function accept(p: Packet, u: GiftUnit, who: string) {
    u.state = 'claimed';
    u.holder = who;
    u.at = now;
    u.holdUntil = null;
    escrow -= u.price;
    const fee = commissionOf(u.price);
    u.fee = fee;
    platform += fee;
    if (u.creator !== null) wallets.set(u.creator, wallets.get(u.creator)! + u.price - fee);
    else merchant += u.price - fee;
    if (u.delivery === 'voucher') u.voucher = voucherCode(p, p.units.indexOf(u));
    else if (u.delivery === 'virtual') u.order = 'delivered';
    else {
      // Both offsets count from acceptance; when delivery is not after shipping it goes straight to delivered.
      u.order = 'accepted';
      u.deliveredAt = now + st.deliverAfter;
      if (st.shipAfter < st.deliverAfter)
        schedule(now + st.shipAfter, p, 'order', () => {
          if (u.order === 'accepted') u.order = 'shipped';
        });
      schedule(u.deliveredAt, p, 'order', () => {
        if (u.order === 'accepted' || u.order === 'shipped') u.order = 'delivered';
      });
    }
  }

  // READING: the README names the voucher code's hash, not how the code is read from it; this
  // is the engine's: the first 15 hex digits mod 10^12, as 12 digits in groups of 4.
  const voucherCode = (p: Packet, index: number) => {
    const digits = (BigInt(`0x${sha256(`${p.seed}/voucher/${index}`).slice(0, 15)}`) % 10n ** 12n).toString().padStart(12, '0');
    return `${digits.slice(0, 4)} ${digits.slice(4, 8)} ${digits.slice(8)}`;
  };

  // ---- addresses (PRODUCT.md: name 1–20, phone 1[3-9]+9 digits, region, detail 5–120, no controls)
  function validAddress(as: string, a: unknown): boolean {
    let addr: unknown = a;
    if (typeof a === 'number') addr = user(as)!.addresses[a];
    if (!isObj(addr)) return false;
    // READING: fields are measured trimmed; a region is 1–40 characters (PRODUCT.md gives no
    // bound; this is the engine's).
    const field = (v: unknown, min: number, max: number) => typeof v === 'string' && !CONTROL.test(v) && chars(v.trim()) >= min && chars(v.trim()) <= max;
    return field(addr.name, 1, 20) && typeof addr.phone === 'string' && /^1[3-9]\d{9}$/.test(addr.phone.trim()) && field(addr.region, 1, 40) && field(addr.detail, 5, 120);
  }

  // ---- send
  function resolveSpec(skuRaw: unknown, specRaw: unknown): { product: Product; spec: Spec } {
    const product = world.catalog.find((p) => p.id === skuRaw) ?? refuse('UNKNOWN_SKU');
    const spec = specRaw === undefined ? (product.specs.length === 1 ? product.specs[0] : undefined) : product.specs.find((s) => s.id === specRaw);
    return { product, spec: spec ?? refuse('UNKNOWN_SPEC') };
  }
  const giftable = (p: Product, s: Spec) => p.giftable && p.category !== 'jewellery' && p.category !== 'education' && s.price <= 1_000_000;

  function checkMessage(m: unknown) {
    if (m === undefined) return;
    if (CONTROL.test(m as string)) refuse('INVALID_TEXT'); // EXTENSION
    if (chars(m as string) > 100) refuse('MESSAGE_TOO_LONG');
  }
  function checkCount(n: unknown, max: number) {
    if (!isInt(n) || n < 1 || n > 100 || n > max) refuse('BAD_COUNT');
  }
  /** Check stock for a list of units; the returned function takes it. */
  function reserve(lines: Array<{ product: Product; spec: Spec }>) {
    const need = new Map<string, number>();
    for (const l of lines) need.set(`${l.product.id}/${l.spec.id}`, (need.get(`${l.product.id}/${l.spec.id}`) ?? 0) + 1);
    for (const [k, n] of need) {
      const s = stock.get(k);
      if (s !== null && s !== undefined && s < n) refuse('OUT_OF_STOCK');
    }
    return () => {
      for (const [k, n] of need) {
        const s = stock.get(k);
        if (s !== null && s !== undefined) stock.set(k, s - n);
      }
    };
  }

  function send(as: string, s: Record<string, unknown>, label: string | undefined): Json {
    // The contract fixes UNKNOWN_USER, then DAILY_LIMIT, a return gift's own checks before the
    // direct rules, and BAD_COUNT before BAD_AMOUNT. READING: the rest of the order is the
    // engine's (the page does not fix it): the parties (group, member, eligible list, friend),
    // the message, the products, the count, the draw time, the code, stock, funds.
    if (!user(as)) refuse('UNKNOWN_USER');
    const today = beijingDay(now);
    const days = sendDays.get(as) ?? [];
    if (st.dailySendLimit > 0 && days.filter((d) => d === today).length >= st.dailySendLimit) refuse('DAILY_LIMIT');
    const mode = s.mode as Mode;
    if (s.replyTo !== undefined && mode !== 'direct') refuse('WRONG_MODE');
    // EXTENSION: a list of people only for a company's bulk gift.
    if (Array.isArray(s.to) && mode !== 'bulk') refuse('WRONG_MODE');
    const id = `p${String(packets.length + 1).padStart(4, '0')}`;
    const pseed = packetSeedOf(seed, id);
    const p: Packet = {
      id,
      key: label ?? id,
      mode,
      sender: as,
      group: null,
      to: null,
      sentAt: now,
      seed: pseed,
      units: [],
      red: [],
      secret: s.secret === true,
      replyTo: null,
      // READING: a red packet is money, never in a feed: the engine keeps no showPrice on one.
      showPrice: s.showPrice === true && mode !== 'redpacket',
      shared: [],
      policy: st.grabPolicy,
      holdMs: st.holdMs,
      openedBy: [],
      eligible: 'all',
      drawAt: 0,
      drawn: false,
      entrants: [],
      winners: [],
      drawSeed: sha256(`${pseed}/draw`),
      amount: 0,
      split: 'lucky',
      remaining: 0,
      code: '',
      wrongCodes: new Map(),
      claims: 0,
    };
    const others = (members: string[]) => members.filter((m) => m !== as).length;

    // The parties.
    let takers = 0;
    let staff: string[] = []; // EXTENSION: a bulk gift's recipients, one unit each
    if (mode === 'direct') {
      if (s.replyTo !== undefined) {
        const orig = packetByRef(s.replyTo) ?? refuse('UNKNOWN_PACKET');
        // "by someone who claimed a unit of it": a red packet's units count (they are units too).
        const claimedUnits: Array<{ state: string; holder: string | null }> = [...orig.units, ...orig.red];
        if (!claimedUnits.some((u) => u.state === 'claimed' && u.holder === as)) refuse('NOT_RECIPIENT');
        if (s.to !== orig.sender) refuse('BAD_REPLY');
        p.replyTo = orig.key;
      }
      const to = user(s.to) ?? refuse('UNKNOWN_USER');
      const ab = to.id !== as && listed(as, to.id);
      const ba = to.id !== as && listed(to.id, as);
      if (!ab && !ba) refuse('NOT_FRIEND');
      if (st.mutualFriendsOnly && !(ab && ba)) refuse('NOT_MUTUAL_FRIEND');
      p.to = to.id;
      takers = 1;
    } else if (mode === 'code') {
      takers = world.users.length - 1;
    } else if (mode === 'bulk') {
      staff = bulkStaff(p, s);
      takers = staff.length;
    } else {
      const g = group(s.group) ?? refuse('UNKNOWN_GROUP');
      if (!g.members.includes(as)) refuse('NOT_MEMBER');
      p.group = g.id;
      takers = others(g.members);
      if (mode === 'lottery' && Array.isArray(s.eligible)) {
        for (const e of s.eligible as string[]) {
          if (!user(e)) refuse('UNKNOWN_USER');
          if (!g.members.includes(e)) refuse('NOT_MEMBER');
        }
        p.eligible = s.eligible as string[];
        // For a lottery, "the members who could take it" are the eligible ones.
        takers = others(g.members.filter((m) => p.eligible.includes(m)));
      }
    }
    checkMessage(s.message);

    if (mode === 'redpacket') {
      checkCount(s.count, takers);
      const n = s.count as number;
      if (!isInt(s.amount) || s.amount < n || s.amount > 20_000) refuse('BAD_AMOUNT');
      p.amount = s.amount as number;
      p.remaining = p.amount;
      p.split = s.split === 'equal' ? 'equal' : 'lucky';
      for (let k = 0; k < n; k++) p.red.push({ amount: null, state: 'open', holder: null, at: null });
      if (wallets.get(as)! < p.amount) refuse('INSUFFICIENT_FUNDS');
      return accepted(p, p.amount, label, () => {});
    }

    // The products, then the count.
    // A bulk gift makes one unit per person: any `count` but 1 is BAD_COUNT, after the products.
    const bulkCount = s.count === undefined || s.count === 1 ? staff.length : 0;
    const count = mode === 'direct' ? (s.count ?? 1) : mode === 'bulk' ? bulkCount : s.count;
    const wanted = (mode === 'luckybag' ? (s.items ?? []) : [{ sku: s.sku, spec: s.spec, count }]) as Array<Record<string, unknown>>;
    if (wanted.length === 0) refuse('BAD_COUNT');
    const resolved = wanted.map((w) => {
      const r = resolveSpec(w.sku, w.spec);
      if (!giftable(r.product, r.spec)) refuse('NOT_GIFTABLE');
      return r;
    });
    let total = 0;
    for (const w of wanted) {
      if (!isInt(w.count) || w.count < 1) refuse('BAD_COUNT');
      total += w.count as number;
    }
    if (mode === 'direct' && total !== 1) refuse('BAD_COUNT');
    // EXTENSION: up to a full group less the company; the 100-unit cap is the other modes'.
    if (mode === 'bulk' && total > 499) refuse('BAD_COUNT');
    if (mode !== 'bulk') checkCount(total, takers);
    if (mode === 'lottery') {
      const m = /^\+(\d{1,7})([smhd])$/.exec(s.drawAt as string);
      const drawAt = s.drawAt === undefined ? null : m ? now + duration(`${m[1]}${m[2]}`)! : isoTime(s.drawAt);
      if (drawAt === null || drawAt <= now || drawAt > now + DAY || drawAt > CLOCK_MAX) refuse('BAD_DRAW_TIME');
      p.drawAt = drawAt!;
    }
    if (mode === 'code') {
      if (!/^[0-9]{4}$/.test((s.code ?? '') as string)) refuse('BAD_CODE');
      p.code = s.code as string;
    }
    const lines: Array<{ product: Product; spec: Spec }> = [];
    wanted.forEach((w, k) => {
      for (let n = 0; n < (w.count as number); n++) lines.push(resolved[k]!);
    });
    const take = reserve(lines);
    const discount = mode === 'code' ? st.codeDiscount : 0;
    let cost = 0;
    for (const l of lines) {
      const off = Math.floor((l.spec.price * discount) / 100);
      p.units.push({
        sku: l.product.id,
        spec: l.spec.id,
        price: l.spec.price,
        paid: l.spec.price - off,
        delivery: l.product.delivery,
        creator: l.product.creator,
        state: 'open',
        holder: null,
        at: null,
        voucher: null,
        redeemed: false,
        order: null,
        deliveredAt: null,
        fee: 0,
        holdUntil: null,
      });
      cost += l.spec.price - off;
    }
    if (wallets.get(as)! < cost) refuse('INSUFFICIENT_FUNDS');
    if (mode === 'direct') {
      // READING: a direct gift's unit is assigned to its recipient from the send ("holder is the
      // user a unit is assigned to"); the engine reads it so, and after-sales before acceptance
      // is then NOT_ACCEPTED (the contract's example of that code) rather than NOT_RECIPIENT.
      p.units[0]!.state = 'assigned';
      p.units[0]!.holder = p.to;
    }
    // EXTENSION: each unit of a bulk gift is a direct gift to its person from the send.
    staff.forEach((who, k) => {
      p.units[k]!.state = 'assigned';
      p.units[k]!.holder = who;
    });
    return accepted(p, cost, label, take);
  }

  /** EXTENSION (docs/scenarios.md, 年会福利): who a company's bulk gift goes to, in the page's
   * order of checks: a company; a group it is in (everyone but itself), or a list of people each
   * sharing a group with it, no one twice and not itself. The packet is in the group's chat. */
  function bulkStaff(p: Packet, s: Record<string, unknown>): string[] {
    const as = p.sender;
    if (!user(as)!.company) refuse('NOT_COMPANY');
    if (s.to === undefined) {
      const g = group(s.group) ?? refuse('UNKNOWN_GROUP');
      if (!g.members.includes(as)) refuse('NOT_MEMBER');
      p.group = g.id;
      return g.members.filter((m) => m !== as);
    }
    if (s.group !== undefined) refuse('WRONG_MODE');
    // READING: one id instead of a list is a list of one (the engine reads it so).
    const list = typeof s.to === 'string' ? [s.to] : (s.to as string[]);
    if (list.length === 0) refuse('BAD_COUNT');
    const out: string[] = [];
    for (const id of list) {
      if (!user(id)) refuse('UNKNOWN_USER');
      if (id === as) refuse('OWN_PACKET');
      if (out.includes(id)) refuse('BAD_COUNT');
      if (!world.groups.some((g) => g.members.includes(as) && g.members.includes(id))) refuse('NOT_MEMBER');
      out.push(id);
    }
    return out;
  }

  /** A send that passed every check: the money moves, the packet exists, its deadline is set. */
  function accepted(p: Packet, cost: number, label: string | undefined, take: () => void): Json {
    take();
    const discount = p.units.reduce((sum, u) => sum + u.price - u.paid, 0);
    wallets.set(p.sender, wallets.get(p.sender)! - cost);
    escrow += cost + discount;
    platform -= discount;
    const days = sendDays.get(p.sender) ?? [];
    days.push(beijingDay(now));
    sendDays.set(p.sender, days);
    packets.push(p);
    if (label !== undefined) labels.set(label, p.id);
    if (p.mode === 'lottery') schedule(p.drawAt, p, 'draw', () => runDraw(p));
    else schedule(p.sentAt + DAY, p, 'expire', () => expire(p));
    return { packet: p.id, cost };
  }

  function expire(p: Packet) {
    if (p.mode === 'redpacket') {
      const left = p.red.filter((u) => u.state === 'open');
      if (left.length === 0) return;
      for (const u of left) u.state = 'refunded';
      escrow -= p.remaining;
      wallets.set(p.sender, wallets.get(p.sender)! + p.remaining);
      happened.refunds += left.length;
      happened.refunded += p.remaining;
      p.remaining = 0;
      return;
    }
    for (const u of p.units) if (u.state === 'open' || u.state === 'assigned') refundUnit(p, u);
  }

  function runDraw(p: Packet) {
    p.drawn = true;
    happened.drawn.push(p.key);
    const k = Math.min(p.units.length, p.entrants.length);
    p.winners = draw(p.drawSeed, p.entrants, k);
    p.units.forEach((u, i) => {
      if (i < k) {
        u.state = 'assigned';
        u.holder = p.winners[i]!;
      } else refundUnit(p, u);
    });
    if (k > 0)
      schedule(p.drawAt + DAY, p, 'expire', () => {
        for (const u of p.units) if (u.state === 'assigned') refundUnit(p, u);
      });
  }

  // ---- the other verbs
  function known(as: string, ref: string): Packet {
    if (!user(as)) refuse('UNKNOWN_USER');
    return packetByRef(ref) ?? refuse('UNKNOWN_PACKET');
  }
  const expired = (p: Packet) => now >= p.sentAt + DAY;

  function needAddress(as: string, u: GiftUnit, address: unknown) {
    if (u.delivery === 'address' && !validAddress(as, address)) refuse('INVALID_ADDRESS');
  }
  /** A group packet's taker: not the sender, a member, none taken yet, before the expiry. */
  function takerChecks(p: Packet, as: string, taken: boolean) {
    if (as === p.sender) refuse('OWN_PACKET');
    if (!group(p.group)!.members.includes(as)) refuse('NOT_MEMBER');
    if (taken) refuse('ALREADY_CLAIMED');
    if (expired(p)) refuse('EXPIRED');
  }
  const claimed = (p: Packet, u: GiftUnit): Json => ({ unit: p.units.indexOf(u), sku: u.sku, spec: u.spec, ...(u.voucher === null ? {} : { voucher: u.voucher }) });

  function claim(as: string, ref: string, step: RawStep): Json {
    const p = known(as, ref);
    switch (p.mode) {
      case 'bulk': {
        // EXTENSION: each unit is a direct gift to its person.
        if (as === p.sender) refuse('OWN_PACKET');
        const u = p.units.find((x) => x.holder === as) ?? refuse('NOT_RECIPIENT');
        if (u.state === 'claimed') refuse('ALREADY_CLAIMED');
        if (u.state === 'refunded' || expired(p)) refuse('EXPIRED');
        needAddress(as, u, step.address);
        accept(p, u, as);
        return claimed(p, u);
      }
      case 'direct': {
        if (as === p.sender) refuse('OWN_PACKET');
        if (as !== p.to) refuse('NOT_RECIPIENT');
        const u = p.units[0]!;
        if (u.state === 'claimed') refuse('ALREADY_CLAIMED');
        if (u.state === 'refunded' || expired(p)) refuse('EXPIRED');
        needAddress(as, u, step.address);
        accept(p, u, as);
        return claimed(p, u);
      }
      case 'grab': {
        const mine = p.units.find((u) => u.holder === as && (u.state === 'assigned' || u.state === 'claimed'));
        takerChecks(p, as, mine?.state === 'claimed');
        // EXTENSION: a hold from opening under reserve-on-open is the holder's to take.
        const u = mine ?? p.units.find((x) => x.state === 'open') ?? refuse('SOLD_OUT');
        needAddress(as, u, step.address);
        accept(p, u, as);
        return claimed(p, u);
      }
      case 'luckybag': {
        takerChecks(p, as, p.units.some((u) => u.holder === as));
        const open = p.units.filter((x) => x.state === 'open');
        if (open.length === 0) refuse('SOLD_OUT');
        const u = open[uniform(source(`${p.seed}/claim/${p.claims}`), open.length)]!;
        // READING: the claimant cannot know which unit they will get, so the address is asked
        // for whenever any unit left is a parcel (the engine's reading), not only when the
        // drawn one is.
        if (open.some((x) => x.delivery === 'address') && !validAddress(as, step.address)) refuse('INVALID_ADDRESS');
        p.claims++;
        accept(p, u, as);
        return claimed(p, u);
      }
      case 'lottery': {
        if (as === p.sender) refuse('OWN_PACKET');
        access(p, as); // READING: membership before the draw's state, as the engine checks
        if (!p.drawn) refuse('NOT_DRAWN');
        const u = p.units.find((x) => x.holder === as) ?? refuse('NOT_WINNER');
        if (u.state === 'claimed') refuse('ALREADY_CLAIMED');
        if (u.state === 'refunded') refuse('EXPIRED');
        needAddress(as, u, step.address);
        accept(p, u, as);
        return claimed(p, u);
      }
      case 'code': {
        if (as === p.sender) refuse('OWN_PACKET');
        const wrong = p.wrongCodes.get(as) ?? 0;
        if (wrong >= 5) refuse('CODE_LOCKED');
        if (step.code !== p.code) {
          p.wrongCodes.set(as, wrong + 1); // the one refusal that leaves a trace
          refuse('BAD_CODE');
        }
        if (p.units.some((u) => u.holder === as)) refuse('ALREADY_CLAIMED');
        if (expired(p)) refuse('EXPIRED');
        const u = p.units.find((x) => x.state === 'open') ?? refuse('SOLD_OUT');
        needAddress(as, u, step.address);
        accept(p, u, as);
        return claimed(p, u);
      }
      case 'redpacket': {
        takerChecks(p, as, p.red.some((u) => u.holder === as));
        const index = p.red.findIndex((x) => x.state === 'open');
        if (index < 0) refuse('SOLD_OUT');
        const left = p.red.filter((x) => x.state === 'open').length;
        let amount: number;
        if (p.split === 'equal') {
          const each = Math.floor(p.amount / p.red.length);
          amount = index === p.red.length - 1 ? p.amount - each * (p.red.length - 1) : each;
        } else amount = luckyAmount(p.seed, p.claims, p.remaining, left);
        const u = p.red[index]!;
        u.amount = amount;
        u.state = 'claimed';
        u.holder = as;
        u.at = now;
        p.claims++;
        p.remaining -= amount;
        escrow -= amount;
        wallets.set(as, wallets.get(as)! + amount);
        return { unit: index, amount };
      }
    }
  }

  /** READING: who may look at a packet is not in the contract; the engine's: a group packet
   * its members (NOT_MEMBER), a direct gift its two parties (NOT_RECIPIENT), a code gift anyone. */
  function access(p: Packet, as: string) {
    if (p.mode === 'code') return;
    // EXTENSION: a bulk gift to a list is its sender's and its people's.
    if (p.mode === 'bulk' && p.group === null) {
      if (as !== p.sender && !p.units.some((u) => u.holder === as)) refuse('NOT_RECIPIENT');
    } else if (p.group === null) {
      if (as !== p.sender && as !== p.to) refuse('NOT_RECIPIENT');
    } else if (!group(p.group)!.members.includes(as)) refuse('NOT_MEMBER');
  }

  function open(as: string, ref: string): Json {
    const p = known(as, ref);
    access(p, as);
    const first = !p.openedBy.includes(as);
    const holds = p.units.some((x) => x.holder === as && (x.state === 'assigned' || x.state === 'claimed'));
    // EXTENSION: under reserve-on-open a member's first open of a grab packet holds a unit for
    // the hold time; a lapsed hold is not renewed by opening again.
    if (p.mode !== 'grab' || p.policy !== 'reserve-on-open' || as === p.sender || !first || holds) {
      if (first) p.openedBy.push(as);
      return null;
    }
    if (expired(p)) refuse('EXPIRED');
    const u = p.units.find((x) => x.state === 'open') ?? refuse('SOLD_OUT');
    p.openedBy.push(as);
    u.state = 'assigned';
    u.holder = as;
    u.holdUntil = now + p.holdMs;
    schedule(u.holdUntil, p, 'release', () => {
      if (u.state === 'assigned' && u.holdUntil !== null && u.holdUntil <= now) {
        u.state = 'open';
        u.holder = null;
        u.holdUntil = null;
        happened.released++;
      }
    });
    return { reserved: p.units.indexOf(u) };
  }

  function join(as: string, ref: string): Json {
    const p = known(as, ref);
    if (p.mode !== 'lottery') refuse('WRONG_MODE');
    if (as === p.sender) refuse('OWN_PACKET');
    access(p, as);
    if (p.eligible !== 'all' && !p.eligible.includes(as)) refuse('NOT_ELIGIBLE');
    // READING: the page does not order these two; the engine closes the draw first.
    if (p.drawn) refuse('DRAW_CLOSED');
    if (p.entrants.includes(as)) refuse('ALREADY_JOINED');
    p.entrants.push(as);
    return null;
  }

  function switchSpec(as: string, ref: string, to: unknown): Json {
    const p = known(as, ref);
    // EXTENSION: a lottery's winner may switch too, before accepting the prize.
    if (p.mode !== 'direct' && p.mode !== 'lottery' && p.mode !== 'bulk') refuse('WRONG_MODE');
    let u: GiftUnit;
    if (p.mode === 'direct') {
      if (as !== p.to) refuse('NOT_RECIPIENT');
      u = p.units[0]!;
    } else if (p.mode === 'bulk') {
      u = p.units.find((x) => x.holder === as) ?? refuse('NOT_RECIPIENT'); // EXTENSION
    } else {
      access(p, as);
      if (!p.drawn) refuse('NOT_DRAWN');
      const i = p.winners.indexOf(as);
      if (i < 0) refuse('NOT_WINNER');
      u = p.units[i]!;
    }
    if (u.state === 'claimed') refuse('ACCEPTED');
    if (u.state === 'refunded') refuse('EXPIRED');
    const product = world.catalog.find((x) => x.id === u.sku)!;
    const spec = product.specs.find((x) => x.id === to) ?? refuse('UNKNOWN_SPEC');
    if (spec.id !== u.spec && spec.price !== u.price) refuse('SPEC_PRICE_MISMATCH');
    if (spec.id !== u.spec) {
      const s = stock.get(`${u.sku}/${spec.id}`);
      if (s !== null && s !== undefined && s < 1) refuse('OUT_OF_STOCK');
      if (s !== null && s !== undefined) stock.set(`${u.sku}/${spec.id}`, s - 1);
      returnStock(u.sku, u.spec, 1);
      u.spec = spec.id;
    }
    return { unit: p.units.indexOf(u), spec: u.spec };
  }

  function redeem(as: string, ref: string): Json {
    const p = known(as, ref);
    const u = p.units.find((x) => x.holder === as && x.state === 'claimed' && x.voucher !== null) ?? refuse('NO_VOUCHER');
    if (u.redeemed) refuse('ALREADY_REDEEMED');
    u.redeemed = true;
    return { unit: p.units.indexOf(u), voucher: u.voucher };
  }

  /** The unit this user accepted and kept, for after-sales and a share: WRONG_MODE (a red packet),
   * NOT_RECIPIENT, NOT_ACCEPTED, ALREADY_REFUNDED. The unit they hold is the one they accepted,
   * else one assigned to them (perhaps refunded since); a direct gift is assigned to its
   * recipient from the send (see send()). */
  function keptUnit(as: string, ref: string): { p: Packet; u: GiftUnit } {
    const p = known(as, ref);
    if (p.mode === 'redpacket') refuse('WRONG_MODE');
    const u = p.units.find((x) => x.holder === as && x.state === 'claimed') ?? p.units.find((x) => x.holder === as) ?? refuse('NOT_RECIPIENT');
    if (u.state !== 'claimed') refuse('NOT_ACCEPTED');
    if (u.order === 'refunded') refuse('ALREADY_REFUNDED');
    return { p, u };
  }

  /** EXTENSION: 晒礼物, once per person and packet; it moves no money and changes no unit. */
  function share(as: string, ref: string): Json {
    const { p, u } = keptUnit(as, ref);
    if (p.shared.includes(as)) refuse('ALREADY_SHARED');
    p.shared.push(as);
    return { unit: p.units.indexOf(u) };
  }

  function aftersale(as: string, ref: string): Json {
    const { p, u } = keptUnit(as, ref);
    if (u.delivery !== 'address') refuse('AFTERSALE_CLOSED');
    if (now >= u.deliveredAt! + 7 * DAY) refuse('AFTERSALE_CLOSED');
    u.order = 'refunded';
    const fee = u.fee;
    platform -= fee;
    if (u.creator !== null) wallets.set(u.creator, wallets.get(u.creator)! - (u.price - fee));
    else merchant -= u.price - fee;
    wallets.set(p.sender, wallets.get(p.sender)! + u.paid);
    platform += u.price - u.paid;
    returnStock(u.sku, u.spec, 1);
    return { unit: p.units.indexOf(u) };
  }

  /** EXTENSION: a chat line. `chat` is `group:ID`, `dm:a|b` (the ids in order) or a friend's id. */
  function say(as: string, chat: string, text: string): Json {
    if (!user(as)) refuse('UNKNOWN_USER');
    let members: string[] | null = null;
    if (chat.startsWith('group:')) members = group(chat.slice(6))?.members ?? null;
    else {
      const id = chat.includes(':') ? chat : `dm:${[as, chat].sort(byCodeUnits).join('|')}`;
      const pair = id.startsWith('dm:') ? id.slice(3).split('|') : [];
      if (pair.length === 2 && user(pair[0]) && user(pair[1]) && id === `dm:${pair.slice().sort(byCodeUnits).join('|')}`) members = pair;
    }
    if (members === null) refuse(chat.startsWith('group:') ? 'UNKNOWN_GROUP' : 'UNKNOWN_USER');
    if (!members!.includes(as)) refuse('NOT_MEMBER');
    if (!chat.startsWith('group:')) {
      const [a, b] = members! as [string, string];
      if (a === b || (!listed(a, b) && !listed(b, a))) refuse('NOT_FRIEND');
    }
    if (CONTROL.test(text)) refuse('INVALID_TEXT');
    if (chars(text) > 500) refuse('MESSAGE_TOO_LONG');
    if (text.trim() === '') refuse('INVALID_TEXT');
    return null;
  }

  function changeSettings(changes: Record<string, unknown>) {
    for (const [k, v] of Object.entries(changes)) {
      if (v === undefined) continue;
      if (k === 'shipAfter' || k === 'deliverAfter') st[k] = duration(v)!;
      else Object.assign(st, { [k]: v });
    }
  }

  // ---- the steps
  const results: Json[] = [];
  steps.forEach((step, i) => {
    const verb: Verb = step.verb;
    let result: Json = null;
    happened = { drawn: [], refunds: 0, refunded: 0, released: 0 };
    try {
      if (verb === 'advance') {
        // "0s" is a move of nothing: the contract's `Ns` does not ask N > 0, and the engine agrees.
        const d = duration(step.raw.advance)!;
        if (now + d > CLOCK_MAX) refuse('CLOCK_LIMIT');
        now += d;
        runDue(now);
        const h = happened;
        if (h.drawn.length || h.refunds || h.released)
          result = {
            ...(h.drawn.length ? { drawn: h.drawn } : {}),
            ...(h.refunds ? { refunds: h.refunds, refunded: h.refunded } : {}),
            ...(h.released ? { released: h.released } : {}),
          };
      } else if (verb === 'policy') {
        const hold = step.raw.hold === undefined ? st.holdMs : duration(step.raw.hold)!;
        if (hold <= 0) refuse('BAD_DURATION');
        st.grabPolicy = step.raw.policy as Settings['grabPolicy'];
        st.holdMs = hold;
      } else if (verb === 'settings') {
        changeSettings(step.raw.settings as Record<string, unknown>);
      } else {
        const as = step.raw.as as string;
        const ref = step.raw[verb] as string;
        if (verb === 'send') result = send(as, step.raw.send as Record<string, unknown>, step.raw.label as string | undefined);
        else if (verb === 'open') result = open(as, ref);
        else if (verb === 'join') result = join(as, ref);
        else if (verb === 'claim') result = claim(as, ref, step.raw);
        else if (verb === 'spec') result = switchSpec(as, ref, step.raw.to);
        else if (verb === 'redeem') result = redeem(as, ref);
        else if (verb === 'aftersale') result = aftersale(as, ref);
        else if (verb === 'share') result = share(as, ref);
        else result = say(as, step.raw.chat as string, step.raw.say as string);
        runDue(now); // an order whose offset is 0 ships or is delivered with its acceptance
      }
      results.push(result === null ? { i, ok: true } : { i, ok: true, result });
    } catch (e) {
      if (!(e instanceof Refusal)) throw e;
      results.push({ i, ok: false, code: e.code, message: refusalMessage(e.code as never) });
    }
  });

  return report();

  // ---------------------------------------------------------------- the document --------------
  function report(): { [k: string]: Json } {
    // Keyed by names a file chose: without a prototype, a label "__proto__" is a key like any other.
    const out: { [k: string]: Json } = Object.create(null);
    for (const p of packets) out[p.key] = packetJson(p);
    const walletsJson: { [k: string]: Json } = Object.create(null);
    for (const [id, w] of wallets) walletsJson[id] = w;
    return {
      name: top.name ?? fileName.replace(/^.*\//, '').replace(/\.json$/, ''),
      seed,
      end: beijing(now),
      steps: results,
      packets: out,
      wallets: walletsJson,
      escrow,
      merchant,
      platform,
      users: usersJson(),
      leaderboard: leaderboard(),
      relations: relations(),
    };
  }

  function status(p: Packet): string {
    const live = p.mode === 'redpacket' ? p.red.some((u) => u.state === 'open') : p.units.some((u) => u.state === 'open' || u.state === 'assigned');
    if (!live) return 'done';
    return p.mode === 'lottery' && p.drawn ? 'drawn' : 'open';
  }

  function packetJson(p: Packet): Json {
    const j: { [k: string]: Json } = { mode: p.mode, sender: p.sender, group: p.group, to: p.to, status: status(p) };
    if (p.mode === 'redpacket') {
      j.units = p.red.map((u) => ({ amount: u.amount, state: u.state, holder: u.holder, at: u.at === null ? null : beijing(u.at) }));
      j.amount = p.amount;
      j.split = p.split;
    } else {
      j.units = p.units.map((u) => {
        const o: { [k: string]: Json } = {
          sku: u.sku,
          spec: u.spec,
          price: u.price,
          state: u.state,
          holder: u.holder,
          at: u.at === null ? null : beijing(u.at),
          voucher: u.voucher,
          redeemed: u.redeemed,
        };
        if (u.delivery !== 'voucher') o.order = u.order;
        return o;
      });
    }
    if (p.mode === 'grab') j.policy = p.policy; // EXTENSION
    if (p.mode === 'lottery') {
      j.entrants = p.entrants.slice();
      j.winners = p.winners.slice();
      j.commitment = sha256(p.drawSeed);
      j.drawSeed = p.drawn ? p.drawSeed : null;
      j.drawAt = beijing(p.drawAt); // EXTENSION
    }
    if (p.mode === 'code') j.code = p.code;
    j.secret = p.secret;
    j.replyTo = p.replyTo;
    // EXTENSION: present only when used.
    if (p.showPrice) j.showPrice = true;
    if (p.shared.length > 0) j.shared = p.shared.slice();
    return j;
  }

  function usersJson(): Json {
    const endDay = beijingDay(now);
    const out: { [k: string]: Json } = Object.create(null);
    for (const id of [...sendDays.keys()].sort(byCodeUnits)) {
      const list = sendDays.get(id)!;
      const days = new Set(list);
      let day = days.has(endDay) ? endDay : endDay - 1;
      let streak = 0;
      while (days.has(day)) {
        streak++;
        day--;
      }
      let best = 0;
      for (const d of days) {
        if (days.has(d - 1)) continue;
        let n = 0;
        while (days.has(d + n)) n++;
        best = Math.max(best, n);
      }
      const badges = [3, 7, 30].filter((n) => best >= n).map((n) => `streak-${n}`);
      out[id] = { streak, badges, sentToday: list.filter((d) => d === endDay).length };
    }
    return out;
  }

  /** Gift units claimed and not refunded by after-sales: the social counts read these. */
  function givenUnits(): Array<{ from: string; to: string; price: number }> {
    const out: Array<{ from: string; to: string; price: number }> = [];
    for (const p of packets) for (const u of p.units) if (u.state === 'claimed' && u.order !== 'refunded') out.push({ from: p.sender, to: u.holder!, price: u.price });
    return out;
  }

  function leaderboard(): Json {
    const value = new Map<string, number>();
    for (const g of givenUnits()) value.set(g.from, (value.get(g.from) ?? 0) + g.price);
    return [...value]
      .filter(([, v]) => v > 0)
      .sort((x, y) => y[1] - x[1] || byCodeUnits(x[0], y[0]))
      .map(([u, v]) => ({ user: u, value: v }));
  }

  function relations(): Json {
    const pairs = new Map<string, { a: string; b: string; ab: number; ba: number }>();
    for (const g of givenUnits()) {
      const [a, b] = byCodeUnits(g.from, g.to) < 0 ? [g.from, g.to] : [g.to, g.from];
      const k = `${a}\u0000${b}`;
      const r = pairs.get(k) ?? { a, b, ab: 0, ba: 0 };
      if (g.from === a) r.ab++;
      else r.ba++;
      pairs.set(k, r);
    }
    return [...pairs.values()]
      .sort((x, y) => byCodeUnits(x.a, y.a) || byCodeUnits(x.b, y.b))
      .map((r) => ({ ...r, tier: r.ab >= 2 && r.ba >= 2 ? 'strong' : r.ab >= 1 && r.ba >= 1 ? 'medium' : 'weak' }));
  }
}
