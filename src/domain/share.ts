// 晒礼物: a recipient shares a gift they accepted to their friends' 朋友圈. What the feed then
// shows (never an address, a price only when the sender allowed it, never a secret gift's
// contents) is the feed's business (src/insights/feed.ts); here, only who may share what.
import { fail, needKeptUnit, type Emit } from './decide-kit';
import type { Packet, State, UserId } from './types';

/** Checks in this order: UNKNOWN_USER, UNKNOWN_PACKET, WRONG_MODE (a red packet is money, not a
 * gift), NOT_RECIPIENT (the user holds no unit of it: the sender included), NOT_ACCEPTED (their
 * unit was never accepted), ALREADY_REFUNDED (after-sales took it back), ALREADY_SHARED. */
export function decideShare(state: State, as: UserId, packetId: string, emit: Emit) {
  const { p, i } = needKeptUnit(state, as, packetId);
  if (hasShared(p, as)) fail('ALREADY_SHARED', 'packet');
  emit({ type: 'shared', at: state.now, user: as, packet: p.id, unit: i });
  return { unit: i };
}

/** Whether this user already shared their unit of this packet. */
export function hasShared(p: Packet, user: UserId): boolean {
  return p.shared?.includes(user) === true;
}
