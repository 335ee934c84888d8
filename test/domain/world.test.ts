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
    expect(s.stock).toEqual({ 'nuts/box': 5, 'scarf/grey': 3, 'scarf/navy': 1 });
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
});
