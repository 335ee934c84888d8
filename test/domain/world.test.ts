import { describe, expect, it } from 'vitest';
import { invariantViolations } from '../../src/domain/invariants';
import { initialState, parseWorld } from '../../src/domain/world';
import { START, TEST_WORLD_INPUT, testState } from '../support/world';

const user = (id: string, extra: Record<string, unknown> = {}) => ({ id, name: id, wallet: 100, ...extra });
const paths = (input: unknown) => {
  const r = parseWorld(input);
  return r.ok ? [] : r.problems.map((p) => p.path);
};

describe('world', () => {
  it('the test world is valid and starts clean', () => {
    const s = testState();
    expect(s.now).toBe(START);
    expect(s.total).toBe(Object.values(s.wallets).reduce((a, b) => a + b, 0));
    expect(s.escrow + s.merchant).toBe(0);
    expect(s.stock).toEqual({ 'art/print': 3, 'nuts/box': 5, 'scarf/grey': 3, 'scarf/navy': 1 });
    expect(s.settings).toEqual({ grabPolicy: 'first-address', holdMs: 5 * 60_000 });
    expect(invariantViolations(s)).toEqual([]);
  });

  it('makes friendship symmetric', () => {
    const s = testState();
    expect(s.users.hong!.friends.sort()).toEqual(['dad', 'ming', 'mom']);
    expect(s.users.uncle!.friends).toEqual(['mom']);
  });

  it('does not share objects with the world it was built from', () => {
    const r = parseWorld(TEST_WORLD_INPUT);
    if (!r.ok) throw new Error('bad');
    const s = initialState(r.world, 'x', START);
    s.users.mom!.addresses[0]!.name = 'changed';
    s.catalog.tea!.specs[0]!.price = 1;
    s.groups.fam!.members.push('c1');
    expect(r.world.users[0]!.addresses[0]!.name).toBe('王丽');
    expect(r.world.catalog[0]!.specs[0]!.price).toBe(5000);
    expect(r.world.groups[0]!.members).toHaveLength(5);
  });

  it('names the path of each problem', () => {
    expect(paths({ users: [user('a'), user('a')] })).toEqual(['users[1].id']);
    expect(paths({ users: [user('a', { friends: ['b'] })] })).toEqual(['users[0].friends[0]']);
    expect(paths({ users: [user('a', { addresses: [{ name: 'x', phone: '123', region: 'r', detail: '12345' }] })] })).toEqual(['users[0].addresses[0].phone']);
    expect(paths({ users: [user('a')], groups: [{ id: 'g', name: 'g', members: ['a', 'b'] }] })).toEqual(['groups[0].members[1]']);
    expect(paths({ users: [user('a')], groups: [{ id: 'g', name: 'g', members: ['a', 'a'] }] })).toEqual(['groups[0].members']);
    expect(paths({ users: [user('a', { wallet: -1 })] })).toEqual(['users[0].wallet']);
    expect(paths({ users: [user('a', { wallet: 1.5 })] })).toEqual(['users[0].wallet']);
    expect(paths({ users: [user('a b')] })).toEqual(['users[0].id']);
  });

  it('a group holds at most 500 members', () => {
    const users = Array.from({ length: 501 }, (_, i) => user(`u${i}`));
    expect(paths({ users, groups: [{ id: 'g', name: 'g', members: users.map((u) => u.id) }] })).toEqual(['groups[0].members']);
    expect(paths({ users, groups: [{ id: 'g', name: 'g', members: users.slice(1).map((u) => u.id) }] })).toEqual([]);
  });

  it('refuses ids that would collide with Object.prototype', () => {
    expect(paths({ users: [user('__proto__')] })).toEqual(['users[0].id']);
    expect(paths({ users: [user('a')], groups: [{ id: '__proto__', name: 'g', members: ['a'] }] })).toEqual(['groups[0].id']);
  });

  it('checks the second edition\'s settings: type and range, naming the setting', () => {
    const w = (settings: Record<string, unknown>) => paths({ users: [user('a')], settings });
    expect(w({ commission: 0, codeDiscount: 50, dailySendLimit: 0, mutualFriendsOnly: false, shipAfter: '0s', deliverAfter: '48h' })).toEqual([]);
    expect(w({ commission: 30 })).toEqual([]);
    expect(w({ commission: 31 })).toEqual(['settings.commission']);
    expect(w({ commission: -1 })).toEqual(['settings.commission']);
    expect(w({ commission: 20.5 })).toEqual(['settings.commission']);
    expect(w({ commission: '20' })).toEqual(['settings.commission']);
    expect(w({ codeDiscount: 51 })).toEqual(['settings.codeDiscount']);
    expect(w({ dailySendLimit: -1 })).toEqual(['settings.dailySendLimit']);
    expect(w({ dailySendLimit: 2.5 })).toEqual(['settings.dailySendLimit']);
    expect(w({ mutualFriendsOnly: 'yes' })).toEqual(['settings.mutualFriendsOnly']);
    expect(w({ shipAfter: 2 })).toEqual(['settings.shipAfter']);
    expect(w({ deliverAfter: '2 days' })).toEqual(['settings.deliverAfter']);
  });

  it('starts with the settings a world gives, and only those (absent = the default)', () => {
    const r = parseWorld({ users: [user('a')], settings: { commission: 20, dailySendLimit: 5, mutualFriendsOnly: true, shipAfter: '1h', deliverAfter: '1d' } });
    if (!r.ok) throw new Error('bad');
    expect(initialState(r.world, 'x', START).settings).toEqual({
      grabPolicy: 'first-address',
      holdMs: 5 * 60_000,
      commission: 20,
      dailySendLimit: 5,
      mutualFriendsOnly: true,
      shipAfterMs: 3_600_000,
      deliverAfterMs: 86_400_000,
    });
  });

  it('checks a product\'s tier and creator (a creator is a user)', () => {
    const product = (extra: Record<string, unknown>) => ({
      users: [user('a')],
      catalog: [{ id: 'p', title: 'p', category: 'c', delivery: 'virtual', specs: [{ id: 's', label: 's', price: 1 }], ...extra }],
    });
    expect(paths(product({ tier: 'basic', merchant: 'shop-1', creator: 'a' }))).toEqual([]);
    expect(paths(product({ tier: 'gold' }))).toEqual(['catalog[0].tier']);
    expect(paths(product({ creator: 'nobody' }))).toEqual(['catalog[0].creator']);
    const r = parseWorld(product({ creator: 'nobody' }));
    expect(r.ok ? '' : r.problems[0]!.message).toContain('product "p"');
  });

  it('keeps each user\'s own list beside the symmetric friendship', () => {
    const s = testState();
    expect(s.users.mom!.lists).toEqual(['dad', 'ming', 'hong', 'gran', 'uncle']);
    expect(s.users.hong!.lists).toEqual([]);
  });
});
