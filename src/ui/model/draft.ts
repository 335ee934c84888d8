// A draft becomes the engine's send command; its cost is what the confirm screen shows.
import type { SendCommand } from '../../domain/commands';
import { HOUR } from '../../domain/time';
import type { Millis, State, UserId } from '../../domain/types';
import type { Draft } from '../screens/compose/reducer';

export function draftCost(state: State, d: Draft): number {
  return d.items.reduce((n, it) => n + (state.catalog[it.sku]?.specs.find((s) => s.id === it.spec)?.price ?? 0) * it.count, 0);
}

export const draftCount = (d: Draft) => d.items.reduce((n, it) => n + it.count, 0);

export function sendCommand(d: Draft, as: UserId, now: Millis): SendCommand {
  const first = d.items[0]!;
  const base = { type: 'send' as const, as, mode: d.mode, ...(d.message ? { message: d.message } : {}), ...(d.showPrice ? { showPrice: true } : {}) };
  switch (d.mode) {
    case 'direct':
      return { ...base, to: d.to ?? '', sku: first.sku, spec: first.spec };
    case 'grab':
      return { ...base, group: d.group ?? '', sku: first.sku, spec: first.spec, count: first.count };
    case 'lottery':
      return { ...base, group: d.group ?? '', sku: first.sku, spec: first.spec, count: first.count, drawAt: now + d.drawHours * HOUR, eligible: d.eligible };
    case 'luckybag':
      return { ...base, group: d.group ?? '', items: d.items.map((it) => ({ ...it })) };
    case 'bulk':
      // The whole group, or the people picked from it.
      return { ...base, sku: first.sku, spec: first.spec, ...(d.eligible === 'all' ? { group: d.group ?? '' } : { recipients: d.eligible.slice() }) };
  }
}
