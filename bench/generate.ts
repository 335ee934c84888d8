// A generated scenario for the benchmark: a 500-member group and 10,000 steps of every verb,
// seeded so each run plays the same file.
import seedrandom from 'seedrandom';

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
