// Taobao's 口令 gift: anyone in the world with the 4-digit code claims one unit; the sender pays
// the discounted price and the platform pays the discount.
import { describe, expect, it } from 'vitest';
import { CODE_TRIES } from '../../src/domain/claim';
import { DAY, HOUR } from '../../src/domain/time';
import { advance, claimCode, codeGift, open, pid } from '../support/commands';
import { given } from '../support/gwt';
import { START, worldWith } from '../support/world';

const P1 = pid(1);
const uncleAt = { name: '舅舅', phone: '13700000000', region: '江苏省', detail: '玄武区中山路1号' };

describe('code gift 口令', () => {
  it('send: the sender pays price − floor(price × 15%) a unit, the platform pays the rest into escrow', () => {
    given()
      .when(codeGift('mom', 2, '4827', 'tea', 'red'))
      .then([
        { type: 'sent', packet: { id: P1, mode: 'code', group: null, to: null, code: { code: '4827', discount: 750, wrong: {} }, expiresAt: START + DAY } },
        { type: 'paid', user: 'mom', amount: 2 * 4250, packet: P1 },
        { type: 'subsidised', packet: P1, amount: 2 * 750 },
      ])
      .andState((s) => {
        expect(s.wallets.mom).toBe(500_000 - 8500);
        expect(s.escrow).toBe(10_000);
        expect(s.platform).toBe(-1500);
      });
  });

  it('the discount is floored, and follows the world setting', () => {
    given(worldWith({ codeDiscount: 10 }))
      .when(codeGift('mom', 1, '0000', 'coffee', 'cup'))
      .then([{ type: 'sent', packet: { code: { discount: 199 } } }, { type: 'paid', amount: 1791 }, { type: 'subsidised', amount: 199 }]);
    // 0%: no subsidy event at all
    given(worldWith({ codeDiscount: 0 })).when(codeGift('mom', 1, '0000', 'coffee', 'cup')).then([{ type: 'sent' }, { type: 'paid', amount: 1990 }]);
  });

  it('anyone in the world but the sender claims one unit with the code, in no shared group', () => {
    // uncle is in no group with c1 and friends with neither
    const g = given(codeGift('c1', 2, '4827'));
    g.when(open('uncle', P1)).then([{ type: 'opened', user: 'uncle' }]);
    g.when(claimCode('uncle', P1, '4827', uncleAt)).then([
      { type: 'claimed', user: 'uncle', unit: 0, address: { name: '舅舅' }, order: 'accepted' },
      { type: 'settled', unit: 0, amount: 5000, merchant: 5000, fee: 0 },
    ]);
    expect(g.state.merchant).toBe(5000);
  });

  it('on acceptance the commission is taken on the list price', () => {
    given(worldWith({ commission: 20 }), codeGift('mom', 1))
      .when(claimCode('dad', P1, '4827', 0))
      .thenIncludes([{ type: 'settled', amount: 5000, merchant: 4000, fee: 1000 }])
      .andState((s) => {
        expect(s.platform).toBe(1000 - 750);
        expect(s.merchant).toBe(4000);
      });
  });

  it('a wrong code is refused and counted per user and packet; after five, CODE_LOCKED even with the right code', () => {
    const g = given(codeGift('mom', 2));
    for (let n = 1; n <= CODE_TRIES; n++) {
      const t = g.when(claimCode('dad', P1, '1111', 0)).thenRefused('BAD_CODE', 'code');
      expect(t.outcome.ok ? [] : t.outcome.events).toMatchObject([{ type: 'codeTried', user: 'dad', packet: P1, wrong: n }]);
    }
    expect(g.state.packets[P1]!.code!.wrong).toEqual({ dad: 5 });
    g.when(claimCode('dad', P1, '4827', 0)).thenRefused('CODE_LOCKED', 'code');
    g.when(claimCode('dad', P1, '1111', 0)).thenRefused('CODE_LOCKED', 'code');
    expect(g.state.packets[P1]!.code!.wrong).toEqual({ dad: 5 }); // a locked try adds nothing
    // another user is not locked
    g.when(claimCode('ming', P1, '4827', 0)).then([{ type: 'claimed', user: 'ming' }, { type: 'settled' }]);
  });

  it('at exactly send + 24 h each unclaimed unit goes back: the sender what they paid, the platform its discount', () => {
    const g = given(codeGift('mom', 3), claimCode('dad', P1, '4827', 0), advance(DAY - 1));
    g.when(advance(1))
      .thenIncludes([
        { type: 'refunded', at: START + DAY, unit: 1, user: 'mom', amount: 4250, discount: 750, reason: 'expired' },
        { type: 'refunded', at: START + DAY, unit: 2, user: 'mom', amount: 4250, discount: 750, reason: 'expired' },
        { type: 'clock' },
      ])
      .andState((s) => {
        expect(s.wallets.mom).toBe(500_000 - 4250);
        expect(s.platform).toBe(-750);
        expect(s.escrow).toBe(0);
        expect(s.merchant).toBe(5000);
      });
  });

  it('a code gift of a virtual product is delivered on acceptance; one of a parcel ships', () => {
    given(codeGift('mom', 1, '1234', 'card', null)).when(claimCode('dad', P1, '1234')).then([{ type: 'claimed', order: 'delivered', address: null }, { type: 'settled' }]);
    given(codeGift('mom', 1)).when(claimCode('dad', P1, '4827', 0)).then([
      { type: 'claimed', order: 'accepted', shipAt: START + 2 * HOUR, deliverAt: START + 48 * HOUR },
      { type: 'settled' },
    ]);
  });
});
