// A long history stays on disk: a session opens on the main file alone, and reads a segment only
// when a chat is scrolled back, a card from old history is shown, or a command names an archived
// packet. Nothing the screens or the engine see is lost.
import * as fsp from 'node:fs/promises';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Command } from '../../src/domain/commands';
import { execute } from '../../src/domain/engine';
import { giftSection, type GiftSection } from '../../src/domain/history';
import { invariantViolations } from '../../src/domain/invariants';
import type { State } from '../../src/domain/types';
import { memoryStore, openFileStore, readWholeHistory } from '../../src/store';
import { renderApp } from '../../src/testing';
import { top } from '../../src/ui/app/types';
import { cleanup, smallState, tempDir } from './helpers';
import { DM, FAM, history, POLICY } from './long-history';

// Every file the store reads whole goes through readBoundedText (the data file and its archive,
// bounded) or readFile: record the names.
const reads: string[] = vi.hoisted(() => []);
vi.mock('../../src/bounded-file', async (original) => {
  const real = await original<typeof import('../../src/bounded-file')>();
  return {
    ...real,
    readBoundedText: (file: string, max: number) => {
      reads.push(file);
      return real.readBoundedText(file, max);
    },
  };
});
vi.mock('node:fs/promises', async (original) => {
  const real = await original<typeof import('node:fs/promises')>();
  return {
    ...real,
    readFile: (async (file: Parameters<typeof real.readFile>[0], ...rest: unknown[]) => {
      reads.push(String(file));
      return (real.readFile as (...a: unknown[]) => Promise<unknown>)(file, ...rest);
    }) as typeof real.readFile,
  };
});

afterEach(cleanup);

const chatOf = (s: State, chat: string) => s.messages.filter((m) => m.chat === chat);

describe('a long history on disk', () => {
  it('opens on the main file alone, with every chat’s newest lines and their cards', async () => {
    const { path, mirror } = await history();
    const files = readdirSync(`${path}.archive`);
    expect(files.filter((f) => f.startsWith('index-')).length).toBeGreaterThan(2); // the older segments are listed there
    expect(files.length).toBeGreaterThan(10);
    reads.length = 0;
    const store = await openFileStore(path, { init: () => smallState(5) });
    expect(reads).toEqual([path]); // no segment was read
    const s = store.state();
    expect(invariantViolations(s)).toEqual([]);
    for (const chat of [FAM, DM]) {
      const held = chatOf(s, chat);
      expect(held.length).toBeGreaterThanOrEqual(POLICY.perChat);
      expect(held).toEqual(chatOf(mirror, chat).slice(-held.length)); // the newest, in order
    }
    for (const m of s.messages) if (m.packet) expect(s.packets[m.packet], `the card of message ${m.id}`).toEqual(mirror.packets[m.packet]);
    // Every packet that can still change is here (the unredeemed voucher), the rest summed up.
    expect(s.packets.p0001).toEqual(mirror.packets.p0001);
    expect(s.order.length).toBeLessThan(mirror.order.length / 2);
    expect(s.archived!.packets + s.order.length).toBe(mirror.order.length);
    // The chat list's order comes from each chat's last message: the same as with everything.
    expect(s.messages.filter((m) => m.chat === DM).at(-1)).toEqual(mirror.messages.filter((m) => m.chat === DM).at(-1));

    // Corrupt every segment: the session still opens, so it never read one.
    for (const f of readdirSync(`${path}.archive`)) writeFileSync(join(`${path}.archive`, f), '{"broken');
    const again = await openFileStore(path, { init: () => smallState(5) });
    expect(again.state().messages).toEqual(s.messages);
    await expect(again.loadOlder(FAM, 5)).rejects.toMatchObject({ code: 'TRUNCATED', message: expect.stringContaining('an archive segment of') });
  });

  it('scrolling back reads older messages in order, and the packets their cards show', async () => {
    const { path, mirror } = await history();
    const store = await openFileStore(path, { init: () => smallState(5) });
    for (const chat of [FAM, DM]) {
      const whole = chatOf(mirror, chat);
      let held = chatOf(store.state(), chat);
      expect(held.length).toBeLessThan(whole.length);
      reads.length = 0;
      for (;;) {
        const added = await store.loadOlder(chat, 7);
        const now = chatOf(store.state(), chat);
        expect(now.length).toBe(held.length + added);
        expect(now).toEqual(whole.slice(whole.length - now.length)); // contiguous, oldest first
        held = now;
        if (added === 0) break;
        expect(added).toBeLessThanOrEqual(7);
      }
      expect(held).toEqual(whole);
      expect(reads.length).toBeGreaterThan(0);
      expect(reads.every((f) => f.startsWith(`${path}.archive`))).toBe(true);
      if (chat === FAM) expect(reads.some((f) => f.includes('index-'))).toBe(true); // back past the main file's list
    }
    const s = store.state();
    expect(s.messages.map((m) => m.id)).toEqual([...s.messages.map((m) => m.id)].sort((a, b) => a - b));
    for (const m of s.messages) if (m.packet) expect(s.packets[m.packet]).toEqual(mirror.packets[m.packet]);
    expect(invariantViolations(s)).toEqual([]);
    expect(await store.loadOlder('group:nowhere', 5)).toBe(0);
  });

  it('a command naming an archived packet is decided as if every packet were in memory', async () => {
    const { path, mirror } = await history();
    const store = await openFileStore(path, { init: () => smallState(5) });
    const archived = mirror.order.filter((id) => !store.state().packets[id]);
    const gift = archived.find((id) => mirror.packets[id]!.mode === 'direct')!;
    const grab = archived.find((id) => mirror.packets[id]!.mode === 'grab')!;
    expect(gift && grab).toBeTruthy();
    const engine = memoryStore(structuredClone(mirror));
    const commands: Command[] = [
      { type: 'claim', as: 'u2', packet: gift, address: 0 }, // ALREADY_CLAIMED
      { type: 'claim', as: 'u3', packet: gift, address: 0 }, // NOT_RECIPIENT
      { type: 'spec', as: 'u2', packet: gift, to: 'red' }, // ACCEPTED
      { type: 'claim', as: 'u2', packet: grab }, // SOLD_OUT or EXPIRED
      { type: 'join', as: 'u2', packet: grab }, // WRONG_MODE
      { type: 'redeem', as: 'u2', packet: gift }, // NO_VOUCHER
      { type: 'open', as: 'u2', packet: gift }, // allowed: the first look
      { type: 'open', as: 'u2', packet: gift }, // nothing new
      { type: 'claim', as: 'u2', packet: 'p9999' }, // UNKNOWN_PACKET
    ];
    for (const cmd of commands) expect(await store.execute(cmd), JSON.stringify(cmd)).toEqual(await engine.execute(cmd));
    expect(store.state().packets[gift]).toEqual(engine.state().packets[gift]);
    expect(invariantViolations(store.state())).toEqual([]);
    // The change is in the file.
    expect((await readWholeHistory(path)).packets[gift]!.opened).toEqual(['u2']);
  });

  it('the shop’s 我送过的 / 朋友送过 / 我收到的 still list gifts from archived packets', async () => {
    const { path, mirror } = await history();
    const store = await openFileStore(path, { init: () => smallState(5) });
    const s = store.state();
    // The tea parcels were all sent early: none is in memory.
    expect(s.order.some((id) => s.packets[id]!.units.some((u) => u.sku === 'tea'))).toBe(false);
    const sections: GiftSection[] = ['sent', 'friends', 'received'];
    for (const user of ['u1', 'u2', 'u3', 'u4', 'u5'])
      for (const section of sections) expect(giftSection(s, user, section), `${user} ${section}`).toEqual(giftSection(mirror, user, section));
    expect(giftSection(s, 'u1', 'sent')).toEqual(['card', 'tea', 'coupon']);
    expect(giftSection(s, 'u2', 'received')).toContain('tea');

    // And on screen: u1's 我送过的 tab.
    const app = await renderApp({ store, users: ['u1', 'u2'], cols: 160, rows: 40 });
    try {
      await app.press('u1', { text: 'g' }, 'right', 'right');
      await app.waitFor('茶叶礼盒', { user: 'u1' });
      expect(app.pane('u1')).toContain('我送过的');
    } finally {
      app.unmount();
    }
  });

  it('a card from old history, once scrolled back to, opens on screen', async () => {
    const { path, mirror } = await history();
    const store = await openFileStore(path, { init: () => smallState(5) });
    const first = mirror.order.find((id) => mirror.packets[id]!.mode === 'grab')!;
    expect(store.state().packets[first]).toBeUndefined();
    const app = await renderApp({ store, users: ['u4'], cols: 100, rows: 40 });
    try {
      while ((await store.loadOlder(FAM, 20)) > 0);
      const cards = store.state().messages.filter((m) => m.chat === FAM && m.packet && !m.system);
      expect(cards[0]!.packet).toBe(first);
      for (let i = 0; i < cards.length; i++) await app.press('u4', 'up');
      await app.waitFor(/：抢7(?!\d)/, { user: 'u4' }); // the card is drawn in the chat, its 赠言 above it
      await app.press('u4', 'enter');
      const screen = top(app.runner.snapshot().ui.panes[0]!);
      expect(screen).toMatchObject({ kind: 'card', packet: first });
      await app.waitFor('已领取', { user: 'u4' }); // u4 took a unit of it
    } finally {
      app.unmount();
    }
  });

  it('another process writing and archiving keeps what this one read back, and brings it up to date', async () => {
    const { path } = await history();
    const a = await openFileStore(path, { init: () => smallState(5), archive: POLICY });
    const b = await openFileStore(path, { init: () => smallState(5), archive: POLICY });
    while ((await a.loadOlder(DM, 10)) > 0);
    const dmBefore = chatOf(a.state(), DM);
    // b makes a lot happen, archiving as it goes; a is idle meanwhile.
    for (let i = 0; i < 40; i++) {
      await b.execute({ type: 'say', as: 'u1', chat: DM, text: `b${i}` });
      await b.execute({ type: 'say', as: 'u2', chat: FAM, text: `b${i}` });
    }
    expect(await a.refresh()).toBe(true);
    const whole = await readWholeHistory(path);
    // a still holds the private chat from its very start, now with b's lines, without a gap.
    expect(chatOf(a.state(), DM)).toEqual(chatOf(whole, DM));
    expect(chatOf(a.state(), DM).slice(0, dmBefore.length)).toEqual(dmBefore);
    // The group chat, which a never scrolled, is a suffix of the whole.
    const fam = chatOf(a.state(), FAM);
    expect(fam).toEqual(chatOf(whole, FAM).slice(-fam.length));
    for (const m of a.state().messages) if (m.packet) expect(a.state().packets[m.packet]).toEqual(whole.packets[m.packet]);
    expect(invariantViolations(a.state())).toEqual([]);
    // And a's next change builds on b's.
    expect((await a.execute({ type: 'say', as: 'u2', chat: DM, text: 'a again' })).ok).toBe(true);
    expect((await readWholeHistory(path)).messages.at(-1)!.text).toBe('a again');
  });
});
