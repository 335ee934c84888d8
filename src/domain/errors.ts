// Refusal codes are a public contract (SCENARIOS.md): add new ones, never rename. The domain
// returns codes; what they say in each language is in src/i18n/refusals.ts.
import type { DomainEvent } from './types';

export const REFUSAL_CODES = [
  'UNKNOWN_USER',
  'UNKNOWN_GROUP',
  'UNKNOWN_PACKET',
  'UNKNOWN_SKU',
  'UNKNOWN_SPEC',
  'NOT_GIFTABLE',
  'INSUFFICIENT_FUNDS',
  'OUT_OF_STOCK',
  'NOT_FRIEND',
  'NOT_MEMBER',
  'BAD_COUNT',
  'MESSAGE_TOO_LONG',
  'BAD_DRAW_TIME',
  'OWN_PACKET',
  'NOT_RECIPIENT',
  'NOT_ELIGIBLE',
  'ALREADY_JOINED',
  'ALREADY_CLAIMED',
  'SOLD_OUT',
  'NOT_DRAWN',
  'DRAW_CLOSED',
  'NOT_WINNER',
  'INVALID_ADDRESS',
  'EXPIRED',
  'ACCEPTED',
  'SPEC_PRICE_MISMATCH',
  'NO_VOUCHER',
  'ALREADY_REDEEMED',
  'WRONG_MODE',
  // the second edition
  'DAILY_LIMIT',
  'NOT_MUTUAL_FRIEND',
  'BAD_AMOUNT',
  'BAD_CODE',
  'CODE_LOCKED',
  'BAD_REPLY',
  'NOT_ACCEPTED',
  'AFTERSALE_CLOSED',
  'ALREADY_REFUNDED',
  // added by this project (never renamed once published)
  'INVALID_TEXT',
  'BAD_DURATION',
  'CLOCK_LIMIT',
  'BAD_SETTING',
  'NOT_COMPANY',
  'ALREADY_SHARED',
] as const;

export type RefusalCode = (typeof REFUSAL_CODES)[number];

/** A refused command: nothing changed. `field` names the input at fault where one is. The words
 * a person reads are the front end's: `refusalMessage(code, lang)` in src/i18n. */
export interface Refusal {
  ok: false;
  code: RefusalCode;
  field?: string;
  /** The one refusal that leaves a trace: a wrong code on a code gift counts (`codeTried`).
   * execute() applies these; every other refusal has none and changes nothing. */
  events?: DomainEvent[];
}

export function refuse(code: RefusalCode, field?: string): Refusal {
  return field === undefined ? { ok: false, code } : { ok: false, code, field };
}
