// Refusal codes are a public contract (SCENARIOS.md): add new ones, never rename. The domain
// returns codes; what they say in each language is in src/i18n/refusals.ts.

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
  // added by this project (never renamed once published)
  'INVALID_TEXT',
  'BAD_DURATION',
  'CLOCK_LIMIT',
] as const;

export type RefusalCode = (typeof REFUSAL_CODES)[number];

/** A refused command: nothing changed. `field` names the input at fault where one is. The words
 * a person reads are the front end's: `refusalMessage(code, lang)` in src/i18n. */
export interface Refusal {
  ok: false;
  code: RefusalCode;
  field?: string;
}

export function refuse(code: RefusalCode, field?: string): Refusal {
  return field === undefined ? { ok: false, code } : { ok: false, code, field };
}
