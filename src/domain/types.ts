// The domain's data: plain JSON-serialisable shapes, so the store can keep them as they are.
// Money is integer fen; time is epoch milliseconds of the simulated clock (shown in Beijing time).

export type UserId = string;
export type GroupId = string;
export type PacketId = string;
export type Fen = number;
export type Millis = number;

export type Delivery = 'address' | 'voucher' | 'virtual';
export type Mode = 'direct' | 'grab' | 'lottery' | 'luckybag';
export type UnitState = 'open' | 'assigned' | 'claimed' | 'refunded';
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
}

export interface User {
  id: UserId;
  name: string;
  friends: UserId[];
  addresses: Address[];
  /** A crowd member played by the machine (src/crowd); a real pane otherwise. */
  bot?: boolean;
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
  /** Packets a file store keeps on disk only (absent, or zero, when every packet is here). */
  archived?: Archived;
}

/**
 * What the state knows of the packets that are in neither `packets` nor `order` because a file
 * store left them on disk: only final packets (see isFinal), whose part in the totals and in
 * the history the screens show can no longer change. The counts and the money cover exactly the
 * packets not in memory; the gift marks may also cover packets in memory (they are a set:
 * counting a packet twice changes nothing).
 */
export interface Archived {
  packets: number;
  /** What their accepted units paid the merchant: the invariants add it to the packets here. */
  merchant: Fen;
  /** For the shop's 我送过的 / 朋友送过: a product a user sent, with the newest packet it was in. */
  sent: GiftMark[];
  /** For 我收到的: a product a user holds a unit of (not refunded), with the newest such packet. */
  received: GiftMark[];
}

/** [user, sku, when]: `when` orders gifts newest first (see history.ts). */
export type GiftMark = [user: UserId, sku: string, when: GiftTime];
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
    | { type: 'claimed'; user: UserId; packet: PacketId; unit: number; address: Address | null; voucher: string | null }
    | { type: 'settled'; packet: PacketId; unit: number; amount: Fen }
    | { type: 'refunded'; packet: PacketId; unit: number; user: UserId; amount: Fen; reason: 'expired' | 'surplus' }
    | { type: 'specChanged'; user: UserId; packet: PacketId; unit: number; from: string; to: string }
    | { type: 'redeemed'; user: UserId; packet: PacketId; unit: number; voucher: string }
    | { type: 'clock'; from: Millis; to: Millis }
    | { type: 'said'; message: ChatMessage }
    | { type: 'policy'; settings: Settings }
  );

export type EventType = DomainEvent['type'];
/** An event before the engine numbers it. */
export type NewEvent = DomainEvent extends infer E ? (E extends DomainEvent ? Omit<E, 'seq'> : never) : never;
