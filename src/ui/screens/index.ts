// Every screen kind and its module: the app looks a pane's top screen up here.
import type { ScreenKind } from '../model/screens';
import { addressModule } from './address';
import { cardModule } from './card';
import { chatModule } from './chat';
import { chatsModule } from './chats';
import { composeModule } from './compose';
import { confirmModule } from './confirm';
import { modeModule } from './mode';
import { pickModule } from './pick';
import { productModule } from './product';
import { resultModule } from './result';
import { shopModule } from './shop';
import type { ScreenModule } from './types';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const SCREENS: Record<ScreenKind, ScreenModule<any>> = {
  chat: chatModule,
  chats: chatsModule,
  shop: shopModule,
  product: productModule,
  mode: modeModule,
  compose: composeModule,
  pick: pickModule,
  confirm: confirmModule,
  card: cardModule,
  address: addressModule,
  result: resultModule,
};
