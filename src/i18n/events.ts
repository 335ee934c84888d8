// One line per engine event, in the reader's language: the runner's account and the
// presenter's timeline both read from here. Addresses are never printed (privacy).
import { yuan } from '../domain/money';
import { toShort } from '../domain/time';
import type { DomainEvent, Packet, State } from '../domain/types';
import { own } from '../domain/rules';
import { modeName } from './domain-words';
import { translator, type Lang } from './index';

const t = translator({
  sent: { zh: '{who} 发出{mode} {pk}：{gift}，共 ¥{cost}', en: '{who} sent a {mode} {pk}: {gift}, ¥{cost} in all' },
  sentTo: { zh: '{who} 送给 {to} {pk}：{gift}', en: '{who} sent {to} {pk}: {gift}' },
  drawAt: { zh: '，{time} 开奖', en: ', draw at {time}' },
  paid: { zh: '{who} 付款 {amount} 进入托管', en: '{who} paid {amount} into escrow' },
  stock: { zh: '{gift} 库存 {delta}', en: '{gift} stock {delta}' },
  opened: { zh: '{who} 打开了 {pk}', en: '{who} opened {pk}' },
  reserved: { zh: '{who} 打开 {pk} 占到第 {n} 份，保留到 {time}', en: '{who} opened {pk} and holds unit {n} until {time}' },
  released: { zh: '{who} 没在保留时间内填地址，{pk} 第 {n} 份放回', en: '{who} did not fill an address in time: {pk} unit {n} is free again' },
  joined: { zh: '{who} 参与了抽奖 {pk}', en: '{who} entered the lottery {pk}' },
  drawn: { zh: '{pk} 开奖：{winners}', en: '{pk} drawn: {winners}' },
  nobody: { zh: '无人参与', en: 'nobody entered' },
  won: { zh: '{names} 中奖', en: '{names} won' },
  assigned: { zh: '{who} 获得 {pk} 第 {n} 份，24 小时内收下', en: '{who} is given {pk} unit {n}, to accept within 24 h' },
  claimed: { zh: '{who} 领取了 {pk} 的 {gift}', en: '{who} took {gift} from {pk}' },
  claimedVoucher: { zh: '{who} 领取了 {pk} 的 {gift}，券码 {code}', en: '{who} took {gift} from {pk}, voucher {code}' },
  settled: { zh: '托管 → 商家 {amount}', en: 'escrow → merchant {amount}' },
  refundExpired: { zh: '{pk} 第 {n} 份过期，退回 {who} {amount}', en: '{pk} unit {n} expired: {amount} back to {who}' },
  refundSurplus: { zh: '{pk} 第 {n} 份无人中奖，退回 {who} {amount}', en: '{pk} unit {n} had no winner: {amount} back to {who}' },
  specChanged: { zh: '{who} 把 {pk} 的规格从 {from} 换成 {to}', en: '{who} switched {pk} from {from} to {to}' },
  redeemed: { zh: '{who} 核销了券码 {code}', en: '{who} redeemed voucher {code}' },
  clock: { zh: '时间 → {time}', en: 'time → {time}' },
  said: { zh: '{who}：{text}', en: '{who}: {text}' },
  policyFirst: { zh: '抢礼物规则：先填地址先得', en: 'grab rule: first to fill an address wins' },
  policyReserve: { zh: '抢礼物规则：打开即占位，保留 {min} 分钟', en: 'grab rule: opening reserves a unit for {min} min' },
});

export interface Naming {
  /** How a packet is called in this account: its scenario label, else its id. */
  packet: (id: string) => string;
}

const defaultNaming: Naming = { packet: (id) => id };

// A refused step may name anyone: a user called "constructor" is an unknown id, not Object's.
export function userName(state: State, id: string): string {
  return own(state.users, id)?.name ?? id;
}

export function giftName(state: State, sku: string, spec: string): string {
  const p = own(state.catalog, sku);
  if (!p) return `${sku}/${spec}`;
  const s = p.specs.find((x) => x.id === spec);
  return p.specs.length > 1 && s ? `${p.title}·${s.label}` : p.title;
}

/** "瑞幸… ×2, 三只松鼠…" for the units of a packet. */
export function packetGifts(state: State, p: Packet): string {
  const counts = new Map<string, number>();
  for (const u of p.units) counts.set(`${u.sku}\u0000${u.spec}`, (counts.get(`${u.sku}\u0000${u.spec}`) ?? 0) + 1);
  return [...counts]
    .map(([k, n]) => {
      const [sku, spec] = k.split('\u0000') as [string, string];
      return n > 1 ? `${giftName(state, sku, spec)} ×${n}` : giftName(state, sku, spec);
    })
    .join('、');
}

/** A line for the event, or null for events not worth a line (stock moves). */
export function describeEvent(state: State, e: DomainEvent, lang: Lang, naming: Naming = defaultNaming): string | null {
  const who = (id: string) => userName(state, id);
  const money = (fen: number) => yuan(fen);
  switch (e.type) {
    case 'sent': {
      const p = e.packet;
      const pk = naming.packet(p.id);
      const gift = packetGifts(state, p);
      const cost = p.units.reduce((n, u) => n + u.price, 0);
      if (p.mode === 'direct') return t(lang, 'sentTo', { who: who(p.sender), to: who(p.to!), pk, gift });
      const line = t(lang, 'sent', { who: who(p.sender), mode: modeName(p.mode, lang), pk, gift, cost: yuan(cost).slice(1) });
      return p.lottery ? line + t(lang, 'drawAt', { time: toShort(p.lottery.drawAt) }) : line;
    }
    case 'paid':
      return t(lang, 'paid', { who: who(e.user), amount: money(e.amount) });
    case 'stock':
      return null;
    case 'opened':
      return t(lang, 'opened', { who: who(e.user), pk: naming.packet(e.packet) });
    case 'reserved':
      return t(lang, 'reserved', { who: who(e.user), pk: naming.packet(e.packet), n: e.unit + 1, time: toShort(e.until) });
    case 'released':
      return t(lang, 'released', { who: who(e.user), pk: naming.packet(e.packet), n: e.unit + 1 });
    case 'joined':
      return t(lang, 'joined', { who: who(e.user), pk: naming.packet(e.packet) });
    case 'drawn':
      return t(lang, 'drawn', {
        pk: naming.packet(e.packet),
        winners: e.winners.length === 0 ? t(lang, 'nobody') : t(lang, 'won', { names: e.winners.map(who).join(lang === 'zh' ? '、' : ', ') }),
      });
    case 'assigned':
      return t(lang, 'assigned', { who: who(e.user), pk: naming.packet(e.packet), n: e.unit + 1 });
    case 'claimed': {
      const u = state.packets[e.packet]?.units[e.unit];
      const gift = u ? giftName(state, u.sku, u.spec) : '';
      const params = { who: who(e.user), pk: naming.packet(e.packet), gift, code: e.voucher ?? '' };
      return t(lang, e.voucher ? 'claimedVoucher' : 'claimed', params);
    }
    case 'settled':
      return t(lang, 'settled', { amount: money(e.amount) });
    case 'refunded':
      return t(lang, e.reason === 'surplus' ? 'refundSurplus' : 'refundExpired', {
        pk: naming.packet(e.packet),
        n: e.unit + 1,
        who: who(e.user),
        amount: money(e.amount),
      });
    case 'specChanged': {
      const u = state.packets[e.packet]?.units[e.unit];
      const label = (spec: string) => own(state.catalog, u?.sku ?? '')?.specs.find((s) => s.id === spec)?.label ?? spec;
      return t(lang, 'specChanged', { who: who(e.user), pk: naming.packet(e.packet), from: label(e.from), to: label(e.to) });
    }
    case 'redeemed':
      return t(lang, 'redeemed', { who: who(e.user), code: e.voucher });
    case 'clock':
      return t(lang, 'clock', { time: toShort(e.to) });
    case 'said':
      return t(lang, 'said', { who: who(e.message.from ?? ''), text: e.message.text });
    case 'policy':
      return e.settings.grabPolicy === 'first-address'
        ? t(lang, 'policyFirst')
        : t(lang, 'policyReserve', { min: Math.round(e.settings.holdMs / 60000) });
  }
}
