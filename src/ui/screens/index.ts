// Every screen kind and its reducer: the decider looks a pane's top screen up here. (Its view
// is in views.ts, so the decider and its tests load no React.)
import type { Screen, ScreenKind, ScreenOf, ScreenReducer } from '../app/types';
import { addressReducer } from './address/reducer';
import { cardReducer } from './card/reducer';
import { chatReducer } from './chat/reducer';
import { chatsReducer } from './chats/reducer';
import { composeReducer } from './compose/reducer';
import { confirmReducer } from './confirm/reducer';
import { modeReducer } from './mode/reducer';
import { pickReducer } from './pick/reducer';
import { productReducer } from './product/reducer';
import { resultReducer } from './result/reducer';
import { shopReducer } from './shop/reducer';
import { redReducer } from './hongbao/reducer';
import { shareReducer } from './share/reducer';
import { koulingReducer } from './kouling/reducer';
import { ordersReducer } from './orders/reducer';
import { orderReducer } from './order/reducer';
import { settingsReducer } from './settings/reducer';
import { feedReducer } from './feed/reducer';

export const REDUCERS: { [K in ScreenKind]: ScreenReducer<ScreenOf<K>> } = {
  chat: chatReducer,
  chats: chatsReducer,
  shop: shopReducer,
  product: productReducer,
  mode: modeReducer,
  compose: composeReducer,
  pick: pickReducer,
  confirm: confirmReducer,
  card: cardReducer,
  address: addressReducer,
  result: resultReducer,
  hongbao: redReducer,
  share: shareReducer,
  kouling: koulingReducer,
  orders: ordersReducer,
  order: orderReducer,
  settings: settingsReducer,
  feed: feedReducer,
};

/** The reducer of a screen, typed for that screen. (TypeScript cannot follow the kind from the
 * value to the table's entry by itself.) */
export const reducerOf = <S extends Screen>(s: S): ScreenReducer<S> => REDUCERS[s.kind] as unknown as ScreenReducer<S>;
