import { Box, Text } from 'ink';
import React from 'react';
import { yuan } from '../../../domain/money';
import type { Product } from '../../../domain/types';
import { say, sayer, type Lang } from '../../../i18n';
import { SHOP } from '../../../i18n/screens/shop';
import { Menu, type MenuItem } from '../../components/Menu';
import { TextField } from '../../components/TextField';
import { displaySafe } from '../../text/sanitize';
import { truncate, width } from '../../text/width';
import { THEME } from '../../theme';
import type { ViewProps } from '../view';
import { productReason, reasonText, shopProducts, tabs, type ShopScreen } from './reducer';

function productRow(p: Product, lang: Lang): MenuItem {
  const min = Math.min(...p.specs.map((s) => s.price));
  const reason = productReason(p);
  return {
    id: p.id,
    label: displaySafe(`${p.emoji ?? '🎁'} ${p.title}`),
    hint: `${yuan(min)}${p.specs.length > 1 ? say(lang, SHOP.from) : ''}`,
    ...(reason ? { disabled: reasonText(reason, lang) } : {}),
  };
}

export function ShopView({ screen, env, focused, field }: ViewProps<ShopScreen>) {
  const t = sayer(env.lang);
  const all = tabs(env.state, env.lang);
  const list = shopProducts(env.state, screen, env.user, env.lang);
  const w = env.width;
  // The tab strip: the current tab and its neighbours, as many as fit.
  let strip = '';
  for (let i = 0; i < all.length; i++) {
    const tab = all[(screen.tab + i) % all.length]!;
    const piece = i === 0 ? `[${tab.label}]` : ` ${tab.label}`;
    if (width(strip + piece) > w - 4) break;
    strip += piece;
  }
  return (
    <Box flexDirection="column" width={w} height={env.height} overflow="hidden">
      <Text bold color={THEME.title}>
        {screen.bag ? t(SHOP.titleBag) : t(SHOP.title)}
      </Text>
      <Text wrap="truncate" color={THEME.strip}>
        {truncate(`← ${strip}`, w - 2)} →
      </Text>
      <Box width={w}>
        <Text color={screen.editing ? THEME.typing : THEME.muted}>🔍 </Text>
        <TextField value={screen.query} focus={focused && screen.editing === 'query'} width={w - 3} max={20} placeholder={screen.editing === 'query' ? t(SHOP.searching) : t(SHOP.search)} field={field} />
      </Box>
      {list.length === 0 ? (
        <Text color={THEME.muted} wrap="truncate">
          {truncate(screen.query.trim() ? t(SHOP.noMatch, { query: displaySafe(screen.query.trim()) }) : t(SHOP.nothing), w)}
        </Text>
      ) : (
        <Menu items={list.map((p) => productRow(p, env.lang))} cursor={Math.min(screen.cursor, list.length - 1)} width={w} height={Math.max(1, env.height - 3)} />
      )}
    </Box>
  );
}
