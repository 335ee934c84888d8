// After the gift: a physical unit's order on the clock, after-sales reversing its money, the
// platform's commission and a creator's share; and when a packet is final.
import { describe, expect, it } from 'vitest';
import { nextDeadline } from '../../src/domain/engine';
import { isFinal } from '../../src/domain/rules';
import { DAY, HOUR, MINUTE } from '../../src/domain/time';
import { advance, advanceTo, aftersale, claim, claimCode, codeGift, direct, grab, luckybag, pid, redeem, settings } from '../support/commands';
import { given } from '../support/gwt';
import { START, worldWith } from '../support/world';

const P1 = pid(1);
const C20 = worldWith({ commission: 20 });

describe('the order of an accepted parcel', () => {
  it('ships at acceptance + 2 h and is delivered at + 48 h, each at its instant', () => {
    const g = given(direct('mom', 'ming'), advance(HOUR));
    g.when(claim('ming', P1, 0)).then([
      { type: 'claimed', order: 'accepted', shipAt: START + 3 * HOUR, deliverAt: START + 49 * HOUR },
      { type: 'settled' },
    ]);
    expect(g.state.packets[P1]!.units[0]!.order).toBe('accepted');
    expect(nextDeadline(g.state)).toEqual({ at: START + 3 * HOUR, kind: 'ship', packet: P1 });
    g.when(advance(2 * HOUR - 1)).then([{ type: 'clock' }]);
    g.when(advance(1)).then([{ type: 'shipped', at: START + 3 * HOUR, packet: P1, units: [0] }, { type: 'clock' }]);
    g.when(advanceTo(START + 49 * HOUR)).then([{ type: 'delivered', at: START + 49 * HOUR, packet: P1, units: [0] }, { type: 'clock' }]);
    expect(g.state.packets[P1]!.units[0]!.order).toBe('delivered');
    expect(g.state.packets[P1]!.deliveries).toBe(0);
    expect(nextDeadline(g.state)).toBeNull();
  });

  it('units accepted at the same instant ship together; at different instants, apart', () => {
    const g = given(grab('mom', 'fam', 3), claim('dad', P1, 0), claim('ming', P1, 0), advance(MINUTE), claim('hong', P1, 0));
    g.when(advance(2 * HOUR + MINUTE)).then([
      { type: 'shipped', at: START + 2 * HOUR, units: [0, 1] },
      { type: 'shipped', at: START + 2 * HOUR + MINUTE, units: [2] },
      { type: 'clock' },
    ]);
  });

  it('when delivery comes no later than shipping, the unit goes straight to delivered', () => {
    given(worldWith({ shipAfter: '5h', deliverAfter: '3h' }), direct('mom', 'ming'), claim('ming', P1, 0))
      .when(advance(DAY))
      .then([{ type: 'delivered', at: START + 3 * HOUR, units: [0] }, { type: 'clock' }]);
  });

  it('an offset of 0 happens with the acceptance', () => {
    given(worldWith({ shipAfter: '0s', deliverAfter: '1h' }), direct('mom', 'ming'))
      .when(claim('ming', P1, 0))
      .then([{ type: 'claimed' }, { type: 'settled' }, { type: 'shipped', at: START, units: [0] }]);
    given(worldWith({ shipAfter: '0s', deliverAfter: '0s' }), direct('mom', 'ming'))
      .when(claim('ming', P1, 0))
      .then([{ type: 'claimed' }, { type: 'settled' }, { type: 'delivered', at: START, units: [0] }]);
  });

  it('virtual units are delivered on acceptance; vouchers have no order', () => {
    const g = given(luckybag('mom', 'fam', [{ sku: 'card', count: 1 }, { sku: 'coffee', count: 1 }]), claim('dad', P1), claim('ming', P1));
    const orders = g.state.packets[P1]!.units.map((u) => u.order);
    expect(orders.sort()).toEqual(['delivered', undefined]);
    expect(nextDeadline(g.state)).toBeNull();
  });

  it('an order ships even after the packet is settled, and a long advance keeps time order', () => {
    given(direct('mom', 'ming'), claim('ming', P1, 0), direct('dad', 'ming'))
      .when(advance(3 * DAY))
      .then([
        { type: 'shipped', at: START + 2 * HOUR, packet: P1 },
        { type: 'refunded', at: START + DAY, packet: pid(2) },
        { type: 'delivered', at: START + 2 * DAY, packet: P1 },
        { type: 'clock' },
      ]);
  });
});

describe('after-sales 售后', () => {
  it('before shipping: merchant and commission back, the sender gets the price, stock returns, the order stops', () => {
    const g = given(C20, direct('mom', 'ming', 'nuts', null), claim('ming', P1, 0));
    expect(g.state).toMatchObject({ merchant: 2400, platform: 600, stock: { 'nuts/box': 4 } });
    g.when(aftersale('ming', P1))
      .then([
        { type: 'aftersale', user: 'ming', packet: P1, unit: 0, sender: 'mom', refund: 3000, discount: 0, merchant: 2400, fee: 600, creator: null, share: 0 },
        { type: 'stock', sku: 'nuts', spec: 'box', delta: 1 },
      ])
      .andState((s) => {
        expect(s.packets[P1]!.units[0]).toMatchObject({ state: 'claimed', holder: 'ming', at: START, order: 'refunded' });
        expect(s).toMatchObject({ merchant: 0, platform: 0, stock: { 'nuts/box': 5 } });
        expect(s.wallets.mom).toBe(500_000);
        expect(nextDeadline(s)).toBeNull(); // it will not ship
      });
  });

  it('after delivery, up to 1 ms before delivery + 7 days', () => {
    given(direct('mom', 'ming'), claim('ming', P1, 0), advance(2 * DAY + 7 * DAY - 1))
      .when(aftersale('ming', P1))
      .then([{ type: 'aftersale', refund: 5000 }]);
  });

  it('a code gift: the sender gets what they paid, the platform its discount back, less its fee', () => {
    given(C20, codeGift('mom', 1), claimCode('dad', P1, '4827', 0), advance(3 * HOUR))
      .when(aftersale('dad', P1))
      .then([{ type: 'aftersale', user: 'dad', sender: 'mom', refund: 4250, discount: 750, merchant: 4000, fee: 1000 }])
      .andState((s) => {
        expect(s.wallets.mom).toBe(500_000);
        expect(s.platform).toBe(0);
        expect(s.merchant).toBe(0);
      });
  });

  it("a creator's share is paid to their wallet at acceptance and taken back once; the wallet may go negative", () => {
    const g = given(C20);
    g.when(direct('mom', 'ming', 'art', null)).then([{ type: 'sent' }, { type: 'paid', amount: 10_000 }, { type: 'stock', delta: -1 }]);
    g.when(claim('ming', 'p0001', 0)).then([
      { type: 'claimed' },
      { type: 'settled', amount: 10_000, merchant: 0, fee: 2000, creator: 'hong', share: 8000 },
    ]);
    expect(g.state.wallets.hong).toBe(208_000);
    expect(g.state.merchant).toBe(0);
    // hong spends her earnings and more on gifts… then the buyer asks for a refund
    g.and(direct('hong', 'ming', 'watch', 'basic'), direct('hong', 'mom', 'watch', 'basic'), direct('hong', 'dad', 'tea', 'red'));
    expect(g.state.wallets.hong).toBe(208_000 - 2 * 99_900 - 5000);
    g.when(aftersale('ming', 'p0001')).then([
      { type: 'aftersale', creator: 'hong', share: 8000, fee: 2000, merchant: 0, refund: 10_000 },
      { type: 'stock', delta: 1 },
    ]);
    expect(g.state.wallets.hong).toBe(3200 - 8000);
    expect(g.state.wallets.mom).toBe(500_000);
    g.when(aftersale('ming', 'p0001')).thenRefused('ALREADY_REFUNDED');
  });

  it('leaves the leaderboard and the relations', () => {
    const g = given(direct('mom', 'ming'), claim('ming', P1, 0));
    expect(g.state.social).toMatchObject({ given: { mom: 5000 }, gave: { 'mom>ming': 1 } });
    g.and(aftersale('ming', P1));
    expect(g.state.social).toMatchObject({ given: { mom: 0 }, gave: { 'mom>ming': 0 } });
  });

  it('a lottery prize accepted can be refunded by its winner', () => {
    given(
      { type: 'send', as: 'mom', mode: 'lottery', group: 'fam', sku: 'tea', spec: 'red', count: 1, drawAt: START + HOUR },
      { type: 'join', as: 'dad', packet: P1 },
      advance(HOUR),
      claim('dad', P1, 0),
    )
      .when(aftersale('dad', P1))
      .then([{ type: 'aftersale', user: 'dad', refund: 5000 }]);
  });

  it('settings switched later do not change an order already placed', () => {
    const g = given(direct('mom', 'ming'), claim('ming', P1, 0), settings({ shipAfterMs: 10 * HOUR, deliverAfterMs: 20 * HOUR }));
    expect(nextDeadline(g.state)).toEqual({ at: START + 2 * HOUR, kind: 'ship', packet: P1 });
  });
});

describe('isFinal: nothing can change the packet any more', () => {
  it('waits for the expiry, the delivery and the after-sales window', () => {
    const g = given(grab('mom', 'fam', 2), claim('dad', P1, 0));
    const p = () => g.state.packets[P1]!;
    expect(isFinal(g.state, p())).toBe(false); // a unit is still open
    g.and(advance(DAY));
    expect(p().settled).toBe(true);
    expect(isFinal(g.state, p())).toBe(false); // on its way
    g.and(advanceTo(START + 2 * DAY));
    expect(isFinal(g.state, p())).toBe(false); // delivered: after-sales open for 7 days
    g.and(advanceTo(START + 9 * DAY - 1));
    expect(isFinal(g.state, p())).toBe(false);
    g.and(advance(1));
    expect(isFinal(g.state, p())).toBe(true);
  });

  it('a refunded order no longer waits; an unredeemed voucher does', () => {
    const g = given(direct('mom', 'ming'), claim('ming', P1, 0), aftersale('ming', P1));
    expect(isFinal(g.state, g.state.packets[P1]!)).toBe(true);
    const v = given(direct('mom', 'ming', 'coffee', 'cup'), claim('ming', P1));
    expect(isFinal(v.state, v.state.packets[P1]!)).toBe(false);
    v.and(redeem('ming', P1));
    expect(isFinal(v.state, v.state.packets[P1]!)).toBe(true);
  });

  it('a red packet and a virtual gift are final once settled', () => {
    const r = given({ type: 'send', as: 'mom', mode: 'redpacket', group: 'fam', amount: 100, count: 1 }, claim('dad', P1));
    expect(isFinal(r.state, r.state.packets[P1]!)).toBe(true);
    const c = given(direct('mom', 'ming', 'card', null), claim('ming', P1));
    expect(isFinal(c.state, c.state.packets[P1]!)).toBe(true);
  });
});
