// What the insights read, counted as events happen: gift units by sender and product, gift units
// per hour and per day, and where the money went. A file store holds only the packets that can
// still change (see isFinal), so the insights cannot walk the packets; these counts cover the
// whole history whatever is in memory, and travel with the state like the social counts.
// evolve calls these; the insights view and `bluepacket insights` read them (src/insights).
import { own } from './decide-kit';
import { socialOf } from './social';
import { BEIJING_OFFSET, DAY, HOUR } from './time';
import type { DomainEvent, MoneyTally, Packet, State, Tallies } from './types';

/** How many days of gifts the per-day counts keep (the newest): a clock moved years ahead keeps
 * the chart, and the file, to its newest days. */
export const TIMELINE_DAYS = 1000;

/** The chart is per hour while the clock is within this of its start, per day after. */
export const HOURLY_SPAN = 2 * DAY;

export const noMoney = (): MoneyTally => ({ paid: 0, subsidy: 0, merchants: 0, commission: 0, creators: 0, redPackets: 0, refunds: 0 });

/** The state's tallies, made on first use. A state from before they were kept has none: made
 * then, they say since when they count, as the gifts before are not in them. */
export function talliesOf(state: State): Tallies {
  const social = socialOf(state);
  if (social.tallies) return social.tallies;
  const history = Object.keys(state.packets).length > 0 || (state.archived?.packets ?? 0) > 0;
  return (social.tallies = { units: {}, hours: [], days: [], money: noMoney(), ...(history ? { since: state.now } : {}) });
}

/** A Beijing hour's or day's number. */
export const bucketOf = (t: number, size: number) => Math.floor((t + BEIJING_OFFSET) / size);

/** Add to the last [bucket, n] entry, or start one: time only moves forward. */
function bump(list: Array<[number, number]>, bucket: number, n: number): void {
  const last = list[list.length - 1];
  if (last !== undefined && last[0] === bucket) last[1] += n;
  else list.push([bucket, n]);
}

/** evolve: a packet sent. Its gift units count for the sender's tags and the chart, whatever
 * becomes of them later; a red packet is money, not gifts. */
export function tallySent(state: State, p: Packet): void {
  const t = talliesOf(state);
  if (p.mode === 'redpacket') return;
  const mine = own(t.units, p.sender) ?? (t.units[p.sender] = {});
  // A packet's units of one product sit together (one line each): counted a run at a time.
  const units = p.units;
  for (let i = 0; i < units.length; ) {
    const sku = units[i]!.sku;
    let n = 0;
    while (i < units.length && units[i]!.sku === sku) (i++, n++);
    mine[sku] = (own(mine, sku) ?? 0) + n;
  }
  const n = p.units.length;
  if (p.sentAt - state.start <= HOURLY_SPAN) bump(t.hours, bucketOf(p.sentAt, HOUR), n);
  bump(t.days, bucketOf(p.sentAt, DAY), n);
  if (t.days.length > TIMELINE_DAYS) t.days.splice(0, t.days.length - TIMELINE_DAYS);
}

/** evolve: a ledger event, summed by where its money goes (see MoneyTally). The figures are the
 * event's own, so the tally moves exactly as the ledger does. */
export function tallyMoney(state: State, e: DomainEvent): void {
  // Most events move no money: the tallies are looked up only for those that do.
  switch (e.type) {
    case 'paid':
      talliesOf(state).money.paid += e.amount;
      break;
    case 'subsidised':
      talliesOf(state).money.subsidy += e.amount;
      break;
    case 'settled': {
      const x = talliesOf(state).money;
      x.merchants += e.merchant;
      x.commission += e.fee;
      x.creators += e.share;
      break;
    }
    case 'received':
      talliesOf(state).money.redPackets += e.amount;
      break;
    case 'redRefunded':
      talliesOf(state).money.refunds += e.amount;
      break;
    case 'refunded': {
      // The platform takes back its discount on a unit nobody took: no longer spent.
      const x = talliesOf(state).money;
      x.refunds += e.amount;
      x.subsidy -= e.discount ?? 0;
      break;
    }
    case 'aftersale': {
      // Everything the acceptance moved goes back: the sender gets what they paid.
      const x = talliesOf(state).money;
      x.merchants -= e.merchant;
      x.commission -= e.fee;
      x.creators -= e.share;
      x.subsidy -= e.discount;
      x.refunds += e.refund;
      break;
    }
    default:
      break;
  }
}
