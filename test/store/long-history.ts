// A long history through a file store with a small archive policy, so that it spans many
// segments and index files: for the store's tests and the UI's scroll-back tests alike.
import { join } from 'node:path';
import type { Command } from '../../src/domain/commands';
import { execute } from '../../src/domain/engine';
import type { State } from '../../src/domain/types';
import { openFileStore } from '../../src/store';
import { smallState, tempDir } from './helpers';

// Small, so that the history spans many segments and index files.
export const POLICY = { keep: 12, perChat: 6, perChatCards: 3, packets: 3, events: 12, indexEvery: 4 };
export const FAM = 'group:fam';
export const DM = 'dm:u1|u2';

/**
 * 90 rounds through a file store with a small archive policy: chat lines in the group and a
 * private chat, tea parcels from u1 early on (later e-cards; ten days pass after the last parcel), grabs in the group, one voucher
 * left unredeemed. Returns the path and the same history run on the engine alone.
 */
export async function history(): Promise<{ path: string; mirror: State }> {
  const path = join(tempDir(), 'db.json');
  const store = await openFileStore(path, { init: () => smallState(5), archive: POLICY });
  const mirror = smallState(5);
  const both = async (cmd: Command) => {
    const o = await store.execute(cmd);
    if (!o.ok) throw new Error(`${JSON.stringify(cmd)} refused: ${o.code}`);
    execute(mirror, cmd);
    return String(o.result?.packet ?? '');
  };
  for (let i = 1; i <= 90; i++) {
    await both({ type: 'say', as: `u${1 + (i % 5)}`, chat: FAM, text: `群${i}` });
    if (i % 2 === 0) await both({ type: 'say', as: i % 4 ? 'u1' : 'u2', chat: DM, text: `私${i}` });
    if (i % 5 === 0) {
      const id = await both({ type: 'send', as: 'u1', mode: 'direct', to: 'u2', sku: i <= 30 ? 'tea' : 'card', message: `礼${i}` });
      await both({ type: 'claim', as: 'u2', packet: id, address: 0 });
    }
    if (i % 7 === 0) {
      const id = await both({ type: 'send', as: 'u3', mode: 'grab', group: 'fam', sku: 'card', count: 2, message: `抢${i}` });
      await both({ type: 'claim', as: 'u4', packet: id });
      if (i % 14 === 0) await both({ type: 'claim', as: 'u5', packet: id });
      else await both({ type: 'advance', by: 25 * 3600_000 }); // the other unit comes back
    }
    // The tea parcels' orders ship, arrive and pass their 7-day after-sales window: final.
    if (i === 31) await both({ type: 'advance', by: 10 * 24 * 3600_000 });
    if (i === 3) {
      const id = await both({ type: 'send', as: 'u1', mode: 'direct', to: 'u3', sku: 'coupon', message: '咖啡' });
      await both({ type: 'claim', as: 'u3', packet: id }); // never redeemed: not final
    }
  }
  await store.close();
  return { path, mirror };
}

