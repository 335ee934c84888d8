// 晒礼物 on an opened card: a gift the user accepted (and kept) may be shared to their friends'
// 朋友圈, once. One of the card's offers (CARD_OFFERS): the card offers it, the engine decides.
import type { Outcome } from '../../../domain/engine';
import { hasShared } from '../../../domain/share';
import { refusalMessage } from '../../../i18n/refusals';
import { say } from '../../../i18n';
import { FEED } from '../../../i18n/screens/feed';
import type { Env, Step } from '../../app/types';
import type { CardCtx, CardOffer } from './reducer';

/** The option's id (`share` is a code gift's 口令). */
export const MOMENTS = 'moments';

/** 晒到朋友圈, when this viewer kept a unit of this gift and has not shared it yet. */
export function momentsOffer({ p, user, t }: CardCtx): CardOffer[] {
  if (p.mode === 'redpacket' || hasShared(p, user)) return [];
  const kept = p.units.some((u) => u.holder === user && u.state === 'claimed' && u.order !== 'refunded');
  return kept ? [{ id: MOMENTS, label: t(FEED.share), choose: (env) => ({ type: 'run', command: { type: 'share', as: env.user, packet: p.id } }) }] : [];
}

/** The engine's answer: shared (said in the status bar), or why not. */
export const sharedStep = (o: Outcome, env: Env): Step =>
  o.ok ? { type: 'notice', text: say(env.lang, FEED.sharedNotice), tone: 'good' } : { type: 'notice', text: refusalMessage(o.code, env.lang), tone: 'bad' };
