// Money is integer fen. Formatting only; every movement is a ledger event (see evolve.ts).
import type { Fen } from './types';

export function isFen(n: unknown): n is Fen {
  return typeof n === 'number' && Number.isSafeInteger(n) && n >= 0;
}

/** 1990 → "¥19.90", 1288800 → "¥12,888.00" */
export function yuan(fen: Fen): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  const whole = String(Math.floor(abs / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${sign}¥${whole}.${String(abs % 100).padStart(2, '0')}`;
}

/** ¥10,000: a variant above this is never giftable. */
export const GIFT_PRICE_CAP: Fen = 1_000_000;
export const MAX_PACKET_COUNT = 100;
export const MAX_GROUP_MEMBERS = 500;
export const MESSAGE_MAX = 100;
/** ¥200: the most a red packet may hold (WeChat's 红包 cap). */
export const RED_PACKET_MAX: Fen = 20_000;
