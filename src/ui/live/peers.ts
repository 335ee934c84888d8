// The other sessions on a data file, in words: a phone is its user's name, a presenter's panes
// are 主持人; the same label twice is counted (主持人×2).
import type { State } from '../../domain/types';
import { say, type Lang } from '../../i18n';
import { LIVE } from '../../i18n/live';
import type { Peer } from '../../store/presence';
import type { LiveView } from '../app/types';
import { displaySafe } from '../text/sanitize';

export function peerLabel(peer: Pick<Peer, 'role' | 'users'>, state: State, lang: Lang): string {
  if (peer.role === 'presenter' || peer.users.length !== 1) return say(lang, LIVE.presenter);
  const id = peer.users[0]!;
  return displaySafe(Object.hasOwn(state.users, id) ? state.users[id]!.name : id);
}

/** "在线：主持人 · 爸爸 · 小明" (who else; "只有你" when nobody). */
export function onlineLine(live: LiveView, state: State, lang: Lang): string {
  const counts = new Map<string, number>();
  for (const p of live.peers) {
    const label = peerLabel(p, state, lang);
    counts.set(label, (counts.get(label) ?? 0) + 1);
  }
  const who = [...counts].map(([label, n]) => (n > 1 ? say(lang, LIVE.times, { who: label, n }) : label));
  return say(lang, LIVE.online, { who: who.length ? who.join(' · ') : say(lang, LIVE.justYou) });
}

/** Who runs the bots for this file, or null when nobody does. */
export function crowdLine(live: LiveView, state: State, lang: Lang): string | null {
  if (live.driver === null) return null;
  if (live.driver === live.self) return say(lang, LIVE.crowdHere);
  const peer = live.peers.find((p) => p.id === live.driver);
  return say(lang, LIVE.crowdThere, { who: peer ? peerLabel(peer, state, lang) : say(lang, LIVE.anotherTerminal) });
}

/** A session by its id, in words (another terminal when it has gone). */
export function sessionLabel(live: LiveView | null | undefined, id: string | undefined, state: State, lang: Lang): string {
  const peer = id === undefined ? undefined : live?.peers.find((p) => p.id === id);
  return peer ? peerLabel(peer, state, lang) : say(lang, LIVE.anotherTerminal);
}
