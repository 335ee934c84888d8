// The shop's history sections over archived packets: the gift marks a file store keeps for the
// packets it left on disk say what the packets themselves would, a secret gift included.
import { describe, expect, it } from 'vitest';
import { emptyArchived, giftSection, markGifts } from '../../src/domain/history';
import type { State } from '../../src/domain/types';
import { run, smallState } from '../store/helpers';

/** The state as a session holding none of its packets sees it: every packet folded into marks. */
function allArchived(state: State): State {
  const archived = emptyArchived();
  for (const id of state.order) markGifts(archived, state.packets[id]!);
  return { ...state, packets: {}, order: [], archived };
}

describe('朋友送过 from archived packets', () => {
  // u1 is everyone's friend; u1 sends u2 a secret card that u2 accepts, and u3 an open one.
  const state = run(
    smallState(4),
    { type: 'send', as: 'u1', mode: 'direct', to: 'u2', sku: 'card', secret: true },
    { type: 'claim', as: 'u2', packet: 'p0001' },
    { type: 'send', as: 'u1', mode: 'direct', to: 'u3', sku: 'coupon' },
  );
  const archived = allArchived(state);

  it.each(['u1', 'u2', 'u3', 'u4'])('%s sees what the packets in memory would show', (user) => {
    for (const section of ['sent', 'friends', 'received'] as const) expect(giftSection(archived, user, section), section).toEqual(giftSection(state, user, section));
  });

  it('a secret gift is no mystery to the friend who accepted it, and one to every other friend', () => {
    expect(giftSection(archived, 'u2', 'friends')).toEqual(['coupon', 'card']);
    expect(giftSection(archived, 'u3', 'friends')).toEqual(['coupon']);
  });
});
