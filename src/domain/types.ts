// The domain's data: plain JSON-serialisable shapes, so the store can keep them as they are.
// Money is integer fen; time is epoch milliseconds of the simulated clock (shown in Beijing time).

export type UserId = string;
export type GroupId = string;
export type PacketId = string;
export type Fen = number;
export type Millis = number;

export type Delivery = 'address' | 'voucher' | 'virtual';
/** Every packet mode, the one list the scenario reader and the store file's check both test
 * against. Its order is the order their error messages name the modes in, so it is kept. */
export const PACKET_MODES = ['direct', 'grab', 'lottery', 'luckybag', 'redpacket', 'code', 'bulk'] as const;
/** The gift modes of the first edition, plus a money 红包 (`redpacket`) and a Taobao-style
 * code gift (`code`) that anyone in the world may claim with its 4-digit code. */
export type Mode = (typeof PACKET_MODES)[number];
/** The gift cards the shop composes: the first edition's modes, and a company's 年会福利
 * (`bulk`: one unit to each member of a group or a list, each unit a direct gift). */
export type GiftMode = Exclude<Mode, 'redpacket' | 'code'>;
export type UnitState = 'open' | 'assigned' | 'claimed' | 'refunded';
/** An accepted physical unit's order: accepted → shipped → delivered, or refunded by after-sales. */
export type OrderState = 'accepted' | 'shipped' | 'delivered' | 'refunded';
/** Seed 2's tiers of gifts: ¥1–10 e-cards and stickers, ¥50–200 custom editions, ¥8–30 effects. */
export type Tier = 'basic' | 'custom' | 'privilege';
export type RedSplit = 'lucky' | 'equal';
export type GrabPolicy = 'first-address' | 'reserve-on-open';

export interface Address {
  name: string;
  phone: string;
  region: string;
  detail: string;
}

export interface Spec {
  id: string;
  label: string;
  price: Fen;
  /** Units left for sale; absent = unlimited. The live count is in State.stock. */
  stock?: number;
}

export interface Product {
  id: string;
  title: string;
  category: string;
  delivery: Delivery;
  specs: Spec[];
  giftable?: boolean;
  /** Free text for the shop: brand, what the seeds call it. */
  brand?: string;
  emoji?: string;
  /** Descriptive: seed 2's tier, and the merchant id (default: the product id). */
  tier?: Tier;
  merchant?: string;
  /** A creator's product: the merchant share of each accepted unit goes to this user's wallet. */
  creator?: UserId;
}

export interface User {
  id: UserId;
  name: string;
  /** Symmetric: either side listing the other makes both friends. */
  friends: UserId[];
  /** Whom this user's own list names (the world as written): `mutualFriendsOnly` needs both
   * sides to list each other. Absent in states made before it existed: every friend is mutual. */
  lists?: UserId[];
  addresses: Address[];
  /** A crowd member played by the machine (src/crowd); a real pane otherwise. */
  bot?: boolean;
  /** A company's account (an employer): it may send a `bulk` gift to its staff. */
  company?: boolean;
}

export interface Group {
  id: GroupId;
  name: string;
  members: UserId[];
}

export interface Unit {
  sku: string;
  spec: string;
  price: Fen;
  state: UnitState;
  holder: UserId | null;
  /** When it was claimed. */
  at: Millis | null;
  voucher: string | null;
  redeemed: boolean;
  /** A reservation under the reserve-on-open policy lapses at this instant. */
  holdUntil?: Millis | null;
  /** The holder's delivery address: private to the holder (the UI never shows it to others). */
  address?: Address | null;
  /** A red packet's unit: its money, set when it is claimed (null while open, and when refunded). */
  amount?: Fen | null;
  /** Physical and virtual units once accepted (absent or null before): the order's state. */
  order?: OrderState | null;
  /** When an accepted physical unit ships and is delivered (fixed at acceptance). */
  shipAt?: Millis;
  deliverAt?: Millis;
  /** The platform's commission kept on this unit when it was accepted. */
  fee?: Fen;
}

export interface Packet {
  id: PacketId;
  /** The scenario label, when a scenario named it. */
  label: string | null;
  mode: Mode;
  sender: UserId;
  group: GroupId | null;
  to: UserId | null;
  message: string;
  sentAt: Millis;
  /** Direct, grab and lucky bag: send + 24 h. Lottery: draw + 24 h, known after the draw. */
  expiresAt: Millis | null;
  units: Unit[];
  /** Per-packet seed: every random choice for this packet derives from it. */
  seed: string;
  /** Who looked at it, and when (the timeline and the card's state use it). */
  opened: UserId[];
  lottery: LotteryState | null;
  /** How many lucky-bag claims were made: each draws from `${seed}/claim/${n}`. */
  claims: number;
  /** True once every unit is claimed or refunded; kept so the store can archive it. */
  settled: boolean;
  /** A grab packet's rule, fixed when it is sent: switching the setting later changes only the
   * packets sent after. (Absent in files written before it existed: the setting applies.) */
  policy?: Settings | null;
  /** JD 保密: a mystery gift to everyone but the sender until the viewer has claimed. */
  secret?: boolean;
  /** JD 回礼: the packet this direct gift answers. */
  replyTo?: PacketId | null;
  /** The sender lets the 朋友圈 show the price (a broadcast, a recipient's 晒礼物). */
  showPrice?: boolean;
  /** 晒礼物: the recipients who shared their unit to their friends' 朋友圈, in the order they did. */
  shared?: UserId[];
  /** A red packet: its money and how it is split. */
  red?: { amount: Fen; split: RedSplit } | null;
  /** A code gift: the code, the platform's discount per unit, and wrong tries per user. */
  code?: CodeGift | null;
  /** Units whose order still has to ship or be delivered: the packet has clock deadlines. */
  deliveries?: number;
  /** The earliest of those: when, and whether something ships or is delivered then. Kept by
   * evolve so that finding the next deadline does not walk every unit of every packet. */
  orderDue?: OrderDue | null;
}

export interface OrderDue {
  at: Millis;
  kind: 'ship' | 'deliver';
}

export interface CodeGift {
  code: string;
  /** Fen the platform paid per unit: the sender paid `price - discount`. */
  discount: Fen;
  /** Wrong codes tried, per user (the one refusal that leaves a trace). */
  wrong: Record<UserId, number>;
}

export interface LotteryState {
  drawAt: Millis;
  eligible: 'all' | UserId[];
  entrants: UserId[];
  winners: UserId[] | null;
  description: string;
  /** sha256 hex of drawSeed, published before the draw. */
  commitment: string;
  /** The seed the draw uses; kept secret (not shown) until the draw. */
  drawSeed: string;
  drawn: boolean;
}

export interface Settings {
  grabPolicy: GrabPolicy;
  /** How long an opened grab unit stays reserved under reserve-on-open. */
  holdMs: Millis;
  /** The second edition's settings: absent = the default in rules.ts (the first edition's behaviour). */
  commission?: number;
  codeDiscount?: number;
  dailySendLimit?: number;
  mutualFriendsOnly?: boolean;
  shipAfterMs?: Millis;
  deliverAfterMs?: Millis;
}

/** The second edition's settings, as a settings command changes them. */
export type SettingsChange = Partial<Pick<Settings, 'commission' | 'codeDiscount' | 'dailySendLimit' | 'mutualFriendsOnly' | 'shipAfterMs' | 'deliverAfterMs'>>;

/** Kept as events happen, so the report and the insights need no walk over every packet. */
export interface Social {
  /** Per sender: [Beijing day number, accepted sends that day], oldest first. */
  sends: Record<UserId, Array<[number, number]>>;
  /** Per sender: list prices of their gift units claimed and not refunded by after-sales. */
  given: Record<UserId, Fen>;
  /** Per `from>to`: gift units `from` sent that `to` claimed (after-sales refunds taken off). */
  gave: Record<string, number>;
  /** What the insights read (src/domain/tallies.ts), kept as events happen so that they cover the
   * whole history when a file store holds only part of the packets. Absent in a state from
   * before they were kept (they then count from the first event after). */
  tallies?: Tallies;
}

export interface Tallies {
  /** Per sender, per product: gift units sent, whatever became of them (red packets are money). */
  units: Record<UserId, Record<string, number>>;
  /** Gift units sent per Beijing hour ([hour number, units], oldest first) while the clock is
   * within two days of its start, and per Beijing day (the newest TIMELINE_DAYS days). */
  hours: Array<[number, number]>;
  days: Array<[number, number]>;
  /** Where the money went: the ledger's events summed by destination (see MoneyTally). */
  money: MoneyTally;
  /** When counting began, for a state that already had gifts then (a data file written before
   * the tallies were kept): what came before is not in them. Absent when they cover everything. */
  since?: Millis;
}

/**
 * Money in: what senders paid (`paid`: gifts at their price less a code gift's discount, red
 * packets) and what the platform paid towards code gifts still live or accepted (`subsidy`).
 * Money out, where it is now: the merchants, the platform's commission, creators, red packets'
 * claimants, back to senders (`refunds`: expiries, lottery surplus, unclaimed red money,
 * after-sales) and, not kept here, escrow (state.escrow). `merchants` and `commission − subsidy`
 * are the ledger's `merchant` and `platform`.
 */
export interface MoneyTally {
  paid: Fen;
  subsidy: Fen;
  merchants: Fen;
  commission: Fen;
  creators: Fen;
  redPackets: Fen;
  refunds: Fen;
}

export interface ChatMessage {
  id: number;
  at: Millis;
  /** `group:ID` or `dm:a|b` (ids sorted). */
  chat: string;
  from: UserId | null;
  text: string;
  /** A gift card: the packet it shows. */
  packet?: PacketId;
  /** A system line (礼物已退回…, 已开奖), seen only by `for` when set. */
  system?: boolean;
  for?: UserId;
  /** Money a system line speaks of (a refund), and how many gifts (absent: one). */
  amount?: Fen;
  count?: number;
}

export interface State {
  seed: string;
  now: Millis;
  start: Millis;
  settings: Settings;
  users: Record<UserId, User>;
  groups: Record<GroupId, Group>;
  catalog: Record<string, Product>;
  wallets: Record<UserId, Fen>;
  escrow: Fen;
  merchant: Fen;
  /** The platform's account: commissions kept minus code discounts paid (may be negative).
   * Absent in states made before it existed: 0. */
  platform?: Fen;
  /** Sum of wallets at the start: the invariant's constant. */
  total: Fen;
  /** Live stock for `${sku}/${spec}` keys that have a limit. */
  stock: Record<string, number>;
  packets: Record<PacketId, Packet>;
  /** Packet ids in send order. */
  order: PacketId[];
  /** Monotonic counters for ids. */
  nextPacket: number;
  nextMessage: number;
  nextEvent: number;
  messages: ChatMessage[];
  events: DomainEvent[];
  /** Sends per day, gift value given, who gave to whom. Absent until the first send. */
  social?: Social;
  /** Packets a file store keeps on disk only (absent, or zero, when every packet is here). */
  archived?: Archived;
  /** The 朋友圈's posts (broadcast gifts, 晒礼物), oldest first, the newest FEED_KEEP of them
   * (src/domain/feed.ts). Absent until the first. */
  feed?: FeedEntry[];
}

/**
 * A 朋友圈 post as it was made, whole in itself: a feed is read from these alone, so it needs no
 * packet (a file store keeps a final packet on disk). What each viewer may see of it (a secret's
 * contents, the price) is decided when the feed is read (src/insights/feed.ts).
 */
export interface FeedEntry {
  at: Millis;
  /** A gift of the privilege tier sent (posted to its sender's friends), or a recipient's 晒礼物
   * (posted to the sharer's friends). */
  kind: 'broadcast' | 'share';
  /** Who posted: a broadcast's sender, a share's recipient. */
  by: UserId;
  /** Who sent the gift. */
  sender: UserId;
  /** A broadcast's recipient or group (null for a share, and for a bulk gift to a list). */
  to: UserId | null;
  group: GroupId | null;
  packet: PacketId;
  /** What was given: a broadcast's privilege-tier units, a share's one unit. */
  gifts: Array<{ sku: string; spec: string; count: number }>;
  /** Their list prices, summed; shown only when the sender chose to (`showPrice`). */
  price: Fen;
  showPrice?: true;
  /** A JD 保密 gift: the users who took a unit of it so far (with its sender, the only ones who
   * see its contents; evolve adds each taker). */
  secret?: UserId[];
}

/**
 * What the state knows of the packets that are in neither `packets` nor `order` because a file
 * store left them on disk: only final packets (see isFinal), whose part in the totals and in
 * the history the screens show can no longer change. The counts and the money cover exactly the
 * packets not in memory; the gift marks may also cover packets in memory (they are a set:
 * counting a packet twice changes nothing).
 */
/** Packets' part in the ledger's totals (see packetShares in invariants.ts). */
export interface Shares {
  /** What accepted units paid merchants (creators' shares excepted). */
  merchant: Fen;
  /** The platform's net: fees kept, less the code discounts it pays. */
  platform: Fen;
  /** Per creator, shares taken back by after-sales: how far their wallet may go below zero. */
  clawed: Record<UserId, Fen>;
}

export interface Archived extends Shares {
  packets: number;
  /** For the shop's 我送过的 / 朋友送过: a product a user sent, with the newest packet it was in. */
  sent: GiftMark[];
  /** For 我收到的: a product a user holds a unit of (not refunded), with the newest such packet. */
  received: GiftMark[];
}

/** [user, sku, when, secret]: `when` orders gifts newest first (see history.ts); `secret` marks
 * a JD 保密 gift, which its sender's friends do not see (`true`), but for a friend who accepted a
 * unit of it: a sent mark of its own names them (the gift is no mystery to them). */
export type GiftMark = [user: UserId, sku: string, when: GiftTime, secret?: true | UserId];
/** A gift's place in time: the packet's send time, its id, the unit's index in the packet. */
export type GiftTime = [sentAt: Millis, packet: PacketId, unit: number];

// ---- events: the only way state changes ---------------------------------------------------

interface EventBase {
  seq: number;
  at: Millis;
}

export type DomainEvent = EventBase &
  (
    | { type: 'sent'; packet: Packet }
    | { type: 'paid'; user: UserId; amount: Fen; packet: PacketId }
    | { type: 'stock'; sku: string; spec: string; delta: number }
    | { type: 'opened'; user: UserId; packet: PacketId }
    | { type: 'reserved'; user: UserId; packet: PacketId; unit: number; until: Millis }
    | { type: 'released'; user: UserId; packet: PacketId; unit: number }
    | { type: 'joined'; user: UserId; packet: PacketId }
    | { type: 'drawn'; packet: PacketId; winners: UserId[]; drawSeed: string }
    | { type: 'assigned'; user: UserId; packet: PacketId; unit: number }
    | {
        type: 'claimed';
        user: UserId;
        packet: PacketId;
        unit: number;
        address: Address | null;
        voucher: string | null;
        /** A red packet's unit: the money it holds. */
        amount?: Fen;
        /** Physical: the order begins (`accepted`, with when it ships and is delivered);
         * virtual: `delivered` at once. Absent for vouchers and red packets. */
        order?: 'accepted' | 'delivered';
        shipAt?: Millis;
        deliverAt?: Millis;
      }
    /** Escrow → the accepted unit's price: `merchant` to the merchant total, `fee` to the
     * platform, `share` to the creator's wallet (a creator's product: merchant 0). */
    | { type: 'settled'; packet: PacketId; unit: number; amount: Fen; merchant: Fen; fee: Fen; creator: UserId | null; share: Fen }
    /** Escrow → the sender: `amount` is what they paid; `discount` goes back to the platform (a code gift). */
    | { type: 'refunded'; packet: PacketId; unit: number; user: UserId; amount: Fen; reason: 'expired' | 'surplus'; discount?: Fen }
    /** The platform pays a code gift's discount into escrow. */
    | { type: 'subsidised'; packet: PacketId; amount: Fen }
    /** Escrow → a red packet's claimant. */
    | { type: 'received'; user: UserId; packet: PacketId; unit: number; amount: Fen }
    /** A red packet's money left unclaimed, back to its sender; the units listed become refunded. */
    | { type: 'redRefunded'; packet: PacketId; user: UserId; amount: Fen; units: number[] }
    | { type: 'shipped'; packet: PacketId; units: number[] }
    | { type: 'delivered'; packet: PacketId; units: number[] }
    /** After-sales: the unit's money reversed exactly. The merchant (or the creator) gives back
     * its share and the platform its fee; the sender gets `refund` (what they paid) and the
     * platform `discount` (a code gift's). merchant + share + fee = refund + discount = price. */
    | {
        type: 'aftersale';
        user: UserId;
        packet: PacketId;
        unit: number;
        sender: UserId;
        refund: Fen;
        discount: Fen;
        merchant: Fen;
        fee: Fen;
        creator: UserId | null;
        share: Fen;
      }
    /** A wrong code on a code gift: the trace a BAD_CODE refusal leaves (`wrong`: the user's count now). */
    | { type: 'codeTried'; user: UserId; packet: PacketId; wrong: number }
    | { type: 'specChanged'; user: UserId; packet: PacketId; unit: number; from: string; to: string }
    /** 晒礼物: the recipient shares their accepted unit to their friends' 朋友圈. */
    | { type: 'shared'; user: UserId; packet: PacketId; unit: number }
    | { type: 'redeemed'; user: UserId; packet: PacketId; unit: number; voucher: string }
    | { type: 'clock'; from: Millis; to: Millis; mover?: ClockMover }
    | { type: 'said'; message: ChatMessage }
    | { type: 'policy'; settings: Settings }
    | { type: 'settings'; changes: SettingsChange; settings: Settings }
  );

/** Who moved the shared clock, when several terminals play on one data file: the session's id
 * (its presence record names it) and whether it was the crowd's own tick. Absent in scenarios and
 * single sessions, so their files and reports are unchanged; the engine only carries it. */
export interface ClockMover {
  session: string;
  crowd?: boolean;
}

export type EventType = DomainEvent['type'];
/** An event before the engine numbers it. */
export type NewEvent = DomainEvent extends infer E ? (E extends DomainEvent ? Omit<E, 'seq'> : never) : never;
