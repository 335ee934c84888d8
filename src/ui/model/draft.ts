// A draft becomes the engine's send command; its cost is what the confirm screen shows.
import type { SendCommand } from '../../domain/commands';
import { HOUR } from '../../domain/time';
import type { Fen, Millis, State, UserId } from '../../domain/types';
import type { Draft } from '../screens/compose/reducer';

/** A red packet's amount as typed: "88.88", "¥5", "0.5" → fen; null when it is not money. */
export function parseYuan(text: string | undefined): Fen | null {
  const m = /^\s*¥?\s*(\d{1,7})(?:\.(\d{1,2}))?\s*$/.exec(text ?? '');
  if (!m) return null;
  return Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
}

/** Fen as the amount field takes it: 8888 → "88.88". */
export const yuanText = (fen: Fen) => `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')}`;

export const listPrice = (state: State, sku: string, spec: string): Fen => state.catalog[sku]?.specs.find((s) => s.id === spec)?.price ?? 0;

import { codeDiscount } from '../../domain/send';

export { codeDiscount };

/** What the sender pays: a red packet's money, a code gift less the platform's discount, else the list prices. */
export function draftCost(state: State, d: Draft): number {
  if (d.mode === 'redpacket') return parseYuan(d.amount) ?? 0;
  return d.items.reduce((n, it) => {
    const price = listPrice(state, it.sku, it.spec);
    return n + (d.mode === 'code' ? price - codeDiscount(state, price) : price) * it.count;
  }, 0);
}

export const draftCount = (d: Draft) => (d.mode === 'redpacket' ? (d.count ?? 1) : d.items.reduce((n, it) => n + it.count, 0));

export function sendCommand(d: Draft, as: UserId, now: Millis): SendCommand {
  const first = d.items[0];
  const base = {
    type: 'send' as const,
    as,
    mode: d.mode,
    ...(d.message ? { message: d.message } : {}),
    ...(d.secret ? { secret: true } : {}),
    ...(d.showPrice ? { showPrice: true } : {}),
  };
  const one = { sku: first?.sku ?? '', spec: first?.spec ?? '' };
  switch (d.mode) {
    case 'direct':
      return { ...base, to: d.to ?? '', ...one, ...(d.replyTo ? { replyTo: d.replyTo } : {}) };
    case 'grab':
      return { ...base, group: d.group ?? '', ...one, count: first?.count ?? 1 };
    case 'lottery':
      return { ...base, group: d.group ?? '', ...one, count: first?.count ?? 1, drawAt: now + d.drawHours * HOUR, eligible: d.eligible };
    case 'luckybag':
      return { ...base, group: d.group ?? '', items: d.items.map((it) => ({ ...it })) };
    case 'bulk':
      // The whole group, or the people picked from it.
      return { ...base, ...one, ...(d.eligible === 'all' ? { group: d.group ?? '' } : { recipients: d.eligible.slice() }) };
    case 'code':
      return { ...base, ...one, count: first?.count ?? 1, code: d.code ?? '' };
    case 'redpacket':
      // The split only when the sender chose one: the engine's default is lucky.
      return { ...base, group: d.group ?? '', amount: parseYuan(d.amount) ?? 0, count: d.count ?? 1, ...(d.split ? { split: d.split } : {}) };
  }
}
