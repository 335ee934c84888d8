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

/** The second edition's steps besides: red packets, code gifts (right and wrong codes), a
 * creator's product, after-sales, and clock moves long enough for orders to pass their window. */
const secondStep = fc.oneof(
  step,
  fc.record({ k: fc.constant('red' as const), who: fc.nat(), amount: fc.integer({ min: 3, max: 600 }), count: fc.integer({ min: 1, max: 3 }), lucky: fc.boolean() }),
  fc.record({ k: fc.constant('code' as const), who: fc.nat(), sku: fc.constantFrom('tea', 'print', 'card'), count: fc.integer({ min: 1, max: 3 }) }),
  fc.record({ k: fc.constant('codeClaim' as const), who: fc.nat(), packet: fc.nat(), right: fc.boolean() }),
  fc.record({ k: fc.constant('print' as const), who: fc.nat(), to: fc.nat() }),
  fc.record({ k: fc.constant('aftersale' as const), who: fc.nat(), packet: fc.nat() }),
  fc.record({ k: fc.constant('advance' as const), hours: fc.constantFrom(49, 24 * 8) }),
);

type Step = typeof secondStep extends fc.Arbitrary<infer T> ? T : never;
const pid = (s: ReturnType<typeof smallState>, n: number) => `p${String((n % s.nextPacket) + 1).padStart(4, '0')}`;

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
    case 'red':
      return { type: 'send', as: who, mode: 'redpacket', group: 'fam', amount: x.amount, count: x.count, split: x.lucky ? 'lucky' : 'equal' };
    case 'code':
      return { type: 'send', as: who, mode: 'code', sku: x.sku, count: x.count, code: '4827' };
    case 'codeClaim':
      return { type: 'claim', as: who, packet: pid(s, x.packet), code: x.right ? '4827' : '1111', address: 0 };
    case 'print':
      return { type: 'send', as: who, mode: 'direct', to: USERS[x.to % USERS.length]!, sku: 'print' };
    case 'aftersale':
      return { type: 'aftersale', as: who, packet: pid(s, x.packet) };
    case 'spec':
      return { type: 'spec', as: who, packet: `p${String((x.packet % s.nextPacket) + 1).padStart(4, '0')}`, to: 'red' };
    default:
      // Mostly a packet that exists (often an old one), sometimes one that does not.
      return { type: x.k, as: who, packet: `p${String((x.packet % s.nextPacket) + 1).padStart(4, '0')}`, ...(x.k === 'claim' ? { address: 0 } : {}) } as Command;
  }
}

describe('a file store that archives as it goes decides like the engine alone', () => {
  it.each([
    ['the first edition', step, false, 2025],
    ['the second edition: commission, creators, red packets, code gifts, after-sales', secondStep, true, 2026],
  ] as const)('over random command sequences of %s (30 sequences of up to 60 steps)', async (_name, arb, second, seed) => {
    let archivedCommands = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(arb as fc.Arbitrary<Step>, { minLength: 20, maxLength: 60 }), async (steps) => {
        const path = join(tempDir(), 'db.json');
        const init = () => smallState(5, 1_000_000, second);
        let store = await openFileStore(path, { init, archive: POLICY });
        const mirror = init();
        for (const [i, x] of steps.entries()) {
          // A new session now and then: it holds only what the main file carries.
          if (i % 8 === 7) {
            await store.close();
            store = await openFileStore(path, { init, archive: POLICY });
          }
          const cmd = command(mirror, x);
          if ('packet' in cmd && !store.state().packets[cmd.packet] && mirror.packets[cmd.packet]) archivedCommands++;
          const got = await store.execute(cmd);
          expect(got, JSON.stringify(cmd)).toEqual(execute(mirror, cmd));
          expect(invariantViolations(store.state())).toEqual([]);
        }
        const { archived: _a, ...whole } = { ...(await readWholeHistory(path)), archived: undefined };
        expect(whole).toEqual(mirror);
        const again = await openFileStore(path, { init, archive: POLICY });
        const s = again.state();
        expect(invariantViolations(s)).toEqual([]);
        expect([s.escrow, s.merchant, s.platform, s.wallets]).toEqual([mirror.escrow, mirror.merchant, mirror.platform, mirror.wallets]);
        for (const u of USERS) for (const section of ['sent', 'friends', 'received'] as const) expect(giftSection(s, u, section)).toEqual(giftSection(mirror, u, section));
        await store.close();
        await again.close();
      }),
      { numRuns: 30, seed, endOnFailure: true },
    );
    expect(archivedCommands).toBeGreaterThan(30); // commands named packets that were on disk only
  }, 120_000);
});
