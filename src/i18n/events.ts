// One line per engine event, in the reader's language: the runner's account and the
// presenter's timeline both read from here. Addresses are never printed (privacy).
import { yuan } from '../domain/money';
import { paidFor } from '../domain/ledger';
import { own } from '../domain/rules';
import { HOUR, MINUTE, toShort } from '../domain/time';
import type { DomainEvent, Millis, Packet, SettingsChange, State } from '../domain/types';
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
  // the second edition
  secret: { zh: '（保密）', en: ' (secret)' },
  sentReply: { zh: '{who} 回礼给 {to} {pk}（回 {orig}）：{gift}', en: '{who} sent {to} a return gift {pk} (for {orig}): {gift}' },
  sentRed: { zh: '{who} 发出红包 {pk}：{amount}，{n} 个，{split}', en: '{who} sent a red packet {pk}: {amount} in {n}, {split}' },
  lucky: { zh: '拼手气', en: 'lucky split' },
  equal: { zh: '平分', en: 'equal split' },
  sentCode: { zh: '{who} 发出口令礼物 {pk}：{gift}，口令 {code}，付 {cost}', en: '{who} sent a code gift {pk}: {gift}, code {code}, paid {cost}' },
  subsidised: { zh: '平台补贴 {amount} 进入托管（口令礼物的折扣）', en: 'the platform paid {amount} into escrow (the code gift\'s discount)' },
  claimedRed: { zh: '{who} 抢到 {pk} 的 {amount}', en: '{who} opened {pk}: {amount}' },
  received: { zh: '托管 → {who} {amount}', en: 'escrow → {who} {amount}' },
  settledSplit: { zh: '托管 {amount} → 商家 {merchant} · 平台佣金 {fee}', en: 'escrow {amount} → merchant {merchant} · platform fee {fee}' },
  settledCreator: { zh: '托管 {amount} → 创作者 {creator} {share} · 平台佣金 {fee}', en: 'escrow {amount} → creator {creator} {share} · platform fee {fee}' },
  refundDiscount: { zh: '，平台收回补贴 {discount}', en: '; the platform takes back its {discount}' },
  redRefunded: { zh: '{pk} 过期：{n} 个红包没人领，退回 {who} {amount}', en: '{pk} expired: {n} unclaimed, {amount} back to {who}' },
  shipped: { zh: '{pk} 第 {n} 份已发货', en: '{pk} unit {n} shipped' },
  delivered: { zh: '{pk} 第 {n} 份已送达', en: '{pk} unit {n} delivered' },
  aftersale: { zh: '{who} 申请售后：{pk} 第 {n} 份退款 {refund} → {sender}（{from}）', en: '{who}: after-sales on {pk} unit {n}, {refund} back to {sender} ({from})' },
  fromMerchant: { zh: '商家退回 {merchant} · 平台退回佣金 {fee}', en: 'merchant gives back {merchant} · platform fee {fee}' },
  fromCreator: { zh: '创作者 {creator} 退回 {share} · 平台退回佣金 {fee}', en: 'creator {creator} gives back {share} · platform fee {fee}' },
  shared: { zh: '{who} 把 {pk} 的礼物晒到了朋友圈', en: '{who} shared their gift from {pk} to their friends' },
  sentBulk: { zh: '{who} 给 {n} 位员工发出年会福利 {pk}：{gift}，共 ¥{cost}', en: '{who} sent {n} staff a gift each {pk}: {gift}, ¥{cost} in all' },
  codeTried: { zh: '{who} 输错 {pk} 的口令（第 {n} 次）', en: '{who} gave a wrong code for {pk} (try {n})' },
  codeLocked: { zh: '，已锁定', en: ': locked' },
  settings: { zh: '设置：{list}', en: 'settings: {list}' },
  commission: { zh: '平台佣金 {v}%', en: 'platform fee {v}%' },
  codeDiscount: { zh: '口令礼物折扣 {v}%', en: 'code gift discount {v}%' },
  dailySendLimit: { zh: '每人每天最多送 {v} 次', en: 'at most {v} sends a day' },
  noDailyLimit: { zh: '不限每日次数', en: 'no daily limit' },
  mutualOn: { zh: '仅限双向好友', en: 'mutual friends only' },
  mutualOff: { zh: '单向好友也可送', en: 'one-sided friends may give' },
  shipAfterMs: { zh: '收下后 {v} 发货', en: 'ships {v} after acceptance' },
  deliverAfterMs: { zh: '收下后 {v} 送达', en: 'delivered {v} after acceptance' },
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
  return packetGiftList(state, p).join('、');
}

/** The units of a packet, one entry per gift: "瑞幸… ×2", "三只松鼠…". */
export function packetGiftList(state: State, p: Packet): string[] {
  // A red packet holds money, not gifts: its amount and how many.
  if (p.red) return [`${yuan(p.red.amount)} ×${p.units.length}`];
  const counts = new Map<string, number>();
  for (const u of p.units) counts.set(`${u.sku}\u0000${u.spec}`, (counts.get(`${u.sku}\u0000${u.spec}`) ?? 0) + 1);
  return [...counts].map(([k, n]) => {
    const [sku, spec] = k.split('\u0000') as [string, string];
    return n > 1 ? `${giftName(state, sku, spec)} ×${n}` : giftName(state, sku, spec);
  });
}

/** A line for the event, or null for events not worth a line (stock moves). */
export function describeEvent(state: State, e: DomainEvent, lang: Lang, naming: Naming = defaultNaming): string | null {
  const who = (id: string) => userName(state, id);
  const money = (fen: number) => yuan(fen);
  switch (e.type) {
    case 'sent':
      return sentLine(state, e.packet, lang, naming) + (e.packet.secret ? t(lang, 'secret') : '');
    case 'subsidised':
      return t(lang, 'subsidised', { amount: money(e.amount) });
    case 'received':
      return t(lang, 'received', { who: who(e.user), amount: money(e.amount) });
    case 'redRefunded':
      return t(lang, 'redRefunded', { pk: naming.packet(e.packet), n: e.units.length, who: who(e.user), amount: money(e.amount) });
    case 'shipped':
    case 'delivered':
      return t(lang, e.type, { pk: naming.packet(e.packet), n: e.units.map((i) => i + 1).join(lang === 'zh' ? '、' : ', ') });
    case 'aftersale': {
      const from =
        e.creator !== null
          ? t(lang, 'fromCreator', { creator: who(e.creator), share: money(e.share), fee: money(e.fee) })
          : t(lang, 'fromMerchant', { merchant: money(e.merchant), fee: money(e.fee) });
      const line = t(lang, 'aftersale', { who: who(e.user), pk: naming.packet(e.packet), n: e.unit + 1, from, sender: who(e.sender), refund: money(e.refund) });
      return line + (e.discount ? t(lang, 'refundDiscount', { discount: money(e.discount) }) : '');
    }
    case 'shared':
      return t(lang, 'shared', { who: who(e.user), pk: naming.packet(e.packet) });
    case 'codeTried':
      return t(lang, 'codeTried', { who: who(e.user), pk: naming.packet(e.packet), n: e.wrong }) + (e.wrong >= 5 ? t(lang, 'codeLocked') : '');
    case 'settings':
      return t(lang, 'settings', { list: settingsList(e.changes, lang) });
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
      if (e.amount !== undefined) return t(lang, 'claimedRed', { who: who(e.user), pk: naming.packet(e.packet), amount: money(e.amount) });
      const params = { who: who(e.user), pk: naming.packet(e.packet), gift, code: e.voucher ?? '' };
      return t(lang, e.voucher ? 'claimedVoucher' : 'claimed', params);
    }
    case 'settled':
      // Without a fee or a creator, the first edition's line: it all goes to the merchant.
      if (e.creator !== null) return t(lang, 'settledCreator', { amount: money(e.amount), creator: who(e.creator), share: money(e.share), fee: money(e.fee) });
      if (e.fee) return t(lang, 'settledSplit', { amount: money(e.amount), merchant: money(e.merchant), fee: money(e.fee) });
      return t(lang, 'settled', { amount: money(e.amount) });
    case 'refunded':
      return (
        t(lang, e.reason === 'surplus' ? 'refundSurplus' : 'refundExpired', {
          pk: naming.packet(e.packet),
          n: e.unit + 1,
          who: who(e.user),
          amount: money(e.amount),
        }) + (e.discount ? t(lang, 'refundDiscount', { discount: money(e.discount) }) : '')
      );
    case 'specChanged': {
      const u = state.packets[e.packet]?.units[e.unit];
      const label = (spec: string) => own(state.catalog, u?.sku ?? '')?.specs.find((s) => s.id === spec)?.label ?? spec;
      return t(lang, 'specChanged', { who: who(e.user), pk: naming.packet(e.packet), from: label(e.from), to: label(e.to) });
    }
    case 'redeemed':
      return t(lang, 'redeemed', { who: who(e.user), code: e.voucher });
    case 'clock':
      // The crowd's ticks (a bot's step brought to its moment) are not news: its claims carry the time.
      return e.mover?.crowd ? null : t(lang, 'clock', { time: toShort(e.to) });
    case 'said':
      return t(lang, 'said', { who: who(e.message.from ?? ''), text: e.message.text });
    case 'policy':
      return e.settings.grabPolicy === 'first-address'
        ? t(lang, 'policyFirst')
        : t(lang, 'policyReserve', { min: Math.round(e.settings.holdMs / 60000) });
  }
}

function sentLine(state: State, p: Packet, lang: Lang, naming: Naming): string {
  const who = (id: string) => userName(state, id);
  const pk = naming.packet(p.id);
  if (p.mode === 'redpacket') {
    const red = p.red!;
    return t(lang, 'sentRed', { who: who(p.sender), pk, amount: yuan(red.amount), n: p.units.length, split: t(lang, red.split) });
  }
  const gift = packetGifts(state, p);
  if (p.mode === 'direct') {
    if (p.replyTo) return t(lang, 'sentReply', { who: who(p.sender), to: who(p.to!), pk, orig: naming.packet(p.replyTo), gift });
    return t(lang, 'sentTo', { who: who(p.sender), to: who(p.to!), pk, gift });
  }
  if (p.mode === 'code') {
    const cost = p.units.reduce((n, u) => n + paidFor(p, u), 0);
    return t(lang, 'sentCode', { who: who(p.sender), pk, gift, code: p.code!.code, cost: yuan(cost) });
  }
  const cost = p.units.reduce((n, u) => n + u.price, 0);
  if (p.mode === 'bulk') return t(lang, 'sentBulk', { who: who(p.sender), n: p.units.length, pk, gift, cost: yuan(cost).slice(1) });
  const line = t(lang, 'sent', { who: who(p.sender), mode: modeName(p.mode, lang), pk, gift, cost: yuan(cost).slice(1) });
  return p.lottery ? line + t(lang, 'drawAt', { time: toShort(p.lottery.drawAt) }) : line;
}

/** 2h, 48h, 90m: a duration as a designer writes it. */
export function durationText(ms: Millis): string {
  if (ms % HOUR === 0) return `${ms / HOUR}h`;
  if (ms % MINUTE === 0) return `${ms / MINUTE}m`;
  return `${Math.round(ms / 1000)}s`;
}

function settingsList(changes: SettingsChange, lang: Lang): string {
  const parts: string[] = [];
  if (changes.commission !== undefined) parts.push(t(lang, 'commission', { v: changes.commission }));
  if (changes.codeDiscount !== undefined) parts.push(t(lang, 'codeDiscount', { v: changes.codeDiscount }));
  if (changes.dailySendLimit !== undefined)
    parts.push(changes.dailySendLimit > 0 ? t(lang, 'dailySendLimit', { v: changes.dailySendLimit }) : t(lang, 'noDailyLimit'));
  if (changes.mutualFriendsOnly !== undefined) parts.push(t(lang, changes.mutualFriendsOnly ? 'mutualOn' : 'mutualOff'));
  if (changes.shipAfterMs !== undefined) parts.push(t(lang, 'shipAfterMs', { v: durationText(changes.shipAfterMs) }));
  if (changes.deliverAfterMs !== undefined) parts.push(t(lang, 'deliverAfterMs', { v: durationText(changes.deliverAfterMs) }));
  return parts.join(lang === 'zh' ? '，' : ', ');
}
