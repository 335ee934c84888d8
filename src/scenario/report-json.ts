// The `--json` document of SCENARIOS.md. Key order is fixed here, so playing the same file
// twice gives byte-identical output.
import type { Lang } from '../i18n';
import { refusalMessage } from '../i18n/refusals';
import { packetStatus } from '../domain/rules';
import { toIso } from '../domain/time';
import type { DomainEvent, Packet } from '../domain/types';
import type { Played } from './play';

export function packetJson(p: Packet) {
  const base = {
    mode: p.mode,
    sender: p.sender,
    group: p.group,
    to: p.to,
    status: packetStatus(p),
    units: p.units.map((u) => ({
      sku: u.sku,
      spec: u.spec,
      price: u.price,
      state: u.state,
      holder: u.holder,
      at: u.at === null ? null : toIso(u.at),
      voucher: u.voucher,
      redeemed: u.redeemed,
    })),
  };
  // A grab packet says which rule it was sent under (an extension of the contract's shape).
  if (p.mode === 'grab') return { ...base, policy: p.policy?.grabPolicy ?? null };
  if (!p.lottery) return base;
  const lot = p.lottery;
  return {
    ...base,
    entrants: lot.entrants.slice(),
    winners: lot.winners ?? [],
    commitment: lot.commitment,
    drawSeed: lot.drawn ? lot.drawSeed : null,
    drawAt: toIso(lot.drawAt),
  };
}

export function playedJson(played: Played, lang: Lang = 'zh') {
  const { state, scenario } = played;
  const labelOf = new Map<string, string>();
  for (const [label, id] of played.labels) labelOf.set(id, label);
  // Keyed by labels a user chose: without a prototype, a label "__proto__" is a key like any other.
  const packets: Record<string, unknown> = Object.create(null);
  for (const id of state.order) packets[labelOf.get(id) ?? id] = packetJson(state.packets[id]!);
  return {
    name: scenario.name,
    seed: scenario.seed,
    end: toIso(state.now),
    steps: played.outcomes.map(({ step, outcome }) => {
      if (!outcome.ok) return { i: step.i, ok: false, code: outcome.code, message: refusalMessage(outcome.code, lang) };
      const result = step.verb === 'advance' ? advanceResult(outcome.events, labelOf) : outcome.result;
      return { i: step.i, ok: true, ...(result ? { result } : {}) };
    }),
    packets,
    wallets: { ...state.wallets },
    escrow: state.escrow,
    merchant: state.merchant,
  };
}

/** What an advance made happen: the draws (by label) and the refunds. Omitted when nothing did. */
function advanceResult(events: DomainEvent[], labelOf: Map<string, string>) {
  const drawn = events.filter((e) => e.type === 'drawn').map((e) => labelOf.get(e.packet) ?? e.packet);
  const refunds = events.filter((e) => e.type === 'refunded');
  const released = events.filter((e) => e.type === 'released').length;
  if (drawn.length === 0 && refunds.length === 0 && released === 0) return undefined;
  return {
    ...(drawn.length ? { drawn } : {}),
    ...(refunds.length ? { refunds: refunds.length, refunded: refunds.reduce((n, e) => n + e.amount, 0) } : {}),
    ...(released ? { released } : {}),
  };
}
