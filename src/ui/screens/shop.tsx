// 选礼物: the gift shop inside a pane. Tabs for everything, 朋友送过 / 我送过的 / 我收到的 and the
// categories; / searches; gifts that cannot be given are shown dimmed with the reason.
import { Box, Text } from 'ink';
import React from 'react';
import { yuan } from '../../domain/money';
import { giftSection } from '../../domain/history';
import { notGiftableReason, type GiftableReason } from '../../domain/rules';
import type { Product, State, UserId } from '../../domain/types';
import type { Lang } from '../../i18n';
import { Menu, type MenuItem } from '../components/Menu';
import { TextField } from '../components/TextField';
import { moveCursor, tr } from '../model/effects';
import type { Screen } from '../model/screens';
import { displaySafe } from '../text/sanitize';
import { truncate, width } from '../text/width';
import type { ScreenModule } from './types';

type Shop = Extract<Screen, { kind: 'shop' }>;

const SECTIONS = ['all', 'friends', 'sent', 'received'] as const;
type Tab = { id: string; label: string };

const CATEGORY: Record<string, { zh: string; en: string }> = {
  drinks: { zh: '饮品', en: 'Drinks' },
  snacks: { zh: '零食', en: 'Snacks' },
  food: { zh: '食品', en: 'Food' },
  beauty: { zh: '美妆', en: 'Beauty' },
  voucher: { zh: '到店券', en: 'Vouchers' },
  ecard: { zh: '电子卡', en: 'E-cards' },
  sticker: { zh: '表情', en: 'Stickers' },
  virtual: { zh: '虚拟礼物', en: 'Virtual' },
  custom: { zh: '定制', en: 'Custom' },
  jewellery: { zh: '珠宝', en: 'Jewellery' },
  education: { zh: '教育', en: 'Education' },
};

export function reasonText(r: GiftableReason, lang: Lang): string {
  const s = tr(lang);
  if (r === 'category') return s('此类商品不支持送礼', 'this category cannot be gifted');
  if (r === 'price') return s('超过¥10,000不可送礼', 'over ¥10,000: not giftable');
  return s('不支持送礼', 'not giftable');
}

export function tabs(state: State, lang: Lang): Tab[] {
  const s = tr(lang);
  const named: Record<(typeof SECTIONS)[number], string> = {
    all: s('全部', 'All'),
    friends: s('朋友送过', 'Friends sent'),
    sent: s('我送过的', 'I sent'),
    received: s('我收到的', 'I received'),
  };
  const cats = [...new Set(Object.values(state.catalog).map((p) => p.category))];
  return [...SECTIONS.map((id) => ({ id, label: named[id] })), ...cats.map((c) => ({ id: `cat:${c}`, label: CATEGORY[c]?.[lang] ?? c }))];
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

export function shopProducts(state: State, s: Shop, user: UserId, lang: Lang): Product[] {
  const tab = tabs(state, lang)[s.tab]!;
  let list = Object.values(state.catalog);
  const section = sectionSkus(state, tab.id, user);
  if (section) list = section.map((sku) => state.catalog[sku]!).filter(Boolean);
  if (tab.id.startsWith('cat:')) list = list.filter((p) => p.category === tab.id.slice(4));
  const q = s.query.trim().toLowerCase();
  if (q) list = list.filter((p) => `${p.title} ${p.brand ?? ''} ${p.category} ${p.id}`.toLowerCase().includes(q));
  return list;
}

function productRow(p: Product, lang: Lang): MenuItem {
  const min = Math.min(...p.specs.map((s) => s.price));
  const reason = productReason(p);
  return {
    id: p.id,
    label: `${p.emoji ?? '🎁'} ${displaySafe(p.title)}`,
    hint: `${yuan(min)}${p.specs.length > 1 ? tr(lang)('起', '+') : ''}`,
    ...(reason ? { disabled: reasonText(reason, lang) } : {}),
  };
}

export const shopModule: ScreenModule<Shop> = {
  actions: (s) => (s.editing ? [] : ['up', 'down', 'left', 'right', 'select', 'back', 'search']),
  act(s, a, env) {
    const list = shopProducts(env.state, s, env.user, env.lang);
    const nTabs = tabs(env.state, env.lang).length;
    switch (a.id) {
      case 'up':
      case 'down':
        return moveCursor(s, a, list.length);
      case 'left':
        return { type: 'replace', screen: { ...s, tab: (s.tab + nTabs - 1) % nTabs, cursor: 0 } };
      case 'right':
        return { type: 'replace', screen: { ...s, tab: (s.tab + 1) % nTabs, cursor: 0 } };
      case 'search':
        return { type: 'replace', screen: { ...s, editing: 'query', tab: 0, cursor: 0 } };
      case 'stopEdit':
        return { type: 'replace', screen: { ...s, editing: null } };
      case 'back':
        return { type: 'pop' };
      case 'select': {
        const p = list[s.cursor];
        if (!p) return null;
        const reason = productReason(p);
        if (reason) return { type: 'notice', text: `${p.title}：${reasonText(reason, env.lang)}`, tone: 'bad' };
        return { type: 'push', screen: { kind: 'product', sku: p.id, cursor: 0, bag: s.bag } };
      }
      default:
        return null;
    }
  },
  setText: (s, value) => ({ ...s, query: value, cursor: 0 }),
  submit: (s) => ({ type: 'replace', screen: { ...s, editing: null } }),
  View({ screen, env, focused, onText, onSubmit }) {
    const s = tr(env.lang);
    const all = tabs(env.state, env.lang);
    const list = shopProducts(env.state, screen, env.user, env.lang);
    const w = env.width;
    // The tab strip: the current tab and its neighbours, as many as fit.
    let strip = '';
    for (let i = 0; i < all.length; i++) {
      const t = all[(screen.tab + i) % all.length]!;
      const piece = i === 0 ? `[${t.label}]` : ` ${t.label}`;
      if (width(strip + piece) > w - 4) break;
      strip += piece;
    }
    return (
      <Box flexDirection="column" width={w} height={env.height} overflow="hidden">
        <Text bold color="blueBright">
          {screen.bag ? s('选礼物 · 加入礼物袋', 'Gift shop · add to the bag') : s('选礼物', 'Gift shop')}
        </Text>
        <Text wrap="truncate" color="cyan">
          {truncate(`← ${strip}`, w - 2)} →
        </Text>
        <Box width={w}>
          <Text color={screen.editing ? 'greenBright' : 'gray'}>🔍 </Text>
          <TextField value={screen.query} focus={focused && screen.editing === 'query'} width={w - 3} max={20} placeholder={s('/ 搜索', '/ search')} onChange={onText} onSubmit={onSubmit} />
        </Box>
        {list.length === 0 ? (
          <Text color="gray">{s('这里还没有礼物', 'Nothing here yet')}</Text>
        ) : (
          <Menu items={list.map((p) => productRow(p, env.lang))} cursor={Math.min(screen.cursor, list.length - 1)} width={w} height={Math.max(1, env.height - 3)} />
        )}
      </Box>
    );
  },
};
