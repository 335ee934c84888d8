// Seed 2's restraint and social economy: the daily cap, mutual friends, JD's 保密 and 回礼, the
// settings command, streaks and badges, the leaderboard, relationship strength.
import { describe, expect, it } from 'vitest';
import { cardView, isMystery } from '../../src/domain/views';
import { leaderboard, relations, userSummaries } from '../../src/domain/social';
import type { State } from '../../src/domain/types';
import { DAY, HOUR } from '../../src/domain/time';
import { advance, advanceTo, aftersale, claim, codeGift, claimCode, direct, grab, pid, redpacket, reply, settings } from '../support/commands';
import { given } from '../support/gwt';
import { START, worldWith } from '../support/world';

const P1 = pid(1);
/** START is 20:00 Beijing: the next day begins 4 h later. */
const MIDNIGHT = START + 4 * HOUR;

describe('the daily send cap', () => {
  it('resets at 00:00 Beijing time', () => {
    const g = given(worldWith({ dailySendLimit: 2 }), direct('mom', 'ming'), grab('mom', 'fam', 1));
    g.when(direct('mom', 'dad')).thenRefused('DAILY_LIMIT', 'as');
    g.and(advanceTo(MIDNIGHT - 1));
    g.when(direct('mom', 'dad')).thenRefused('DAILY_LIMIT');
    g.and(advance(1));
    g.when(direct('mom', 'dad')).then([{ type: 'sent' }, { type: 'paid' }]);
  });

  it('counts per sender; a refused send does not count', () => {
    const g = given(worldWith({ dailySendLimit: 1 }));
    g.when(direct('mom', 'uncle', 'nosuch')).thenRefused('UNKNOWN_SKU');
    g.and(direct('mom', 'ming'), direct('dad', 'ming'));
    g.when(direct('dad', 'hong')).thenRefused('DAILY_LIMIT');
  });

  it('0 means no cap, and the settings command switches it off and on', () => {
    const g = given(worldWith({ dailySendLimit: 1 }), direct('mom', 'ming'));
    g.when(settings({ dailySendLimit: 0 })).then([{ type: 'settings', changes: { dailySendLimit: 0 }, settings: { dailySendLimit: 0, grabPolicy: 'first-address' } }]);
    g.and(direct('mom', 'dad'), direct('mom', 'hong'));
    g.and(settings({ dailySendLimit: 3 }));
    g.when(direct('mom', 'gran')).thenRefused('DAILY_LIMIT'); // three already today
  });

  it('a grab switch (policy) keeps the other settings', () => {
    const g = given(worldWith({ dailySendLimit: 1, commission: 20 }), { type: 'policy', grabPolicy: 'reserve-on-open' });
    expect(g.state.settings).toMatchObject({ grabPolicy: 'reserve-on-open', dailySendLimit: 1, commission: 20 });
  });
});

describe('mutual friends only', () => {
  const MUTUAL = worldWith({ mutualFriendsOnly: true }, { dad: ['mom', 'ming', 'hong'] });
  it('a pair who list each other may give; off, one side listing is enough', () => {
    given(MUTUAL).when(direct('mom', 'dad')).then([{ type: 'sent' }, { type: 'paid' }]);
    given(MUTUAL).when(direct('hong', 'ming')).thenRefused('NOT_MUTUAL_FRIEND', 'to');
    given(worldWith({ mutualFriendsOnly: false })).when(direct('hong', 'ming')).then([{ type: 'sent' }, { type: 'paid' }]);
  });

  it('applies to direct gifts only', () => {
    given(MUTUAL).when(grab('hong', 'fam', 1)).then([{ type: 'sent' }, { type: 'paid' }]);
  });
});

describe('JD 保密 and 回礼', () => {
  it('a secret gift keeps every rule; the flag is on the packet', () => {
    given().when(grab('mom', 'fam', 1, 'tea', 'red', { secret: true })).then([{ type: 'sent', packet: { secret: true } }, { type: 'paid' }]);
    given().when(direct('mom', 'ming')).then([{ type: 'sent', packet: { secret: false, replyTo: null } }, { type: 'paid' }]);
  });

  it('a recipient answers with a return gift to the sender', () => {
    given(direct('mom', 'ming'), claim('ming', P1, 0))
      .when(reply('ming', 'mom', P1))
      .then([{ type: 'sent', packet: { mode: 'direct', sender: 'ming', to: 'mom', replyTo: P1 } }, { type: 'paid', user: 'ming' }]);
  });

  it('a grab or red packet claimant may answer too', () => {
    given(grab('mom', 'fam', 1), claim('dad', P1, 0)).when(reply('dad', 'mom', P1)).then([{ type: 'sent', packet: { replyTo: P1 } }, { type: 'paid' }]);
    given(redpacket('mom', 'fam', 100, 1), claim('dad', P1)).when(reply('dad', 'mom', P1)).then([{ type: 'sent', packet: { replyTo: P1 } }, { type: 'paid' }]);
  });

  it('a return gift is a direct gift: it must be to a friend', () => {
    // uncle took a code gift from c1; they are not friends
    given(codeGift('c1', 1, '1234', 'card', null), claimCode('uncle', P1, '1234')).when(reply('uncle', 'c1', P1)).thenRefused('NOT_FRIEND', 'to');
  });

  it('the card a viewer sees is the same: the screens hide a secret gift (cardView unchanged)', () => {
    const g = given(grab('mom', 'fam', 1, 'tea', 'red', { secret: true }));
    expect(cardView(g.state, g.state.packets[P1]!, 'dad').state).toBe('claimable');
  });
});

describe('streaks, badges, the leaderboard, relationship strength', () => {
  it('a streak counts consecutive Beijing days with a send, ending today or yesterday; badges stay', () => {
    const g = given();
    for (let d = 0; d < 8; d++) g.and(advanceTo(START + d * DAY), direct('mom', 'ming', 'card', null));
    let mom = Object.fromEntries(userSummaries(g.state)).mom!;
    expect(mom).toEqual({ streak: 8, badges: ['streak-3', 'streak-7'], sentToday: 1 });
    g.and(advance(DAY)); // yesterday still counts
    mom = Object.fromEntries(userSummaries(g.state)).mom!;
    expect(mom).toEqual({ streak: 8, badges: ['streak-3', 'streak-7'], sentToday: 0 });
    g.and(advance(DAY)); // broken
    mom = Object.fromEntries(userSummaries(g.state)).mom!;
    expect(mom).toEqual({ streak: 0, badges: ['streak-3', 'streak-7'], sentToday: 0 });
    g.and(direct('mom', 'ming', 'card', null), direct('mom', 'dad', 'card', null));
    expect(Object.fromEntries(userSummaries(g.state)).mom).toEqual({ streak: 1, badges: ['streak-3', 'streak-7'], sentToday: 2 });
  });

  it('a day is a Beijing day: 23:59 and 00:00 are two days', () => {
    const g = given(advanceTo(START + 4 * HOUR - 60_000), direct('mom', 'ming', 'card', null), advance(60_000), direct('mom', 'ming', 'card', null));
    expect(Object.fromEntries(userSummaries(g.state)).mom).toEqual({ streak: 2, badges: [], sentToday: 1 });
  });

  it('every mode counts toward the streak, red packets too; users lists senders only, ids sorted', () => {
    const g = given(redpacket('ming', 'fam', 100, 1), codeGift('dad', 1));
    expect(userSummaries(g.state).map(([id]) => id)).toEqual(['dad', 'ming']);
  });

  it('the leaderboard: list prices of claimed gift units, not red packets, largest first then id', () => {
    const g = given(
      direct('mom', 'ming'),
      claim('ming', P1, 0),
      grab('dad', 'fam', 2),
      claim('ming', pid(2), 0),
      claim('hong', pid(2), 0),
      redpacket('hong', 'fam', 5000, 1),
      claim('mom', pid(3)),
      direct('ming', 'hong', 'tea', 'green'),
      claim('hong', pid(4), 0),
      direct('hong', 'dad', 'card', null), // not claimed: no value
    );
    expect(leaderboard(g.state)).toEqual([
      { user: 'dad', value: 10_000 },
      { user: 'ming', value: 5000 },
      { user: 'mom', value: 5000 },
    ]);
    g.and(aftersale('ming', P1));
    expect(leaderboard(g.state)).toEqual([
      { user: 'dad', value: 10_000 },
      { user: 'ming', value: 5000 },
    ]);
  });

  it('relations: one entry per pair, a < b, with each direction counted and the tie read', () => {
    const g = given(
      direct('mom', 'dad', 'card', null),
      claim('dad', P1),
      direct('dad', 'mom', 'card', null),
      claim('mom', pid(2)),
      direct('mom', 'dad', 'card', null),
      claim('dad', pid(3)),
      direct('dad', 'mom', 'card', null),
      claim('mom', pid(4)),
      direct('mom', 'ming', 'card', null),
      claim('ming', pid(5)),
      direct('ming', 'mom', 'card', null),
      claim('mom', pid(6)),
      direct('hong', 'dad', 'card', null),
      claim('dad', pid(7)),
    );
    expect(relations(g.state)).toEqual([
      { a: 'dad', b: 'hong', ab: 0, ba: 1, tier: 'weak' },
      { a: 'dad', b: 'mom', ab: 2, ba: 2, tier: 'strong' },
      { a: 'ming', b: 'mom', ab: 1, ba: 1, tier: 'medium' },
    ]);
  });
});

describe('relations, in order', () => {
  it('sorts pairs by a, then b, by UTF-16 code units: an id before the longer ids it begins, - and _ and digits where they fall', () => {
    const ids = ['u1', 'u12', 'u1-x', 'u1_x', 'U1', 'a', 'B', '9', 'u2'];
    const gave: Record<string, number> = {};
    ids.forEach((x, i) => ids.forEach((y, j) => x !== y && (i * 7 + j * 3) % 4 !== 0 && (gave[`${x}>${y}`] = ((i + j) % 3) - 0.5 > 0 ? (i + j) % 3 : 1)));
    const state = { social: { sends: {}, given: {}, gave } } as unknown as State;
    const byUnits = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
    const pairs = new Map<string, { a: string; b: string; ab: number; ba: number }>();
    for (const [key, n] of Object.entries(gave)) {
      const [from, to] = key.split('>') as [string, string];
      const [a, b] = from < to ? [from, to] : [to, from];
      const pair = pairs.get(`${a}>${b}`) ?? { a, b, ab: 0, ba: 0 };
      if (from === a) pair.ab += n;
      else pair.ba += n;
      pairs.set(`${a}>${b}`, pair);
    }
    const expected = [...pairs.values()].sort((x, y) => byUnits(x.a, y.a) || byUnits(x.b, y.b));
    const got = relations(state);
    expect(got.map(({ a, b, ab, ba }) => ({ a, b, ab, ba }))).toEqual(expected);
    expect(got.length).toBeGreaterThan(20);
    expect(got.findIndex((r) => r.a === 'u1')).toBeLessThan(got.findIndex((r) => r.a === 'u12'));
  });
});

describe('isMystery: what a secret card hides', () => {
  it('from everyone but the sender, until the viewer has claimed', () => {
    const g = given(grab('mom', 'fam', 2, 'tea', 'red', { secret: true }));
    const p = () => g.state.packets[P1]!;
    expect(isMystery(p(), 'mom')).toBe(false);
    expect(isMystery(p(), 'dad')).toBe(true);
    g.and(claim('dad', P1, 0));
    expect(isMystery(p(), 'dad')).toBe(false);
    expect(isMystery(p(), 'ming')).toBe(true);
    const open = given(grab('mom', 'fam', 1));
    expect(isMystery(open.state.packets[P1]!, 'dad')).toBe(false);
  });
});
