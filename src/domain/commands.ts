// The commands every front end sends: the Ink UI, the scenario runner and the tests alike.
import type { Address, ClockMover, GrabPolicy, Millis, Mode, RedSplit, SettingsChange, UserId } from './types';

export interface SendItem {
  sku: string;
  spec?: string;
  count: number;
}

export interface SendCommand {
  type: 'send';
  as: UserId;
  mode: Mode;
  /** direct: the friend. */
  to?: UserId;
  /** bulk: the staff who get one unit each (instead of a group's members). */
  recipients?: UserId[];
  /** grab, lottery, lucky bag: the group. */
  group?: string;
  sku?: string;
  spec?: string;
  /** grab and lottery: number of units (份数). Direct is always 1. */
  count?: number;
  /** lucky bag: several gifts and counts. */
  items?: SendItem[];
  message?: string;
  /** lottery: absolute draw time (the runner resolves `+1h`). */
  drawAt?: Millis;
  eligible?: 'all' | UserId[];
  /** A scenario label, kept on the packet. */
  label?: string;
  /** redpacket: the money (fen) and how it is split (default lucky). */
  amount?: number;
  split?: RedSplit;
  /** code: the 4-digit code a claimant must give. */
  code?: string;
  /** JD 保密: the card hides the gift from everyone but the sender until they claim. */
  secret?: boolean;
  /** JD 回礼 (direct only): the packet id this gift answers. */
  replyTo?: string;
  /** The 朋友圈 may show the price of this gift (never shown otherwise). */
  showPrice?: boolean;
}

export type AddressChoice = number | Address;

export type Command =
  | SendCommand
  | { type: 'open'; as: UserId; packet: string }
  | { type: 'join'; as: UserId; packet: string }
  | { type: 'claim'; as: UserId; packet: string; address?: AddressChoice; code?: string }
  | { type: 'spec'; as: UserId; packet: string; to: string }
  | { type: 'redeem'; as: UserId; packet: string }
  | { type: 'advance'; by: Millis; mover?: ClockMover }
  | { type: 'advanceTo'; to: Millis; mover?: ClockMover }
  | { type: 'say'; as: UserId; chat: string; text: string }
  | { type: 'policy'; grabPolicy: GrabPolicy; holdMs?: Millis }
  | { type: 'aftersale'; as: UserId; packet: string }
  /** 晒礼物: share the unit you accepted to your friends' 朋友圈. */
  | { type: 'share'; as: UserId; packet: string }
  /** Change the second edition's settings (a designer compares with and without restraint). */
  | { type: 'settings'; changes: SettingsChange };

export type CommandType = Command['type'];

/**
 * The packets a command names. A file store keeps final packets on disk and reads the ones a
 * command names back into memory before the engine decides it, so that it decides exactly as it
 * would with every packet in memory: a command field that names a packet must be listed here.
 */
export function packetsNamed(cmd: Command): string[] {
  const out: string[] = [];
  for (const key of ['packet', 'replyTo']) {
    const v = (cmd as unknown as Record<string, unknown>)[key];
    if (typeof v === 'string') out.push(v);
  }
  return out;
}
