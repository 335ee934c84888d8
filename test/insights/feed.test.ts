// The 朋友圈 feed: what each user's feed holds after the company-annual-gifts story, and the three
// nevers — never an address, never a price the sender did not choose to show, never a secret
// gift's contents to someone it is still a secret for.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { feedFor } from '../../src/insights/feed';
import { parseWorld } from '../../src/domain/world';
import { parseScenario } from '../../src/scenario/parse';
import { playScenario } from '../../src/scenario/play';
import { areFriends } from '../../src/domain/rules';
import type { State } from '../../src/domain/types';
import { bundledWorld } from '../../src/world-file';
import { given } from '../support/gwt';
import { claim, direct, grab, pid, share } from '../support/commands';
import { worldWith } from '../support/world';

const file = join(__dirname, '../../data/scenarios/company-annual-gifts.json');
const played = playScenario(parseScenario(readFileSync(file, 'utf8'), file, parseWorld), bundledWorld());
const state = played.state;
const id = (label: string) => played.labels.get(label)!;
/** A feed as `kind by packet-label gifts price effect`, for reading. */
const brief = (s: State, user: string) =>
  feedFor(s, user).map((p) => {
    const label = [...played.labels].find(([, v]) => v === p.packet)?.[0] ?? p.packet;
    const gifts = p.gifts === null ? 'mystery' : p.gifts.map((g) => `${g.sku}/${g.spec}×${g.count}`).join(',');
    return `${p.kind} ${p.by} ${label} ${gifts} ${p.price ?? '-'} ${p.effect ?? '-'}`;
  });

describe('each user\'s feed at the end of the story', () => {
  it('grandma (a friend of everyone in the family) sees both broadcasts and both shares, newest first', () => {
    expect(brief(state, 'grandma')).toEqual([
      'broadcast dad qiqiu broadcast/heart×1 - 📣',
      'share mom baomi mystery - -',
      'broadcast grandpa yanhua fireworks/std×1 1800 🎆',
      'share ming nianhui dfzx/std×1 - -',
    ]);
  });

  it('the secret gift is no secret to its sender and to the one who received it', () => {
    expect(brief(state, 'hong')).toContain('share mom baomi hong-print/a4×1 - -');
    expect(brief(state, 'mom')).toContain('share mom baomi hong-print/a4×1 - -');
  });

  it('a colleague sees what their friends posted: ming\'s share and dad\'s broadcast, not grandpa\'s', () => {
    // 李娜 lists 小明 and 爸爸, not 爷爷 or 妈妈.
    expect(brief(state, 'lina')).toEqual(['broadcast dad qiqiu broadcast/heart×1 - 📣', 'share ming nianhui dfzx/std×1 - -']);
  });

  it('the company, who has no friends, sees nothing', () => {
    expect(feedFor(state, 'bluewhale')).toEqual([]);
  });

  it('every post is from the viewer or a friend of theirs, for everyone in the world', () => {
    for (const viewer of Object.keys(state.users))
      for (const p of feedFor(state, viewer)) expect(p.by === viewer || areFriends(state, viewer, p.by), `${viewer} sees ${p.by}`).toBe(true);
  });

  it('never an address, never an unchosen price, never a secret\'s contents (every user)', () => {
    const addresses = Object.values(state.users).flatMap((u) => u.addresses.flatMap((a) => [a.phone, a.detail]));
    for (const p of Object.values(state.packets)) for (const u of p.units) if (u.address) addresses.push(u.address.phone, u.address.detail);
    for (const viewer of Object.keys(state.users)) {
      const feed = feedFor(state, viewer);
      const text = JSON.stringify(feed);
      for (const a of addresses) expect(text.includes(a), `${viewer}'s feed holds an address`).toBe(false);
      for (const p of feed) {
        const packet = state.packets[p.packet]!;
        if (!packet.showPrice) expect(p.price, `${viewer}: ${p.packet} shows a price its sender did not`).toBeNull();
        const secretFor = packet.secret && viewer !== packet.sender && !packet.units.some((u) => u.holder === viewer && u.state === 'claimed');
        if (secretFor) expect([p.gifts, p.effect, p.price], `${viewer}: ${p.packet}'s secret`).toEqual([null, null, null]);
      }
    }
    expect(id('baomi')).toBeDefined();
  });
});

describe('who sees a share', () => {
  it('the sharer and their friends; a broadcast, the sender and theirs', () => {
    // dad's friends: ming, hong (and mom, who lists him); ming's: hong, and mom and dad who list him.
    const g = given(worldWith({}), grab('mom', 'fam', 2, 'tea', 'red', { showPrice: true }), claim('dad', pid(1), 0), share('dad', pid(1)));
    expect(feedFor(g.state, 'hong').map((p) => [p.kind, p.by, p.price])).toEqual([['share', 'dad', 5000]]);
    expect(feedFor(g.state, 'gran')).toEqual([]);
    g.and(direct('mom', 'ming', 'card', null));
    expect(feedFor(g.state, 'ming')).toHaveLength(1);
  });
});
