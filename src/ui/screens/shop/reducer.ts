// 选礼物: the gift shop inside a pane. Tabs for everything, 朋友送过 / 我送过的 / 我收到的 and the
// categories; / searches; gifts that cannot be given are listed with the reason.
import { giftSection } from '../../../domain/history';
import { notGiftableReason, type GiftableReason } from '../../../domain/rules';
import type { Product, State, UserId } from '../../../domain/types';
import { say, type Lang } from '../../../i18n';
import { CATEGORY, REASON, SHOP } from '../../../i18n/screens/shop';
import { listKeys } from '../../app/list';
import type { KeyMap, ScreenReducer } from '../../app/types';
import type { Draft } from '../compose/reducer';

export interface ShopScreen {
  kind: 'shop';
  tab: number;
  cursor: number;
  query: string;
  editing: 'query' | null;
  /** Adding to a lucky bag: the bag so far. */
  bag: Draft | null;
}

export const shopScreen = (bag: Draft | null = null): ShopScreen => ({ kind: 'shop', tab: 0, cursor: 0, query: '', editing: null, bag });

const SECTIONS = ['all', 'friends', 'sent', 'received'] as const;
export interface Tab {
  id: string;
  label: string;
}

export function reasonText(r: GiftableReason, lang: Lang): string {
  return say(lang, r === 'category' ? REASON.category : r === 'price' ? REASON.price : REASON.other);
}

export function tabs(state: State, lang: Lang): Tab[] {
  const cats = [...new Set(Object.values(state.catalog).map((p) => p.category))];
  return [...SECTIONS.map((id) => ({ id, label: say(lang, SHOP[id]) })), ...cats.map((c) => ({ id: `cat:${c}`, label: CATEGORY[c]?.[lang] ?? c }))];
}

/** Products of a section, newest first for the social ones (archived packets included). */
function sectionSkus(state: State, section: string, user: UserId): string[] | null {
  return section === 'friends' || section === 'sent' || section === 'received' ? giftSection(state, user, section) : null;
}

/** Why a product cannot be given at all (every variant refused), or null. */
export function productReason(p: Product): GiftableReason | null {
  const reasons = p.specs.map((s) => notGiftableReason(p, s));
  return reasons.every((r) => r !== null) ? reasons[0]! : null;
}

export function shopProducts(state: State, s: ShopScreen, user: UserId, lang: Lang): Product[] {
  const tab = tabs(state, lang)[s.tab]!;
  let list = Object.values(state.catalog);
  const section = sectionSkus(state, tab.id, user);
  if (section) list = section.map((sku) => state.catalog[sku]!).filter(Boolean);
  if (tab.id.startsWith('cat:')) list = list.filter((p) => p.category === tab.id.slice(4));
  const q = s.query.trim().toLowerCase();
  if (q) list = list.filter((p) => `${p.title} ${p.brand ?? ''} ${p.category} ${p.id}`.toLowerCase().includes(q));
  return list;
}

const nTabs = (state: State, lang: Lang) => tabs(state, lang).length;

const BROWSING = listKeys<ShopScreen>(
  (s, env) => shopProducts(env.state, s, env.user, env.lang).length,
  (s, env) => {
    const p = shopProducts(env.state, s, env.user, env.lang)[s.cursor];
    if (!p) return null;
    const reason = productReason(p);
    if (reason) return { type: 'notice', text: say(env.lang, SHOP.notGiftable, { title: p.title, reason: reasonText(reason, env.lang) }), tone: 'bad' };
    return { type: 'push', screen: { kind: 'product', sku: p.id, cursor: 0, bag: s.bag } };
  },
  {
    left: (s, env) => ({ type: 'replace', screen: { ...s, tab: (s.tab + nTabs(env.state, env.lang) - 1) % nTabs(env.state, env.lang), cursor: 0 } }),
    right: (s, env) => ({ type: 'replace', screen: { ...s, tab: (s.tab + 1) % nTabs(env.state, env.lang), cursor: 0 } }),
    search: (s) => ({ type: 'replace', screen: { ...s, editing: 'query', tab: 0, cursor: 0 } }),
  },
);

const TYPING: KeyMap<ShopScreen> = {
  stopEdit: (s) => ({ type: 'replace', screen: { ...s, editing: null } }),
};

export const shopReducer: ScreenReducer<ShopScreen> = {
  keys: (s) => (s.editing ? TYPING : BROWSING),
  editing: (s) => s.editing,
  text: (s, value) => ({ ...s, query: value, cursor: 0 }),
  submit: (s) => ({ type: 'replace', screen: { ...s, editing: null } }),
};
