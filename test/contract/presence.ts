// The --json document's shape as SCENARIOS.md fixes it, checked on its own: which keys are
// present where (exactly, with the project's documented extensions: a grab's `policy`, a
// lottery's `drawAt`, the 朋友圈's `showPrice` and `shared` only when used, a bulk gift's group
// null for a list), the value forms, and the money law. Returns what is wrong, [] when nothing.

type Doc = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const TOP = ['name', 'seed', 'end', 'steps', 'packets', 'wallets', 'escrow', 'merchant', 'platform', 'users', 'leaderboard', 'relations'];
const GIFT_UNIT = ['sku', 'spec', 'price', 'state', 'holder', 'at', 'voucher', 'redeemed'];
const RED_UNIT = ['amount', 'state', 'holder', 'at'];
const ISO = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+08:00$/;
const HEX64 = /^[0-9a-f]{64}$/;

const sameKeys = (o: object, want: string[]) => {
  const have = Object.keys(o).sort();
  const w = [...want].sort();
  return have.length === w.length && have.every((k, i) => k === w[i]);
};

/** `deliveryOf(sku)`: the product's delivery kind in the world played. */
export function presenceProblems(doc: Doc, deliveryOf: (sku: string) => string | undefined, startTotal: number): string[] {
  const out: string[] = [];
  const fail = (where: string, what: string) => out.push(`${where}: ${what}`);
  if (!sameKeys(doc, TOP)) fail('$', `keys ${Object.keys(doc)}`);
  if (!ISO.test(doc.end)) fail('$.end', doc.end);
  doc.steps.forEach((s: Doc, n: number) => {
    if (s.i !== n) fail(`steps[${n}]`, `i is ${s.i}`);
    const ok = s.ok ? ['i', 'ok', ...('result' in s ? ['result'] : [])] : ['i', 'ok', 'code', 'message'];
    if (!sameKeys(s, ok)) fail(`steps[${n}]`, `keys ${Object.keys(s)}`);
    if (!s.ok && !/^[A-Z_]+$/.test(s.code)) fail(`steps[${n}].code`, s.code);
  });
  for (const [key, p] of Object.entries(doc.packets as Doc)) {
    const where = `packets.${key}`;
    const want = ['mode', 'sender', 'group', 'to', 'status', 'units', 'secret', 'replyTo'];
    if (p.mode === 'lottery') want.push('entrants', 'winners', 'commitment', 'drawSeed', 'drawAt');
    if (p.mode === 'redpacket') want.push('amount', 'split');
    if (p.mode === 'code') want.push('code');
    if (p.mode === 'grab') want.push('policy');
    if ('showPrice' in p) want.push('showPrice');
    if ('shared' in p) want.push('shared');
    if ('showPrice' in p && p.showPrice !== true) fail(where, `showPrice ${p.showPrice} (present only when true)`);
    if ('shared' in p && !(Array.isArray(p.shared) && p.shared.length > 0 && p.shared.every((u: unknown) => typeof u === 'string'))) fail(where, `shared ${JSON.stringify(p.shared)}`);
    if (!sameKeys(p, want)) fail(where, `keys ${Object.keys(p)} (want ${want})`);
    if (typeof p.secret !== 'boolean') fail(where, 'secret is not a boolean');
    if (p.replyTo !== null && typeof p.replyTo !== 'string') fail(where, 'replyTo');
    if (!['open', 'drawn', 'done'].includes(p.status)) fail(where, `status ${p.status}`);
    if ((p.mode === 'direct') !== (p.to !== null)) fail(where, `to ${p.to}`);
    if (p.mode !== 'bulk' && (p.mode === 'direct' || p.mode === 'code') !== (p.group === null)) fail(where, `group ${p.group}`);
    if (p.mode === 'bulk' && p.units.some((u: Doc) => u.holder === null)) fail(where, 'a bulk unit without its person');
    if (p.mode === 'lottery') {
      if (!HEX64.test(p.commitment)) fail(where, 'commitment');
      if (p.drawSeed !== null && !HEX64.test(p.drawSeed)) fail(where, 'drawSeed');
      if ((p.drawSeed === null) !== (p.status === 'open')) fail(where, `drawSeed ${p.drawSeed} while ${p.status}`);
      if (!ISO.test(p.drawAt)) fail(where, 'drawAt');
    }
    const live = p.units.some((u: Doc) => u.state === 'open' || u.state === 'assigned');
    if (!live && p.status !== 'done') fail(where, `status ${p.status} with no unit open or assigned`);
    p.units.forEach((u: Doc, n: number) => {
      const at = `${where}.units[${n}]`;
      if (u.at !== null && !ISO.test(u.at)) fail(at, `at ${u.at}`);
      if ((u.at !== null) !== (u.state === 'claimed')) fail(at, `at ${u.at} while ${u.state}`);
      if (u.state === 'open' && u.holder !== null) fail(at, 'an open unit has a holder');
      if (p.mode === 'redpacket') {
        if (!sameKeys(u, RED_UNIT)) fail(at, `keys ${Object.keys(u)}`);
        if ((u.amount !== null) !== (u.state === 'claimed')) fail(at, `amount ${u.amount} while ${u.state}`);
        return;
      }
      const delivery = deliveryOf(u.sku);
      const want = delivery === 'voucher' ? GIFT_UNIT : [...GIFT_UNIT, 'order'];
      if (!sameKeys(u, want)) fail(at, `keys ${Object.keys(u)} (a ${delivery} unit)`);
      if (delivery !== 'voucher') {
        if ((u.order === null) !== (u.state !== 'claimed')) fail(at, `order ${u.order} while ${u.state}`);
        if (delivery === 'virtual' && u.order !== null && u.order !== 'delivered') fail(at, `a virtual unit's order is ${u.order}`);
      }
      if ((u.voucher !== null) !== (delivery === 'voucher' && u.state === 'claimed')) fail(at, `voucher ${u.voucher}`);
    });
  }
  for (const [id, s] of Object.entries(doc.users as Doc)) if (!sameKeys(s, ['streak', 'badges', 'sentToday'])) fail(`users.${id}`, `keys ${Object.keys(s)}`);
  const users = Object.keys(doc.users);
  if (users.join('\u0000') !== [...users].sort().join('\u0000') && !users.some((u) => /^\d+$/.test(u))) fail('users', 'keys not sorted');
  for (const e of doc.leaderboard) if (!sameKeys(e, ['user', 'value']) || !(e.value > 0)) fail('leaderboard', JSON.stringify(e));
  for (const e of doc.relations) if (!sameKeys(e, ['a', 'b', 'ab', 'ba', 'tier']) || !(e.a < e.b)) fail('relations', JSON.stringify(e));
  const total = (Object.values(doc.wallets) as number[]).reduce((a, b) => a + b, 0) + doc.escrow + doc.merchant + doc.platform;
  if (total !== startTotal) fail('money', `sum(wallets) + escrow + merchant + platform = ${total}, started with ${startTotal}`);
  return out;
}

/** A delivery lookup and the starting total for a scenario's world (inline, or the bundled one). */
export function worldFacts(world: unknown, bundled: unknown): { deliveryOf: (sku: string) => string | undefined; startTotal: number } {
  const w = (world === undefined || world === 'default' ? bundled : world) as { users: Array<{ wallet: number }>; catalog: Array<{ id: string; delivery: string }> };
  const kinds = new Map(w.catalog.map((p) => [p.id, p.delivery]));
  return { deliveryOf: (sku) => kinds.get(sku), startTotal: w.users.reduce((a, u) => a + u.wallet, 0) };
}
