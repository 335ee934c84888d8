// A code gift's 口令: the share text its sender passes on (it names the packet), the 4-digit code
// drawn for it from the session's seed, and reading a packet back out of a pasted 口令.
import { sha256, sourceFrom, uniformInt } from '../../domain/random';
import { own } from '../../domain/rules';
import type { Packet, State } from '../../domain/types';
import { packetGifts, userName } from '../../i18n/events';
import { say, type Lang } from '../../i18n';
import { CARD } from '../../i18n/screens/card';
import { SHARE } from '../../i18n/screens/kouling';

/**
 * The n-th code offered for the next code gift of this session: a uniform 4-digit number from
 * the session's seed and the packet about to be sent (never the machine's randomness), so a
 * replay offers the same codes.
 */
export function drawnCode(state: State, n: number): string {
  const source = sourceFrom(sha256(`bluepacket/code/${state.seed}/${state.nextPacket}/${n}`));
  return String(uniformInt(source, 10_000)).padStart(4, '0');
}

/** The text a sender copies to a friend. A secret gift's text does not say what it is. */
export function shareText(state: State, p: Packet, lang: Lang): string {
  const gift = p.secret ? say(lang, CARD.mystery) : packetGifts(state, p);
  return say(lang, SHARE.text, { who: userName(state, p.sender), gift, token: p.id });
}

/** The code gift a pasted 口令 names (its packet id, with or without the ¥ signs), or null. */
export function koulingPacket(state: State, text: string): Packet | null {
  for (const id of koulingIds(text)) {
    const p = own(state.packets, id);
    if (p && p.mode === 'code') return p;
  }
  return null;
}

/** The packet ids a pasted 口令 names, in order. */
export const koulingIds = (text: string): string[] => [...text.matchAll(/p\d{4,}/gi)].map((m) => m[0].toLowerCase());

