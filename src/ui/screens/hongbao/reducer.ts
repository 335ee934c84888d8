// A red packet (红包), opened: one key on its card in the chat opens it, and opening is taking
// (a claim with no address). The envelope shows while the engine decides; then the amount it
// gave (its double-mean draw), or 手慢了, and the claimants with 手气最佳 once it is over.
import type { Outcome } from '../../../domain/engine';
import type { RefusalCode } from '../../../domain/errors';
import { unitOf } from '../../../domain/rules';
import type { Packet } from '../../../domain/types';
import { many, top, type Env, type KeyMap, type ScreenReducer, type Step } from '../../app/types';

export interface RedScreen {
  kind: 'hongbao';
  packet: string;
  /** 'opening': the envelope, while the claim is decided; 'open': what it holds. */
  phase: 'opening' | 'open';
  /** What this viewer's claim just came to: the amount, or why not (SOLD_OUT, EXPIRED…). */
  got: number | null;
  refusal: RefusalCode | null;
  /** The first claimant row shown (↑/↓ scroll a long list). */
  scroll: number;
}

export const redScreen = (packet: string, phase: RedScreen['phase'] = 'open'): RedScreen => ({ kind: 'hongbao', packet, phase, got: null, refusal: null, scroll: 0 });

/** Whether opening this red packet takes one: not its sender's, not taken already. Opening one
 * that is empty or past its day is a claim too: the engine says 手慢了 or 已过期. */
export const opensToClaim = (p: Packet, env: Env) => env.user !== p.sender && unitOf(p, env.user) < 0;

/** Enter on a red card: open it and take one in the same key, or look at it (an `open`). */
export function openRed(p: Packet, env: Env): Step {
  if (opensToClaim(p, env)) return many({ type: 'push', screen: redScreen(p.id, 'opening') }, { type: 'run', command: { type: 'claim', as: env.user, packet: p.id } });
  return { type: 'run', command: { type: 'open', as: env.user, packet: p.id } };
}

/** The claim came back: the envelope (if it is still up) opens on what it held. */
export function redClaimed(packet: string, o: Outcome, env: Env): Step {
  const screen: RedScreen = { ...redScreen(packet), got: o.ok ? Number(o.result?.amount ?? 0) : null, refusal: o.ok ? null : o.code };
  const up = top(env.pane);
  return up.kind === 'hongbao' && up.packet === packet ? { type: 'replace', screen } : { type: 'push', screen };
}

const scrollBy =
  (d: number) =>
  (s: RedScreen): Step => ({ type: 'replace', screen: { ...s, scroll: Math.max(0, s.scroll + d) } });

const KEYS: KeyMap<RedScreen> = { up: scrollBy(-1), down: scrollBy(1), select: () => ({ type: 'pop' }), back: () => ({ type: 'pop' }) };

export const redReducer: ScreenReducer<RedScreen> = { keys: () => KEYS };
