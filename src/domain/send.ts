// Deciding a send: every mode, in the order of checks SCENARIOS.md fixes. The sender's
// UNKNOWN_USER, then DAILY_LIMIT, then the mode's own checks; a gift's products, count, stock and
// funds last.
import type { SendCommand } from './commands';
import { checkText, fail, needPacket, needUser, own, type Emit } from './decide-kit';
import { percentOf } from './ledger';
import { MAX_GROUP_MEMBERS, MAX_PACKET_COUNT, MESSAGE_MAX, RED_PACKET_MAX } from './money';
import { drawSeedOf, packetSeed, sha256 } from './random';
import { directGiftProblem, isMember, newUnit, notGiftableReason, packetId, resolveSpec, stockKey, takers } from './rules';
import { setting } from './settings';
import { sendsOn } from './social';
import { beijingDay, CLOCK_MAX, DAY } from './time';
import type { Fen, Millis, Packet, PacketId, State, Unit, UserId } from './types';

interface Line {
  sku: string;
  spec: string;
  price: number;
  count: number;
}

const CODE = /^[0-9]{4}$/;

/** A company's 年会福利 goes to at most a whole group less the company: one unit each, so the
 * 100-unit cap of the other modes does not apply. */
export const BULK_MAX = MAX_GROUP_MEMBERS - 1;

export function decideSend(state: State, cmd: SendCommand, emit: Emit) {
  const at = state.now;
  needUser(state, cmd.as);
  const limit = setting(state.settings, 'dailySendLimit');
  if (limit > 0 && sendsOn(state, cmd.as, beijingDay(at)) >= limit) fail('DAILY_LIMIT', 'as');
  if (cmd.replyTo !== undefined && cmd.mode !== 'direct') fail('WRONG_MODE', 'replyTo');
  if (cmd.recipients !== undefined && cmd.mode !== 'bulk') fail('WRONG_MODE', 'to');
  if (cmd.mode === 'redpacket') return decideRedPacket(state, cmd, emit);
  const message = cmd.message ?? '';
  let takerCount = 1;
  let replyTo: PacketId | null = null;
  let recipients: UserId[] = [];
  if (cmd.mode === 'direct') {
    if (cmd.replyTo !== undefined) replyTo = checkReply(state, cmd, cmd.replyTo);
    if (cmd.to === undefined) fail('UNKNOWN_USER', 'to');
    needUser(state, cmd.to, 'to');
    const problem = directGiftProblem(state, cmd.as, cmd.to);
    if (problem) fail(problem, 'to');
  } else if (cmd.mode === 'grab' || cmd.mode === 'lottery' || cmd.mode === 'luckybag') {
    const g = cmd.group === undefined ? undefined : own(state.groups, cmd.group);
    if (!g) fail('UNKNOWN_GROUP', 'group');
    if (!isMember(g, cmd.as)) fail('NOT_MEMBER', 'group');
    if (cmd.mode === 'lottery' && cmd.eligible !== undefined && cmd.eligible !== 'all') {
      for (const id of cmd.eligible) {
        needUser(state, id, 'eligible');
        if (!isMember(g, id)) fail('NOT_MEMBER', 'eligible');
      }
    }
    const eligible = cmd.mode === 'lottery' ? (cmd.eligible ?? 'all') : 'all';
    // Everyone but the sender (a member, checked above): no need to list 500 members to count them.
    takerCount = eligible === 'all' ? g.members.length - 1 : takers(state, { group: g.id, sender: cmd.as }, eligible).length;
  } else if (cmd.mode === 'code') {
    // Anyone in the world but the sender may claim one unit.
    takerCount = userCount(state) - 1;
  } else if (cmd.mode === 'bulk') {
    recipients = bulkRecipients(state, cmd);
    takerCount = recipients.length;
  } else {
    fail('WRONG_MODE', 'mode');
  }
  checkText(message, MESSAGE_MAX, 'message');

  // What is being sent: one line per product and variant.
  const wanted =
    cmd.mode === 'luckybag'
      ? (cmd.items ?? [])
      : [{ sku: cmd.sku ?? '', spec: cmd.spec, count: unitsWanted(cmd, recipients.length) }];
  if (wanted.length === 0) fail('BAD_COUNT', 'items');
  // Loops rather than map and reduce with closures: the lines' array is then always of one kind,
  // where map's made the optimised send give way once a lucky bag came (a long scenario's sends
  // were compiled twice).
  const lines: Line[] = [];
  for (let i = 0; i < wanted.length; i++) {
    const w = wanted[i]!;
    const field = cmd.mode === 'luckybag' ? `items[${i}]` : '';
    const product = own(state.catalog, w.sku);
    if (!product) fail('UNKNOWN_SKU', `${field}${field ? '.' : ''}sku`);
    const spec = resolveSpec(product, w.spec);
    if (!spec) fail('UNKNOWN_SPEC', `${field}${field ? '.' : ''}spec`);
    if (notGiftableReason(product, spec) !== null) fail('NOT_GIFTABLE', `${field}${field ? '.' : ''}sku`);
    lines.push({ sku: product.id, spec: spec.id, price: spec.price, count: w.count });
  }
  let total = 0;
  for (let i = 0; i < lines.length; i++) total += lines[i]!.count;
  for (const l of lines) if (!Number.isSafeInteger(l.count) || l.count < 1) fail('BAD_COUNT', 'count');
  if (cmd.mode === 'direct' && total !== 1) fail('BAD_COUNT', 'count');
  if (total > (cmd.mode === 'bulk' ? BULK_MAX : MAX_PACKET_COUNT) || total > takerCount) fail('BAD_COUNT', 'count');

  let drawAt: Millis | null = null;
  if (cmd.mode === 'lottery') {
    drawAt = cmd.drawAt ?? null;
    if (drawAt === null || !Number.isSafeInteger(drawAt) || drawAt <= at || drawAt > at + DAY || drawAt > CLOCK_MAX) fail('BAD_DRAW_TIME', 'drawAt');
  }
  if (cmd.mode === 'code' && (typeof cmd.code !== 'string' || !CODE.test(cmd.code))) fail('BAD_CODE', 'code');
  // Stock, summed per variant (two lines may name the same one), of the variants whose stock is
  // counted, in the order the lines first name them.
  const perSpec = stockWanted(state, lines);
  for (const w of perSpec) if (state.stock[w.key]! < w.count) fail('OUT_OF_STOCK', 'spec');
  // A code gift is discounted (Taobao 85折): the platform pays the discount into escrow.
  const discount = cmd.mode === 'code' ? codeDiscount(state, lines[0]!.price) : 0;
  let cost = 0;
  for (let i = 0; i < lines.length; i++) cost += (lines[i]!.price - discount) * lines[i]!.count;
  if ((state.wallets[cmd.as] ?? 0) < cost) fail('INSUFFICIENT_FUNDS', 'wallet');

  const id = nextPacketId(state);
  const seed = packetSeed(state.seed, id);
  const units: Unit[] = [];
  for (const l of lines)
    for (let i = 0; i < l.count; i++)
      units.push(newUnit(l.sku, l.spec, l.price));
  if (cmd.mode === 'direct') {
    units[0]!.state = 'assigned';
    units[0]!.holder = cmd.to!;
  }
  // 年会福利: each recipient's unit is theirs from the start, like a direct gift.
  recipients.forEach((r, i) => {
    units[i]!.state = 'assigned';
    units[i]!.holder = r;
  });
  let lottery: Packet['lottery'] = null;
  if (cmd.mode === 'lottery') {
    const drawSeed = drawSeedOf(seed);
    const eligible =
      cmd.eligible === undefined || cmd.eligible === 'all' ? 'all' : cmd.eligible.filter((u, i, all) => u !== cmd.as && all.indexOf(u) === i);
    lottery = { drawAt: drawAt!, eligible, entrants: [], winners: null, description: message, commitment: sha256(drawSeed), drawSeed, drawn: false };
  }
  const packet: Packet = {
    id,
    label: cmd.label ?? null,
    mode: cmd.mode,
    sender: cmd.as,
    group: cmd.mode === 'direct' || cmd.mode === 'code' || (cmd.mode === 'bulk' && cmd.recipients !== undefined) ? null : cmd.group!,
    to: cmd.mode === 'direct' ? cmd.to! : null,
    message,
    sentAt: at,
    expiresAt: cmd.mode === 'lottery' ? null : at + DAY,
    units,
    seed,
    opened: [],
    lottery,
    claims: 0,
    settled: false,
    // The grab rule only: the second edition's settings apply when each unit is accepted.
    policy: cmd.mode === 'grab' ? { grabPolicy: state.settings.grabPolicy, holdMs: state.settings.holdMs } : null,
    secret: cmd.secret === true,
    replyTo,
  };
  // Added after, in this order, only when they apply (a spread after the other fields takes V8's
  // generic copy).
  if (cmd.showPrice === true) packet.showPrice = true;
  if (cmd.mode === 'code') packet.code = { code: cmd.code!, discount, wrong: {} };
  emit({ type: 'sent', at, packet });
  emit({ type: 'paid', at, user: cmd.as, amount: cost, packet: id });
  if (discount > 0) emit({ type: 'subsidised', at, packet: id, amount: discount * total });
  for (const w of perSpec) emit({ type: 'stock', at, sku: w.sku, spec: w.spec, delta: -w.count });
  return { packet: id, cost };
}

/** The counted variants a send takes, each once with its units summed. A list searched rather
 * than a Map: a send names one or a few variants, and most worlds count no stock at all. */
function stockWanted(state: State, lines: readonly Line[]): Array<{ key: string; sku: string; spec: string; count: number }> {
  const out: Array<{ key: string; sku: string; spec: string; count: number }> = [];
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    const key = stockKey(l.sku, l.spec);
    if (!(key in state.stock)) continue;
    const same = out.find((w) => w.key === key);
    if (same) same.count += l.count;
    else out.push({ key, sku: l.sku, spec: l.spec, count: l.count });
  }
  return out;
}

/** How many units a one-product send makes: a direct gift one, a bulk gift one per recipient
 * (a `count` other than 1 is refused below: each person gets one), the others their count. */
function unitsWanted(cmd: SendCommand, recipients: number): number {
  if (cmd.mode === 'direct') return cmd.count ?? 1;
  if (cmd.mode === 'bulk') return cmd.count === undefined || cmd.count === 1 ? recipients : 0;
  return cmd.count ?? 0;
}

/** 年会福利: who gets a unit. Only a company sends one; to every member of one of its groups
 * but itself, or to a list of people each of whom shares a group with it, no one twice. */
function bulkRecipients(state: State, cmd: SendCommand): UserId[] {
  if (own(state.users, cmd.as)?.company !== true) fail('NOT_COMPANY', 'as');
  if (cmd.recipients === undefined) {
    const g = cmd.group === undefined ? undefined : own(state.groups, cmd.group);
    if (!g) fail('UNKNOWN_GROUP', 'group');
    if (!isMember(g, cmd.as)) fail('NOT_MEMBER', 'group');
    return g.members.filter((m) => m !== cmd.as);
  }
  if (cmd.group !== undefined) fail('WRONG_MODE', 'group');
  if (cmd.recipients.length === 0) fail('BAD_COUNT', 'to');
  const staff = Object.values(state.groups).filter((g) => isMember(g, cmd.as));
  const seen = new Set<UserId>();
  for (const id of cmd.recipients) {
    needUser(state, id, 'to');
    if (id === cmd.as) fail('OWN_PACKET', 'to');
    if (seen.has(id)) fail('BAD_COUNT', 'to');
    if (!staff.some((g) => isMember(g, id))) fail('NOT_MEMBER', 'to');
    seen.add(id);
  }
  return [...seen];
}

/** 回礼: its own checks come first. The packet answered must exist, the sender must have claimed
 * a unit of it, and the gift goes back to that packet's sender. Returns the packet's id. */
function checkReply(state: State, cmd: SendCommand, ref: string): PacketId {
  const p = needPacket(state, ref, 'replyTo');
  if (!p.units.some((u) => u.holder === cmd.as && u.state === 'claimed')) fail('NOT_RECIPIENT', 'replyTo');
  if (cmd.to !== p.sender) fail('BAD_REPLY', 'to');
  return p.id;
}

/** 红包: money beside the gifts. BAD_COUNT before BAD_AMOUNT; claimed by opening, one each. */
function decideRedPacket(state: State, cmd: SendCommand, emit: Emit) {
  const at = state.now;
  const g = cmd.group === undefined ? undefined : own(state.groups, cmd.group);
  if (!g) fail('UNKNOWN_GROUP', 'group');
  if (!isMember(g, cmd.as)) fail('NOT_MEMBER', 'group');
  const message = cmd.message ?? '';
  checkText(message, MESSAGE_MAX, 'message');
  const count = cmd.count;
  if (count === undefined || !Number.isSafeInteger(count) || count < 1 || count > MAX_PACKET_COUNT || count > g.members.length - 1)
    fail('BAD_COUNT', 'count');
  const amount = cmd.amount;
  if (amount === undefined || !Number.isSafeInteger(amount) || amount < count || amount > RED_PACKET_MAX) fail('BAD_AMOUNT', 'amount');
  const split = cmd.split ?? 'lucky';
  if (split !== 'lucky' && split !== 'equal') fail('WRONG_MODE', 'split');
  if ((state.wallets[cmd.as] ?? 0) < amount) fail('INSUFFICIENT_FUNDS', 'wallet');
  const id = nextPacketId(state);
  // A red packet's unit holds money, not a product: its amount is null until it is claimed.
  const units: Unit[] = Array.from({ length: count }, () => {
    const u = newUnit('', '', 0);
    u.amount = null;
    return u;
  });
  const packet: Packet = {
    id,
    label: cmd.label ?? null,
    mode: 'redpacket',
    sender: cmd.as,
    group: g.id,
    to: null,
    message,
    sentAt: at,
    expiresAt: at + DAY,
    units,
    seed: packetSeed(state.seed, id),
    opened: [],
    lottery: null,
    claims: 0,
    settled: false,
    policy: null,
    secret: cmd.secret === true,
    replyTo: null,
    red: { amount, split },
  };
  emit({ type: 'sent', at, packet });
  emit({ type: 'paid', at, user: cmd.as, amount, packet: id });
  return { packet: id, cost: amount };
}

const nextPacketId = (state: State) => packetId(state.nextPacket);

// The world's users, counted once per users record (a code gift's count is capped by them).
const userCounts = new WeakMap<object, number>();
function userCount(state: State): number {
  let n = userCounts.get(state.users);
  if (n === undefined) userCounts.set(state.users, (n = Object.keys(state.users).length));
  return n;
}

/** The platform's discount on one unit of a code gift (Taobao's 85折), by the settings in force:
 * the sender pays the price less this (the send above, and the confirm screen's total). */
export const codeDiscount = (state: State, price: Fen): Fen => percentOf(price, setting(state.settings, 'codeDiscount'));
