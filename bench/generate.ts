// A generated scenario for the benchmark: a 500-member group and 10,000 steps of every verb,
// seeded so each run plays the same file.
import seedrandom from 'seedrandom';
import type { Command } from '../src/domain/commands';
import { execute } from '../src/domain/engine';
import type { State } from '../src/domain/types';

export function bigWorld(members = 500) {
  const users = Array.from({ length: members }, (_, i) => ({
    id: `u${i}`,
    name: `用户${i}`,
    wallet: 10_000_000,
    friends: i > 0 ? [`u${i - 1}`] : [],
    addresses: [{ name: `收货人${i}`, phone: `138${String(i).padStart(8, '0')}`, region: '上海市 浦东新区', detail: `世纪大道${i}号` }],
  }));
  return {
    users,
    groups: [{ id: 'big', name: '大群', members: users.map((u) => u.id) }],
    catalog: [
      { id: 'coffee', title: '咖啡', category: 'drinks', delivery: 'address', specs: [{ id: 'a', label: 'A', price: 1990 }, { id: 'b', label: 'B', price: 1990 }] },
      { id: 'cake', title: '蛋糕券', category: 'voucher', delivery: 'voucher', specs: [{ id: 'x', label: '6寸', price: 9900 }] },
      { id: 'card', title: '电子卡', category: 'ecard', delivery: 'virtual', specs: [{ id: 'c', label: '¥6', price: 600 }] },
    ],
  };
}

export function bigScenario(steps = 10_000, members = 500) {
  const rng = seedrandom('bench');
  const pick = <T>(xs: T[]) => xs[Math.floor(rng() * xs.length)]!;
  const user = () => `u${Math.floor(rng() * members)}`;
  const out: unknown[] = [];
  const labels: Array<{ label: string; mode: string; sender: string }> = [];
  let n = 0;
  while (out.length < steps) {
    const r = rng();
    if (r < 0.08 || labels.length === 0) {
      const mode = pick(['grab', 'grab', 'lottery', 'luckybag', 'direct']);
      const sender = user();
      const label = `k${n++}`;
      const sku = pick(['coffee', 'cake', 'card']);
      const spec = { coffee: 'a', cake: 'x', card: 'c' }[sku];
      const send =
        mode === 'direct'
          ? { mode, to: sender === 'u0' ? 'u1' : `u${Number(sender.slice(1)) - 1}`, sku, spec, message: '新年快乐' }
          : mode === 'lottery'
            ? { mode, group: 'big', sku, spec, count: 1 + Math.floor(rng() * 20), drawAt: '+1h', eligible: 'all' }
            : mode === 'luckybag'
              ? { mode, group: 'big', items: [{ sku: 'coffee', spec: 'a', count: 3 }, { sku: 'card', spec: 'c', count: 2 }] }
              : { mode, group: 'big', sku, spec, count: 1 + Math.floor(rng() * 50) };
      out.push({ as: sender, send, label });
      labels.push({ label, mode, sender });
    } else if (r < 0.12) {
      out.push({ advance: pick(['10m', '30m', '1h', '2h']) });
    } else {
      const p = labels[labels.length - 1 - Math.floor(rng() * Math.min(labels.length, 8))]!;
      const as = user();
      if (p.mode === 'lottery' && rng() < 0.7) out.push({ as, join: p.label });
      else if (rng() < 0.05) out.push({ as, open: p.label });
      else out.push({ as, claim: p.label, address: 0 });
    }
  }
  return { name: 'bench-10k', seed: 'bench', world: bigWorld(members), steps: out };
}

// ---- a data file with a long history ---------------------------------------------------
// A family and an office chatting and gifting for months: chat lines in both groups and in
// private chats, grab packets, lotteries, lucky bags, direct gifts (parcels and vouchers), most
// accepted, some left to expire, with the clock moving a day at a time.

/** The bundled world with wallets deep enough for years of gifting. */
export function richWorld(world: { users: Array<{ wallet: number }> }) {
  return { ...world, users: world.users.map((u) => ({ ...u, wallet: 5_000_000_000 })) };
}

interface HistoryStore {
  state(): State;
  execute(cmd: Command): Promise<{ ok: boolean }>;
}

/**
 * Add `lines` chat lines (and a packet for every ~12 of them) to the store's file, a day at a
 * time. Each day runs on the engine straight on the store's state and is persisted by one store
 * command at its end: a store write per line would take an hour for a big file. `onDay` sees
 * the progress.
 */
export async function writeHistory(store: HistoryStore, lines: number, onDay?: (said: number) => void): Promise<void> {
  const rng = seedrandom('history');
  const int = (n: number) => Math.floor(rng() * n);
  const pick = <T>(xs: readonly T[]) => xs[int(xs.length)]!;
  const must = (cmd: Command) => {
    const o = execute(store.state(), cmd);
    if (!o.ok) throw new Error(`history: ${JSON.stringify(cmd)} refused: ${o.code}`);
    return o;
  };
  const s0 = store.state();
  const family = s0.groups.family!.members.filter((m) => !s0.users[m]!.bot);
  const work = s0.groups.work!.members;
  const words = ['新年快乐', '吃了吗', '今晚回家吃饭', '收到', '好的👌', '哈哈哈哈', '明天见', '辛苦了', '开会了', '红包来啦', '谢谢老板', '周末去哪玩', '看看这个', '这个不错', '晚安'];
  const line = () => `${pick(words)}，${pick(words)}${int(1000)}`;
  const PER_DAY = 600;
  let said = 0;
  let day = 0;
  while (said < lines) {
    day++;
    const today = Math.min(PER_DAY, lines - said);
    for (let i = 0; i < today; i++) {
      const r = rng();
      if (r < 0.5) {
        must({ type: 'say', as: pick(family), chat: 'group:family', text: line() });
      } else if (r < 0.9) {
        must({ type: 'say', as: pick(work), chat: 'group:work', text: line() });
      } else {
        must({ type: 'say', as: 'mom', chat: 'dm:dad|mom', text: line() });
      }
      if (i % 12 !== 11) continue;
      const state = store.state();
      const kind = int(10);
      if (kind < 4) {
        // A grab of e-cards in the family, taken by the others.
        const from = pick(family);
        const sent = must({ type: 'send', as: from, mode: 'grab', group: 'family', sku: 'ecard', spec: 'fu', count: 3, message: '抢红包' });
        const id = String((sent as { result?: { packet?: string } }).result!.packet);
        for (const m of family.filter((m) => m !== from).slice(0, 3)) must({ type: 'claim', as: m, packet: id });
      } else if (kind < 6) {
        // A direct parcel between friends, accepted with a saved address.
        const from = pick(family);
        const friends = state.users[from]!.friends.filter((f) => family.includes(f));
        if (friends.length === 0) continue;
        const to = pick(friends);
        const sent = must({ type: 'send', as: from, mode: 'direct', to, sku: 'nuts', spec: 'box', message: '一点心意' });
        if (rng() < 0.9) must({ type: 'claim', as: to, packet: String((sent as { result?: { packet?: string } }).result!.packet), address: 0 });
      } else if (kind < 7) {
        // A voucher, accepted and (nearly always) redeemed.
        const to = pick(state.users.mom!.friends);
        const sent = must({ type: 'send', as: 'mom', mode: 'direct', to, sku: 'heytea', spec: 'one' });
        const id = String((sent as { result?: { packet?: string } }).result!.packet);
        must({ type: 'claim', as: to, packet: id });
        if (rng() < 0.98) must({ type: 'redeem', as: to, packet: id });
      } else if (kind < 9) {
        // A lottery in the office, drawn at the end of the day; the winners accept.
        const from = pick(work);
        must({ type: 'send', as: from, mode: 'lottery', group: 'work', sku: 'sticker', spec: 'daji', count: 3, drawAt: state.now + 3_600_000, message: '抽奖' });
        const id = state.order[state.order.length - 1]!;
        for (const m of work.filter((m) => m !== from).slice(0, 6 + int(10))) must({ type: 'join', as: m, packet: id });
      } else {
        // A lucky bag in the family.
        const from = pick(family);
        const sent = must({ type: 'send', as: from, mode: 'luckybag', group: 'family', items: [{ sku: 'ecard', spec: 'snake', count: 1 }, { sku: 'sticker', spec: 'caishen', count: 1 }] });
        const id = String((sent as { result?: { packet?: string } }).result!.packet);
        must({ type: 'claim', as: family.find((m) => m !== from)!, packet: id });
      }
    }
    said += today;
    // Lotteries drawn, the day's leftovers expire: then winners accept.
    execute(store.state(), { type: 'advance', by: 2 * 3_600_000 });
    const state = store.state();
    for (const id of state.order.slice(-80)) {
      const p = state.packets[id];
      if (!p?.lottery?.drawn) continue;
      p.lottery.winners!.forEach((w, u) => p.units[u]!.state === 'assigned' && must({ type: 'claim', as: w, packet: id }));
    }
    execute(store.state(), { type: 'advance', by: 22 * 3_600_000 });
    const saved = await store.execute({ type: 'say', as: 'mom', chat: 'group:family', text: `第${day}天` });
    if (!saved.ok) throw new Error('history: the day did not persist');
    onDay?.(said);
  }
}
