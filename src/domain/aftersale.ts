// 售后: the recipient asks for their unit's money back. Only for a physical unit they accepted,
// before delivery or within 7 days after it, once. It reverses that unit's money exactly.
import { fail, needKeptUnit, type Emit } from './decide-kit';
import { reversal } from './ledger';
import { aftersaleClosesAt, stockCounted } from './rules';
import type { State, UserId } from './types';

/** Checks in the order SCENARIOS.md fixes: WRONG_MODE, NOT_RECIPIENT, NOT_ACCEPTED,
 * ALREADY_REFUNDED, AFTERSALE_CLOSED. */
export function decideAftersale(state: State, as: UserId, packetId: string, emit: Emit) {
  const { p, i, u } = needKeptUnit(state, as, packetId);
  const ends = aftersaleClosesAt(state, u);
  if (ends === null || state.now >= ends) fail('AFTERSALE_CLOSED', 'packet');
  const at = state.now;
  emit(reversal(state, p, i, as, at));
  if (stockCounted(state, u.sku, u.spec)) emit({ type: 'stock', at, sku: u.sku, spec: u.spec, delta: 1 });
  return { unit: i };
}
