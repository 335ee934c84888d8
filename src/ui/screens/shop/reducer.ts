// 选礼物: the gift shop inside a pane. Tabs for everything, 朋友送过 / 我送过的 / 我收到的, the
// categories and, last (← from the first tab), 红包; / searches; gifts that cannot be given are
// listed with the reason. It also picks the gift of a 回礼 and the gifts of a lucky bag.
import { giftSection } from '../../../domain/history';
import { notGiftableReason, type GiftableReason } from '../../../domain/rules';
import type { Product, State, UserId } from '../../../domain/types';
import { say, type Lang } from '../../../i18n';
import { CATEGORY, REASON, SHOP } from '../../../i18n/screens/shop';
import { MODE } from '../../../i18n/screens/compose';
import { RED } from '../../../i18n/screens/red';
import { listKeys } from '../../app/list';
import type { Env, KeyMap, ScreenReducer, Step } from '../../app/types';
import { composeScreen, type Draft } from '../compose/reducer';
import { newDraft } from '../mode/reducer';

/** A 回礼 being chosen: the packet it answers and its sender, who gets it. */
export interface Reply {
  packet: string;
  to: UserId;
}

export interface ShopScreen {
  kind: 'shop';
  tab: number;
  cursor: number;
  query: string;
  editing: 'query' | null;
  /** Adding to a lucky bag: the bag so far. */
  bag: Draft | null;
  /** Choosing a 回礼's gift. */
  reply?: Reply | null;
}

export const shopScreen = (bag: Draft | null = null, reply: Reply | null = null): ShopScreen => ({ kind: 'shop', tab: 0, cursor: 0, query: '', editing: null, bag, reply });

const SECTIONS = ['all', 'friends', 'sent', 'received'] as const;
export interface Tab {
  id: string;
  label: string;
}

export function reasonText(r: GiftableReason, lang: Lang): string {
  return say(lang, r === 'category' ? REASON.category : r === 'price' ? REASON.price : REASON.other);
}

/** The tabs; a red packet's when the shop is not picking a gift for a bag or a 回礼. */
export function tabs(state: State, lang: Lang, s?: Pick<ShopScreen, 'bag' | 'reply'>): Tab[] {
  const cats = [...new Set(Object.values(state.catalog).map((p) => p.category))];
  const red = s && !s.bag && !s.reply ? [{ id: 'hongbao', label: say(lang, RED.tab) }] : [];
  return [...SECTIONS.map((id) => ({ id, label: say(lang, SHOP[id]) })), ...cats.map((c) => ({ id: `cat:${c}`, label: CATEGORY[c]?.[lang] ?? c })), ...red];
}

export const onRedTab = (state: State, s: ShopScreen, lang: Lang) => tabs(state, lang, s)[s.tab]?.id === 'hongbao';

/** 🧧 发红包, the red tab's one row: a red packet's form, for the pane's group. */
function sendRed(env: Env): Step {
  const draft = newDraft(env, 'redpacket', '', '');
  if (draft.group === null) return { type: 'notice', text: say(env.lang, MODE.noGroup), tone: 'bad' };
  return { type: 'push', screen: composeScreen(draft) };
}

/** Products of a section, newest first for the social ones (archived packets included; a secret
 * gift (JD 保密) says nothing of what it is until the viewer took it). */
function sectionSkus(state: State, section: string, user: UserId): string[] | null {
  return section === 'friends' || section === 'sent' || section === 'received' ? giftSection(state, user, section) : null;
}

/** Why a product cannot be given at all (every variant refused), or null. */
export function productReason(p: Product): GiftableReason | null {
  const reasons = p.specs.map((s) => notGiftableReason(p, s));
  return reasons.every((r) => r !== null) ? reasons[0]! : null;
}

export function shopProducts(state: State, s: ShopScreen, user: UserId, lang: Lang): Product[] {
  const tab = tabs(state, lang, s)[s.tab]!;
  if (tab.id === 'hongbao') return [];
  let list = Object.values(state.catalog);
  const section = sectionSkus(state, tab.id, user);
  if (section) list = section.map((sku) => state.catalog[sku]!).filter(Boolean);
  if (tab.id.startsWith('cat:')) list = list.filter((p) => p.category === tab.id.slice(4));
  const q = s.query.trim().toLowerCase();
  if (q) list = list.filter((p) => `${p.title} ${p.brand ?? ''} ${p.category} ${p.id}`.toLowerCase().includes(q));
  return list;
}

const nTabs = (state: State, lang: Lang, s: ShopScreen) => tabs(state, lang, s).length;

const BROWSING = listKeys<ShopScreen>(
  (s, env) => (onRedTab(env.state, s, env.lang) ? 1 : shopProducts(env.state, s, env.user, env.lang).length),
  (s, env) => {
    if (onRedTab(env.state, s, env.lang)) return sendRed(env);
    const p = shopProducts(env.state, s, env.user, env.lang)[s.cursor];
    if (!p) return null;
    const reason = productReason(p);
    if (reason) return { type: 'notice', text: say(env.lang, SHOP.notGiftable, { title: p.title, reason: reasonText(reason, env.lang) }), tone: 'bad' };
    return { type: 'push', screen: { kind: 'product', sku: p.id, cursor: 0, bag: s.bag, reply: s.reply ?? null } };
  },
  {
    left: (s, env) => ({ type: 'replace', screen: { ...s, tab: (s.tab + nTabs(env.state, env.lang, s) - 1) % nTabs(env.state, env.lang, s), cursor: 0 } }),
    right: (s, env) => ({ type: 'replace', screen: { ...s, tab: (s.tab + 1) % nTabs(env.state, env.lang, s), cursor: 0 } }),
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
