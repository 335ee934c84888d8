// One order from 我的订单. Its recipient may ask for after-sales here (售后): the engine reverses
// the unit's money to the sender, or says why not — not accepted yet, the window closed (with
// when), refunded already.
import { say } from '../../../i18n';
import { ORDERS } from '../../../i18n/screens/orders';
import { listKeys } from '../../app/list';
import type { Env, ScreenReducer, Step } from '../../app/types';
import { explainRefusal } from '../../model/explain';
import type { OrderRow } from '../../model/orders';
import { userName } from '../../../i18n/events';
import { yuan } from '../../../domain/money';
import { shareScreen } from '../share/reducer';

export interface OrderScreen extends OrderRow {
  kind: 'order';
  cursor: number;
  error: string | null;
  /** What the last after-sales did, said on the screen. */
  done: string | null;
}

export const orderScreen = (row: OrderRow): OrderScreen => ({ kind: 'order', ...row, cursor: 0, error: null, done: null });

export interface OrderOption {
  id: 'aftersale' | 'share' | 'back';
  label: string;
}

/** The recipient may ask for after-sales (the engine decides); a code gift's sender may show its
 * 口令 again. */
export function orderOptions(s: OrderScreen, env: Env): OrderOption[] {
  const p = env.state.packets[s.packet];
  const t = (w: { zh: string; en: string }) => say(env.lang, w);
  const out: OrderOption[] = [];
  if (s.unit !== null) out.push({ id: 'aftersale', label: t(ORDERS.aftersale) });
  if (s.unit === null && p?.mode === 'code') out.push({ id: 'share', label: t(ORDERS.share) });
  out.push({ id: 'back', label: t(ORDERS.back) });
  return out;
}

const KEYS = listKeys<OrderScreen>(
  (s, env) => orderOptions(s, env).length,
  (s, env): Step | null => {
    const o = orderOptions(s, env)[s.cursor];
    if (o?.id === 'aftersale') return { type: 'run', command: { type: 'aftersale', as: env.user, packet: s.packet } };
    if (o?.id === 'share') return { type: 'push', screen: shareScreen(s.packet) };
    return { type: 'pop' };
  },
);

export const orderReducer: ScreenReducer<OrderScreen> = {
  keys: () => KEYS,
  outcome(s, command, o, env) {
    if (command.type !== 'aftersale') return null;
    if (!o.ok) return { type: 'replace', screen: { ...s, done: null, error: explainRefusal(o.code, env.state, env.user, env.lang, command) } };
    const e = o.events.find((x) => x.type === 'aftersale');
    const done = e?.type === 'aftersale' ? say(env.lang, ORDERS.aftersaleDone, { amount: yuan(e.refund), who: userName(env.state, e.sender) }) : null;
    return { type: 'replace', screen: { ...s, error: null, done } };
  },
};
