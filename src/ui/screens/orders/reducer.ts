// o: 我的订单. The gifts this user received and the ones they sent, newest first (←/→ switch);
// Enter opens one: its order on the clock, and for its recipient the address and after-sales.
import { listKeys } from '../../app/list';
import type { Env, ScreenReducer } from '../../app/types';
import { receivedOrders, sentOrders, type OrderRow } from '../../model/orders';
import { orderScreen } from '../order/reducer';

export interface OrdersScreen {
  kind: 'orders';
  /** 0: 我收到的, 1: 我送出的. */
  tab: 0 | 1;
  cursor: number;
}

export const ordersScreen = (tab: 0 | 1 = 0): OrdersScreen => ({ kind: 'orders', tab, cursor: 0 });

export const orderRows = (s: OrdersScreen, env: Env): OrderRow[] => (s.tab === 0 ? receivedOrders(env.state, env.user) : sentOrders(env.state, env.user));

const other = (s: OrdersScreen) => ({ type: 'replace' as const, screen: { ...s, tab: s.tab === 0 ? (1 as const) : (0 as const), cursor: 0 } });

const KEYS = listKeys<OrdersScreen>(
  (s, env) => orderRows(s, env).length,
  (s, env) => {
    const row = orderRows(s, env)[s.cursor];
    return row ? { type: 'push', screen: orderScreen(row) } : null;
  },
  { left: other, right: other },
);

export const ordersReducer: ScreenReducer<OrdersScreen> = { keys: () => KEYS };
