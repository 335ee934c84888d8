// A product's variants (规格) with prices and stock; a variant that cannot be given says why.
import { notGiftableReason, stockKey } from '../../../domain/rules';
import { say } from '../../../i18n';
import { PRODUCT } from '../../../i18n/screens/shop';
import { listKeys } from '../../app/list';
import { many, type ScreenReducer } from '../../app/types';
import { composeScreen, type Draft } from '../compose/reducer';
import { newDraft } from '../mode/reducer';
import { reasonText, type Reply } from '../shop/reducer';

export interface ProductScreen {
  kind: 'product';
  sku: string;
  cursor: number;
  bag: Draft | null;
  /** Choosing a 回礼's gift: it goes straight to a direct gift's form, to the one answered. */
  reply?: Reply | null;
}

/** A lucky bag with one more gift (or one more of a gift already in it). */
export function addToBag(bag: Draft, sku: string, spec: string): Draft {
  const i = bag.items.findIndex((x) => x.sku === sku && x.spec === spec);
  const items = i >= 0 ? bag.items.map((x, j) => (j === i ? { ...x, count: x.count + 1 } : x)) : [...bag.items, { sku, spec, count: 1 }];
  return { ...bag, items };
}

const KEYS = listKeys<ProductScreen>(
  (s, env) => env.state.catalog[s.sku]!.specs.length,
  (s, env) => {
    const p = env.state.catalog[s.sku]!;
    const spec = p.specs[s.cursor]!;
    const reason = notGiftableReason(p, spec);
    if (reason) return { type: 'notice', text: reasonText(reason, env.lang), tone: 'bad' };
    if (env.state.stock[stockKey(p.id, spec.id)] === 0) return { type: 'notice', text: say(env.lang, PRODUCT.outOfStock), tone: 'bad' };
    // Back to the lucky bag's form (under the shop and this screen) with the gift added.
    if (s.bag) return many({ type: 'pop', n: 2 }, { type: 'replace', screen: composeScreen(addToBag(s.bag, p.id, spec.id)) });
    if (s.reply) return { type: 'push', screen: composeScreen({ ...newDraft(env, 'direct', p.id, spec.id), to: s.reply.to, replyTo: s.reply.packet }) };
    return { type: 'push', screen: { kind: 'mode', sku: p.id, spec: spec.id, cursor: 0 } };
  },
);

export const productReducer: ScreenReducer<ProductScreen> = { keys: () => KEYS };
