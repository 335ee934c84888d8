// 晒礼物: a recipient shares the gift they accepted to their friends' 朋友圈. Given / when / then,
// every refusal in the order of checks; a refusal changes nothing (thenRefused checks it).
import { describe, expect, it } from 'vitest';
import { DAY } from '../../src/domain/time';
import { aftersale, advance, claim, direct, grab, pid, redpacket, share } from '../support/commands';
import { given } from '../support/gwt';

const P1 = pid(1);

describe('sharing a received gift', () => {
  it('the recipient of an accepted gift shares it once', () => {
    given(direct('mom', 'ming'), claim('ming', P1, 0))
      .when(share('ming', P1))
      .then([{ type: 'shared', user: 'ming', packet: P1, unit: 0 }])
      .andState((s) => {
        expect(s.packets[P1]!.shared).toEqual(['ming']);
        // The post holds what the feed shows: no packet needed to read it.
        expect(s.feed?.at(-1)).toEqual({ at: s.now, kind: 'share', by: 'ming', sender: 'mom', to: null, group: null, packet: P1, gifts: [{ sku: s.packets[P1]!.units[0]!.sku, spec: s.packets[P1]!.units[0]!.spec, count: 1 }], price: s.packets[P1]!.units[0]!.price });
      });
  });

  it('each taker of a group gift shares their own unit', () => {
    const g = given(grab('mom', 'fam', 2), claim('dad', P1, 0), claim('ming', P1, 0), share('dad', P1));
    g.when(share('ming', P1)).then([{ type: 'shared', user: 'ming', unit: 1 }]);
    expect(g.state.packets[P1]!.shared).toEqual(['dad', 'ming']);
  });

  it('stays shared after the 24 h and once the order is delivered', () => {
    given(direct('mom', 'ming'), claim('ming', P1, 0), advance(3 * DAY)).when(share('ming', P1)).then([{ type: 'shared' }]);
  });
});

describe('every refusal a share can meet, in the order of checks', () => {
  it('UNKNOWN_USER', () => given(direct('mom', 'ming'), claim('ming', P1, 0)).when(share('ghost', P1)).thenRefused('UNKNOWN_USER', 'as'));
  it('UNKNOWN_PACKET', () => given().when(share('ming', 'p9999')).thenRefused('UNKNOWN_PACKET', 'packet'));
  it('WRONG_MODE: a red packet is money, not a gift', () =>
    given(redpacket('mom', 'fam', 1000, 2), claim('dad', P1)).when(share('dad', P1)).thenRefused('WRONG_MODE', 'packet'));
  it('NOT_RECIPIENT: the sender shares nothing they received', () =>
    given(direct('mom', 'ming'), claim('ming', P1, 0)).when(share('mom', P1)).thenRefused('NOT_RECIPIENT', 'as'));
  it('NOT_RECIPIENT: someone who took nothing from a group gift', () =>
    given(grab('mom', 'fam', 2), claim('dad', P1, 0)).when(share('hong', P1)).thenRefused('NOT_RECIPIENT', 'as'));
  it('NOT_ACCEPTED: a direct gift not accepted yet', () => given(direct('mom', 'ming')).when(share('ming', P1)).thenRefused('NOT_ACCEPTED', 'packet'));
  it('NOT_ACCEPTED: a direct gift left to its refund', () =>
    given(direct('mom', 'ming'), advance(DAY)).when(share('ming', P1)).thenRefused('NOT_ACCEPTED', 'packet'));
  it('ALREADY_REFUNDED: taken back by after-sales', () =>
    given(direct('mom', 'ming'), claim('ming', P1, 0), aftersale('ming', P1)).when(share('ming', P1)).thenRefused('ALREADY_REFUNDED', 'packet'));
  it('ALREADY_SHARED', () =>
    given(direct('mom', 'ming'), claim('ming', P1, 0), share('ming', P1)).when(share('ming', P1)).thenRefused('ALREADY_SHARED', 'packet'));
});

it('a unit shared and then refunded by after-sales is still a share of a unit once accepted', () => {
  const g = given(direct('mom', 'ming'), claim('ming', P1, 0), share('ming', P1));
  g.when(aftersale('ming', P1)).thenIncludes([{ type: 'aftersale' }]);
  expect(g.state.packets[P1]!.shared).toEqual(['ming']);
});
