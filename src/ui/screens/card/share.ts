// 晒礼物 on an opened card: a gift the user accepted (and kept) may be shared to their friends'
// 朋友圈, once. Kept apart from the card's other options: the card offers it, the engine decides.
import type { Outcome } from '../../../domain/engine';
import { hasShared } from '../../../domain/share';
import type { Packet, State, UserId } from '../../../domain/types';
import { refusalMessage } from '../../../i18n/refusals';
import { say, type Lang } from '../../../i18n';
import { FEED } from '../../../i18n/screens/feed';
import type { Env, Step } from '../../app/types';

/** The card's 晒到朋友圈 row, when this user may share this packet now. */
export function shareOption(state: State, p: Packet, user: UserId, lang: Lang): { id: 'share'; label: string } | null {
  if (p.mode === 'redpacket' || hasShared(state, user, p.id)) return null;
  const kept = p.units.some((u) => u.holder === user && u.state === 'claimed' && u.order !== 'refunded');
  return kept ? { id: 'share', label: say(lang, FEED.share) } : null;
}

export const shareStep = (env: Env, packet: string): Step => ({ type: 'run', command: { type: 'share', as: env.user, packet } });

/** The engine's answer: shared (said in the status bar), or why not. */
export const sharedStep = (o: Outcome, env: Env): Step =>
  o.ok ? { type: 'notice', text: say(env.lang, FEED.sharedNotice), tone: 'good' } : { type: 'notice', text: refusalMessage(o.code, env.lang), tone: 'bad' };
