// A company's 年会福利 (`send` mode `bulk`): one unit to each member of a group or a list, each a
// direct gift with its own 24 h, paid as one purchase. Given / when / then, every refusal it can
// meet in the order of checks, the money conserved (then() checks the invariants every time).
import { describe, expect, it } from 'vitest';
import { DAY, HOUR } from '../../src/domain/time';
import { leaderboard, relations, userSummaries } from '../../src/domain/social';
import { aftersale, advance, advanceTo, bulk, claim, direct, open, pid, reply, spec } from '../support/commands';
import { given } from '../support/gwt';
import { companyWorld, START } from '../support/world';

const P1 = pid(1);
const WORLD = companyWorld();
const STAFF = ['dad', 'ming', 'c1', 'c2', 'c3'];
const toWork = (extra = {}) => bulk('acme', { group: 'work' }, 'tea', 'red', extra);
const money = (s: { wallets: Record<string, number>; escrow: number; merchant: number; platform?: number }) =>
  Object.values(s.wallets).reduce((a, b) => a + b, 0) + s.escrow + s.merchant + (s.platform ?? 0);

describe('a bulk gift to a group', () => {
  it('gives each member but the company one unit, theirs to accept, paid as one purchase', () => {
    given(WORLD)
      .when(toWork({ message: '年会福利' }))
      .then([
        { type: 'sent', packet: { mode: 'bulk', sender: 'acme', group: 'work', to: null, units: STAFF.map((holder) => ({ state: 'assigned', holder, price: 5000 })) } },
        { type: 'paid', user: 'acme', amount: 5 * 5000 },
      ])
      .andState((s) => {
        expect(s.wallets.acme).toBe(100_000 - 25_000);
        expect(s.escrow).toBe(25_000);
        expect(s.packets[P1]!.expiresAt).toBe(START + DAY);
        expect(userSummaries(s)).toEqual([['acme', { streak: 1, badges: [], sentToday: 1 }]]);
        // one card, in the group's chat
        expect(s.messages.filter((m) => m.packet === P1).map((m) => m.chat)).toEqual(['group:work']);
      });
  });

  it('each recipient accepts their own unit, and only theirs', () => {
    const g = given(WORLD, toWork());
    g.when(claim('ming', P1, 0)).then([
      { type: 'claimed', user: 'ming', unit: 1, order: 'accepted' },
      { type: 'settled', unit: 1, amount: 5000 },
    ]);
    g.when(claim('ming', P1, 0)).thenRefused('ALREADY_CLAIMED', 'packet');
    g.when(claim('acme', P1, 0)).thenRefused('OWN_PACKET', 'as');
    g.when(claim('mom', P1, 0)).thenRefused('NOT_RECIPIENT', 'as');
    g.when(claim('dad', P1)).thenRefused('INVALID_ADDRESS', 'address');
    g.when(claim('dad', P1, 0)).then([{ type: 'claimed', user: 'dad', unit: 0 }, { type: 'settled', unit: 0 }]);
    expect(leaderboard(g.state)).toEqual([{ user: 'acme', value: 10_000 }]);
    expect(relations(g.state)).toEqual([
      { a: 'acme', b: 'dad', ab: 1, ba: 0, tier: 'weak' },
      { a: 'acme', b: 'ming', ab: 1, ba: 0, tier: 'weak' },
    ]);
  });

  it('each unit not accepted within its 24 h is refunded to the company one by one', () => {
    const g = given(WORLD, toWork(), claim('dad', P1, 0), advance(23 * HOUR), claim('c2', P1, 0));
    g.when(advanceTo(START + DAY)).then([
      { type: 'refunded', at: START + DAY, unit: 1, user: 'acme', amount: 5000, reason: 'expired' },
      { type: 'refunded', at: START + DAY, unit: 2, user: 'acme', amount: 5000, reason: 'expired' },
      { type: 'refunded', at: START + DAY, unit: 4, user: 'acme', amount: 5000, reason: 'expired' },
      { type: 'clock' },
    ]).andState((s) => {
      expect(s.escrow).toBe(0);
      expect(s.wallets.acme).toBe(100_000 - 2 * 5000);
      expect(money(s)).toBe(s.total);
      expect(s.packets[P1]!.settled).toBe(true);
    });
    g.when(claim('ming', P1, 0)).thenRefused('EXPIRED', 'packet');
  });

  it('a claim at exactly send + 24 h is too late', () => {
    given(WORLD, toWork(), advanceTo(START + DAY)).when(claim('dad', P1, 0)).thenRefused('EXPIRED', 'packet');
  });

  it('a recipient may switch the variant at the same price before accepting, like a direct gift', () => {
    const g = given(WORLD, toWork());
    g.when(spec('ming', P1, 'green')).then([{ type: 'specChanged', user: 'ming', unit: 1, from: 'red', to: 'green' }]);
    g.when(spec('mom', P1, 'green')).thenRefused('NOT_RECIPIENT', 'as');
    g.when(spec('dad', P1, 'big')).thenRefused('SPEC_PRICE_MISMATCH', 'to');
    g.and(claim('dad', P1, 0));
    g.when(spec('dad', P1, 'green')).thenRefused('ACCEPTED', 'packet');
  });

  it('a recipient may ask for after-sales on their unit; nobody else', () => {
    const g = given(WORLD, toWork(), claim('dad', P1, 0));
    g.when(aftersale('ming', P1)).thenRefused('NOT_ACCEPTED', 'packet');
    g.when(aftersale('mom', P1)).thenRefused('NOT_RECIPIENT', 'as');
    g.when(aftersale('dad', P1)).thenIncludes([{ type: 'aftersale', user: 'dad', sender: 'acme', refund: 5000 }]);
  });

  it('takes stock for every unit, and gives it back with each refund', () => {
    const g = given(WORLD);
    g.when(bulk('acme', { group: 'work' }, 'nuts', 'box')).then([{ type: 'sent' }, { type: 'paid', amount: 5 * 3000 }, { type: 'stock', sku: 'nuts', delta: -5 }]);
    g.when(bulk('acme', ['dad'], 'nuts', 'box')).thenRefused('OUT_OF_STOCK', 'spec');
    g.and(advance(DAY));
    expect(g.state.stock['nuts/box']).toBe(5);
  });

  it('counts as one send toward the daily cap', () => {
    const g = given(companyWorld({ dailySendLimit: 1 }), toWork());
    g.when(bulk('acme', ['dad'])).thenRefused('DAILY_LIMIT', 'as');
  });

  it('is a gift of the company, not of a friend: mutual friends only does not apply', () => {
    given(companyWorld({ mutualFriendsOnly: true })).when(toWork()).then([{ type: 'sent' }, { type: 'paid' }]);
  });

  it('a recipient may answer with a 回礼 only where the direct rules allow (the company is nobody\'s friend)', () => {
    given(WORLD, toWork(), claim('dad', P1, 0)).when(reply('dad', 'acme', P1)).thenRefused('NOT_FRIEND', 'to');
  });
});

describe('a bulk gift to a list', () => {
  it('goes to the people named, its card in each one\'s private chat with the company', () => {
    given(WORLD)
      .when(bulk('acme', ['c3', 'dad'], 'card', null))
      .then([{ type: 'sent', packet: { group: null, units: [{ holder: 'c3', state: 'assigned' }, { holder: 'dad', state: 'assigned' }] } }, { type: 'paid', amount: 1000 }])
      .andState((s) => {
        expect(s.messages.filter((m) => m.packet === P1).map((m) => m.chat)).toEqual(['dm:acme|c3', 'dm:acme|dad']);
      });
  });

  it('is open to its sender and the people named only', () => {
    const g = given(WORLD, bulk('acme', ['dad'], 'card', null));
    g.when(open('ming', P1)).thenRefused('NOT_RECIPIENT', 'as');
    g.when(open('dad', P1)).then([{ type: 'opened', user: 'dad' }]);
    g.when(claim('ming', P1)).thenRefused('NOT_RECIPIENT', 'as');
    g.when(claim('dad', P1)).then([{ type: 'claimed', user: 'dad', address: null, order: 'delivered' }, { type: 'settled' }]);
  });

  it('refunds each unit left at 24 h with a line in that recipient\'s chat for the company', () => {
    given(WORLD, bulk('acme', ['c3', 'dad'], 'card', null))
      .when(advance(DAY))
      .then([{ type: 'refunded', unit: 0, amount: 500 }, { type: 'refunded', unit: 1, amount: 500 }, { type: 'clock' }])
      .andState((s) => {
        const lines = s.messages.filter((m) => m.system && m.packet === P1);
        expect(lines.map((m) => [m.chat, m.for])).toEqual([['dm:acme|c3', 'acme'], ['dm:acme|dad', 'acme']]);
      });
  });
});

describe('every refusal a bulk send can meet, in the order of checks', () => {
  const cases: Array<[string, Parameters<typeof given>[1], string, string]> = [
    ['an unknown sender', bulk('ghost', { group: 'work' }), 'UNKNOWN_USER', 'as'],
    ['a 回礼 is a direct gift', toWork({ replyTo: P1 }), 'WRONG_MODE', 'replyTo'],
    ['a list on a direct gift', direct('mom', 'dad', 'tea', 'red', { recipients: ['dad'] }), 'WRONG_MODE', 'to'],
    ['a person is no company', bulk('dad', { group: 'work' }), 'NOT_COMPANY', 'as'],
    ['neither a group nor a list', { type: 'send', as: 'acme', mode: 'bulk', sku: 'tea', spec: 'red' }, 'UNKNOWN_GROUP', 'group'],
    ['an unknown group', bulk('acme', { group: 'nope' }), 'UNKNOWN_GROUP', 'group'],
    ['a group the company is not in', bulk('acme', { group: 'fam' }), 'NOT_MEMBER', 'group'],
    ['both a group and a list', { type: 'send', as: 'acme', mode: 'bulk', group: 'work', recipients: ['dad'], sku: 'tea', spec: 'red' }, 'WRONG_MODE', 'group'],
    ['an empty list', bulk('acme', []), 'BAD_COUNT', 'to'],
    ['an unknown person in the list', bulk('acme', ['dad', 'ghost']), 'UNKNOWN_USER', 'to'],
    ['the company in its own list', bulk('acme', ['dad', 'acme']), 'OWN_PACKET', 'to'],
    ['someone listed twice (two sub-orders for one person)', bulk('acme', ['dad', 'ming', 'dad']), 'BAD_COUNT', 'to'],
    ['someone who shares no group with the company', bulk('acme', ['dad', 'mom']), 'NOT_MEMBER', 'to'],
    ['a group with nobody but the company', bulk('beta', { group: 'solo' }), 'BAD_COUNT', 'count'],
    ['a count: each person gets one', toWork({ count: 2 }), 'BAD_COUNT', 'count'],
    ['control characters in the 赠言', toWork({ message: '年会\u001b[2J' }), 'INVALID_TEXT', 'message'],
    ['a 赠言 over 100 characters', toWork({ message: '福'.repeat(101) }), 'MESSAGE_TOO_LONG', 'message'],
    ['an unknown product', bulk('acme', { group: 'work' }, 'nope'), 'UNKNOWN_SKU', 'sku'],
    ['an unknown variant', bulk('acme', { group: 'work' }, 'tea', 'blue'), 'UNKNOWN_SPEC', 'spec'],
    ['jewellery', bulk('acme', { group: 'work' }, 'ring', 'gold'), 'NOT_GIFTABLE', 'sku'],
    ['more than the stock', bulk('acme', { group: 'work' }, 'scarf', 'navy'), 'OUT_OF_STOCK', 'spec'],
    ['more than the company holds', bulk('acme', { group: 'work' }, 'watch', 'basic'), 'INSUFFICIENT_FUNDS', 'wallet'],
  ];
  for (const [name, cmd, code, field] of cases)
    it(`${name}: ${code}`, () => {
      given(WORLD).when(cmd as never).thenRefused(code as never, field);
    });
});
