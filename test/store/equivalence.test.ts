// Random command sequences through a file store that archives after almost every write, beside
// the same commands on the engine alone with everything in memory: every outcome is the same
// (a command naming an archived packet included), the file's whole history is the engine's
// state, and a session reopened on it sees the same money and the same shop sections.
import fc from 'fast-check';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Command } from '../../src/domain/commands';
import { execute } from '../../src/domain/engine';
import { giftSection } from '../../src/domain/history';
import { invariantViolations } from '../../src/domain/invariants';
import { openFileStore, readWholeHistory } from '../../src/store';
import { cleanup, smallState, tempDir } from './helpers';

afterEach(cleanup);

const USERS = ['u1', 'u2', 'u3', 'u4', 'u5'];
const CHATS = ['group:fam', 'dm:u1|u2', 'dm:u1|u3'];
const POLICY = { keep: 2, perChat: 2, perChatCards: 1, packets: 1, events: 2, indexEvery: 3 };

const step = fc.oneof(
  fc.record({ k: fc.constant('say' as const), who: fc.nat(), chat: fc.nat() }),
  fc.record({ k: fc.constant('send' as const), who: fc.nat(), to: fc.nat(), mode: fc.constantFrom('direct', 'grab', 'lottery', 'luckybag'), sku: fc.constantFrom('tea', 'card', 'coupon'), count: fc.integer({ min: 1, max: 3 }) }),
  fc.record({ k: fc.constantFrom('claim' as const, 'open' as const, 'join' as const, 'redeem' as const, 'spec' as const), who: fc.nat(), packet: fc.nat() }),
  fc.record({ k: fc.constant('advance' as const), hours: fc.constantFrom(1, 2, 25) }),
);

type Step = typeof step extends fc.Arbitrary<infer T> ? T : never;

function command(s: ReturnType<typeof smallState>, x: Step): Command {
  const who = USERS[('who' in x ? x.who : 0) % USERS.length]!;
  switch (x.k) {
    case 'say':
      return { type: 'say', as: who, chat: CHATS[x.chat % CHATS.length]!, text: `s${s.nextMessage}` };
    case 'send':
      if (x.mode === 'direct') return { type: 'send', as: who, mode: 'direct', to: USERS[x.to % USERS.length]!, sku: x.sku };
      if (x.mode === 'luckybag') return { type: 'send', as: who, mode: 'luckybag', group: 'fam', items: [{ sku: x.sku, count: x.count }] };
      if (x.mode === 'lottery') return { type: 'send', as: who, mode: 'lottery', group: 'fam', sku: x.sku, count: x.count, drawAt: s.now + 3_600_000 };
      return { type: 'send', as: who, mode: 'grab', group: 'fam', sku: x.sku, count: x.count };
    case 'advance':
      return { type: 'advance', by: x.hours * 3_600_000 };
    case 'spec':
      return { type: 'spec', as: who, packet: `p${String((x.packet % s.nextPacket) + 1).padStart(4, '0')}`, to: 'red' };
    default:
      // Mostly a packet that exists (often an old one), sometimes one that does not.
      return { type: x.k, as: who, packet: `p${String((x.packet % s.nextPacket) + 1).padStart(4, '0')}`, ...(x.k === 'claim' ? { address: 0 } : {}) } as Command;
  }
}

describe('a file store that archives as it goes decides like the engine alone', () => {
  it('over random command sequences (30 sequences of up to 60 steps)', async () => {
    let archivedCommands = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 20, maxLength: 60 }), async (steps) => {
        const path = join(tempDir(), 'db.json');
        let store = await openFileStore(path, { init: () => smallState(5), archive: POLICY });
        const mirror = smallState(5);
        for (const [i, x] of steps.entries()) {
          // A new session now and then: it holds only what the main file carries.
          if (i % 8 === 7) {
            await store.close();
            store = await openFileStore(path, { init: () => smallState(5), archive: POLICY });
          }
          const cmd = command(mirror, x);
          if ('packet' in cmd && !store.state().packets[cmd.packet] && mirror.packets[cmd.packet]) archivedCommands++;
          const got = await store.execute(cmd);
          expect(got, JSON.stringify(cmd)).toEqual(execute(mirror, cmd));
          expect(invariantViolations(store.state())).toEqual([]);
        }
        const { archived: _a, ...whole } = { ...(await readWholeHistory(path)), archived: undefined };
        expect(whole).toEqual(mirror);
        const again = await openFileStore(path, { init: () => smallState(5), archive: POLICY });
        const s = again.state();
        expect(invariantViolations(s)).toEqual([]);
        expect([s.escrow, s.merchant, s.wallets]).toEqual([mirror.escrow, mirror.merchant, mirror.wallets]);
        for (const u of USERS) for (const section of ['sent', 'friends', 'received'] as const) expect(giftSection(s, u, section)).toEqual(giftSection(mirror, u, section));
        await store.close();
        await again.close();
      }),
      { numRuns: 30, seed: 2025 },
    );
    expect(archivedCommands).toBeGreaterThan(30); // commands named packets that were on disk only
  }, 120_000);
});
