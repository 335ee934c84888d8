// Every screen kind and its view: a pane draws its top screen with the view found here.
import type { Screen, ScreenKind, ScreenOf } from '../app/types';
import { AddressView } from './address/view';
import { CardView } from './card/view';
import { ChatView } from './chat/view';
import { ChatsView } from './chats/view';
import { ComposeView } from './compose/view';
import { ConfirmView } from './confirm/view';
import { ModeView } from './mode/view';
import { PickView } from './pick/view';
import { ProductView } from './product/view';
import { ResultView } from './result/view';
import { ShopView } from './shop/view';
import { RedView } from './hongbao/view';
import { ShareView } from './share/view';
import { KoulingView } from './kouling/view';
import { OrdersView } from './orders/view';
import { OrderView } from './order/view';
import { SettingsView } from './settings/view';
import { FeedView } from './feed/view';
import type { ScreenView } from './view';

export const VIEWS: { [K in ScreenKind]: ScreenView<ScreenOf<K>> } = {
  chat: ChatView,
  chats: ChatsView,
  shop: ShopView,
  product: ProductView,
  mode: ModeView,
  compose: ComposeView,
  pick: PickView,
  confirm: ConfirmView,
  card: CardView,
  address: AddressView,
  result: ResultView,
  hongbao: RedView,
  share: ShareView,
  kouling: KoulingView,
  orders: OrdersView,
  order: OrderView,
  settings: SettingsView,
  feed: FeedView,
};

export const viewOf = <S extends Screen>(s: S): ScreenView<S> => VIEWS[s.kind] as unknown as ScreenView<S>;
