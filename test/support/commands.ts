// Command builders for readable tests. Packets are numbered p0001, p0002… in send order.
// A `spec` of null leaves the variant out of the command (for products with one variant).
import type { AddressChoice, Command, SendCommand, SendItem } from '../../src/domain/commands';
import type { GrabPolicy, Millis, SettingsChange } from '../../src/domain/types';

export const pid = (n: number) => `p${String(n).padStart(4, '0')}`;

type Extra = Partial<Omit<SendCommand, 'type' | 'as' | 'mode'>>;

export const direct = (as: string, to: string, sku = 'tea', spec: string | null = 'red', extra: Extra = {}): Command => ({
  type: 'send', as, mode: 'direct', to, sku, ...(spec === null ? {} : { spec }), ...extra,
});
export const grab = (as: string, group: string, count: number, sku = 'tea', spec: string | null = 'red', extra: Extra = {}): Command => ({
  type: 'send', as, mode: 'grab', group, count, sku, ...(spec === null ? {} : { spec }), ...extra,
});
export const lottery = (as: string, group: string, count: number, drawAt: Millis, extra: Extra = {}): Command => ({
  type: 'send', as, mode: 'lottery', group, count, sku: 'tea', spec: 'red', drawAt, ...extra,
});
export const luckybag = (as: string, group: string, items: SendItem[], extra: Extra = {}): Command => ({
  type: 'send', as, mode: 'luckybag', group, items, ...extra,
});
export const open = (as: string, packet: string): Command => ({ type: 'open', as, packet });
export const join = (as: string, packet: string): Command => ({ type: 'join', as, packet });
export const claim = (as: string, packet: string, address?: AddressChoice): Command =>
  address === undefined ? { type: 'claim', as, packet } : { type: 'claim', as, packet, address };
export const spec = (as: string, packet: string, to: string): Command => ({ type: 'spec', as, packet, to });
export const redeem = (as: string, packet: string): Command => ({ type: 'redeem', as, packet });
export const advance = (by: Millis): Command => ({ type: 'advance', by });
export const advanceTo = (to: Millis): Command => ({ type: 'advanceTo', to });
export const policy = (grabPolicy: GrabPolicy, holdMs?: Millis): Command =>
  holdMs === undefined ? { type: 'policy', grabPolicy } : { type: 'policy', grabPolicy, holdMs };
export const say = (as: string, chat: string, text: string): Command => ({ type: 'say', as, chat, text });
export const redpacket = (as: string, group: string, amount: number, count: number, extra: Extra = {}): Command => ({
  type: 'send', as, mode: 'redpacket', group, amount, count, ...extra,
});
/** A code gift; a `code` of null leaves it out. */
export const codeGift = (as: string, count: number, code: string | null = '4827', sku = 'tea', spec: string | null = 'red', extra: Extra = {}): Command => ({
  type: 'send', as, mode: 'code', count, sku, ...(spec === null ? {} : { spec }), ...(code === null ? {} : { code }), ...extra,
});
export const claimCode = (as: string, packet: string, code: string | undefined, address?: AddressChoice): Command => ({
  type: 'claim', as, packet, ...(code === undefined ? {} : { code }), ...(address === undefined ? {} : { address }),
});
export const reply = (as: string, to: string, replyTo: string, sku = 'card', spec: string | null = null, extra: Extra = {}): Command =>
  direct(as, to, sku, spec, { replyTo, ...extra });
export const aftersale = (as: string, packet: string): Command => ({ type: 'aftersale', as, packet });
export const settings = (changes: SettingsChange): Command => ({ type: 'settings', changes });
/** A company's 年会福利: one unit to each member of `group` but the sender, or to each of a list. */
export const bulk = (as: string, to: { group: string } | string[], sku = 'tea', spec: string | null = 'red', extra: Extra = {}): Command => ({
  type: 'send', as, mode: 'bulk', ...(Array.isArray(to) ? { recipients: to } : { group: to.group }), sku, ...(spec === null ? {} : { spec }), ...extra,
});
/** 晒礼物: share the unit `as` accepted to their friends' 朋友圈. */
export const share = (as: string, packet: string): Command => ({ type: 'share', as, packet });
