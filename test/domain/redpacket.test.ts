// 红包 beside 蓝包: a money packet in the group, claimed by opening, equal or lucky.
import { describe, expect, it } from 'vitest';
import { luckyAmount } from '../../src/domain/random';
import { DAY } from '../../src/domain/time';
import { advance, claim, open, pid, redpacket } from '../support/commands';
import { given } from '../support/gwt';
import { START, worldWith } from '../support/world';

const P1 = pid(1);

describe('red packet 红包', () => {
  it('a send moves the whole amount into escrow; nothing is allotted before a claim', () => {
    given()
      .when(redpacket('mom', 'fam', 2000, 3, { split: 'equal', message: '恭喜发财' }))
      .then([
        { type: 'sent', packet: { id: P1, mode: 'redpacket', group: 'fam', to: null, red: { amount: 2000, split: 'equal' }, expiresAt: START + DAY, message: '恭喜发财' } },
        { type: 'paid', user: 'mom', amount: 2000, packet: P1 },
      ])
      .andState((s) => {
        expect(s.escrow).toBe(2000);
        expect(s.packets[P1]!.units.map((u) => u.amount)).toEqual([null, null, null]);
      });
  });

  it('equal: amount / count each, the remainder fen to the last unit; escrow → the claimant', () => {
    const g = given(redpacket('mom', 'fam', 1000, 3, { split: 'equal' }));
    g.when(claim('dad', P1)).then([
      { type: 'claimed', user: 'dad', unit: 0, amount: 333, address: null, voucher: null },
      { type: 'received', user: 'dad', unit: 0, amount: 333 },
    ]);
    g.when(claim('ming', P1)).then([{ type: 'claimed', unit: 1, amount: 333 }, { type: 'received', amount: 333 }]);
    g.when(claim('hong', P1)).then([{ type: 'claimed', unit: 2, amount: 334 }, { type: 'received', amount: 334 }]).andState((s) => {
      expect(s.wallets.dad).toBe(300_000 + 333);
      expect(s.wallets.hong).toBe(200_000 + 334);
      expect(s.escrow).toBe(0);
      expect(s.merchant).toBe(0);
      expect(s.platform).toBe(0);
      expect(s.packets[P1]!.settled).toBe(true);
    });
  });

  it('lucky (the default): each claim draws by the double-mean rule from the packet seed, the last takes the rest', () => {
    const g = given(redpacket('mom', 'fam', 2000, 4));
    const seed = g.state.packets[P1]!.seed;
    const a0 = luckyAmount(seed, 0, 2000, 4);
    expect(a0).toBeGreaterThanOrEqual(1);
    expect(a0).toBeLessThanOrEqual(Math.floor((2 * 2000) / 4) - 1);
    g.when(claim('dad', P1)).then([{ type: 'claimed', unit: 0, amount: a0 }, { type: 'received', amount: a0 }]);
    const a1 = luckyAmount(seed, 1, 2000 - a0, 3);
    g.when(claim('ming', P1)).then([{ type: 'claimed', unit: 1, amount: a1 }, { type: 'received', amount: a1 }]);
    const a2 = luckyAmount(seed, 2, 2000 - a0 - a1, 2);
    g.and(claim('hong', P1));
    g.when(claim('gran', P1)).then([{ type: 'claimed', unit: 3, amount: 2000 - a0 - a1 - a2 }, { type: 'received' }]).andState((s) => {
      expect(s.packets[P1]!.units.reduce((n, u) => n + u.amount!, 0)).toBe(2000);
    });
  });

  it('the smallest lucky packet: one fen each', () => {
    const g = given(redpacket('mom', 'fam', 4, 4));
    for (const u of ['dad', 'ming', 'hong', 'gran']) g.and(claim(u, P1));
    expect(g.state.packets[P1]!.units.map((u) => u.amount)).toEqual([1, 1, 1, 1]);
  });

  it('¥200 is allowed, and a count equal to the other members', () => {
    given().when(redpacket('mom', 'fam', 20_000, 4)).then([{ type: 'sent' }, { type: 'paid', amount: 20_000 }]);
  });

  it('opening never claims', () => {
    given(redpacket('mom', 'fam', 1000, 2))
      .when(open('dad', P1))
      .then([{ type: 'opened', user: 'dad' }])
      .andState((s) => expect(s.packets[P1]!.units.every((u) => u.state === 'open')).toBe(true));
  });

  it('unclaimed money goes back at exactly send + 24 h in one movement; refunded units keep no amount', () => {
    const g = given(redpacket('mom', 'fam', 1000, 3, { split: 'equal' }), claim('dad', P1), advance(DAY - 1));
    expect(g.state.escrow).toBe(667);
    g.when(advance(1))
      .then([{ type: 'redRefunded', at: START + DAY, packet: P1, user: 'mom', amount: 667, units: [1, 2] }, { type: 'clock' }])
      .andState((s) => {
        expect(s.wallets.mom).toBe(500_000 - 333);
        expect(s.escrow).toBe(0);
        expect(s.packets[P1]!.units.map((u) => [u.state, u.amount])).toEqual([
          ['claimed', 333],
          ['refunded', null],
          ['refunded', null],
        ]);
        expect(s.packets[P1]!.settled).toBe(true);
      });
    g.when(advance(DAY)).then([{ type: 'clock' }]); // once only
  });

  it('is money, not a gift: no commission, no order, not on the leaderboard or in relations', () => {
    given(redpacket('mom', 'fam', 1000, 2))
      .and(claim('dad', P1), claim('ming', P1))
      .when(advance(3 * DAY))
      .then([{ type: 'clock' }])
      .andState((s) => {
        expect(s.platform).toBe(0);
        expect(s.packets[P1]!.units.every((u) => u.order === undefined)).toBe(true);
        expect(s.social!.given).toEqual({});
        expect(s.social!.gave).toEqual({});
      });
    // under a 20% commission too
    const g = given(worldWith({ commission: 20 }), redpacket('mom', 'fam', 1000, 1), claim('dad', 'p0001'));
    expect(g.state.platform).toBe(0);
    expect(g.state.wallets.dad).toBe(301_000);
  });
});
