import { Box, Text } from 'ink';
import React from 'react';
import { yuan } from '../../../domain/money';
import type { Product } from '../../../domain/types';
import { say, sayer, type Lang } from '../../../i18n';
import { SHOP } from '../../../i18n/screens/shop';
import { RED } from '../../../i18n/screens/red';
import { userName } from '../../../i18n/events';
import { Menu, type MenuItem } from '../../components/Menu';
import { TextField } from '../../components/TextField';
import { displaySafe } from '../../text/sanitize';
import { truncate, width } from '../../text/width';
import { THEME } from '../../theme';
import type { ViewProps } from '../view';
import { onRedTab, productReason, reasonText, shopProducts, tabs, type ShopScreen } from './reducer';

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
  const all = tabs(env.state, env.lang, screen);
  const red = onRedTab(env.state, screen, env.lang);
  const list = shopProducts(env.state, screen, env.user, env.lang);
  const items = red ? [{ id: 'hongbao', label: t(RED.send), hint: t(RED.sendHint) }] : list.map((p) => productRow(p, env.lang));
  const w = env.width;
  // The tab strip: the tab before (what ← opens: from the first, 红包), the current one and the
  // ones after it, as many as fit.
  let strip = `${all[(screen.tab + all.length - 1) % all.length]!.label} `;
  for (let i = 0; i < all.length - 1; i++) {
    const tab = all[(screen.tab + i) % all.length]!;
    const piece = i === 0 ? `[${tab.label}]` : ` ${tab.label}`;
    if (width(strip + piece) > w - 4) break;
    strip += piece;
  }
  const title = screen.reply ? t(SHOP.titleReply, { who: displaySafe(userName(env.state, screen.reply.to)) }) : screen.bag ? t(SHOP.titleBag) : t(SHOP.title);
  return (
    <Box flexDirection="column" width={w} height={env.height} overflow="hidden">
      <Text bold color={THEME.title} wrap="truncate">
        {truncate(title, w)}
      </Text>
      <Text wrap="truncate" color={THEME.strip}>
        {truncate(`← ${strip}`, w - 2)} →
      </Text>
      <Box width={w}>
        <Text color={screen.editing ? THEME.typing : THEME.muted}>🔍 </Text>
        <TextField value={screen.query} focus={focused && screen.editing === 'query'} width={w - 3} max={20} placeholder={screen.editing === 'query' ? t(SHOP.searching) : t(SHOP.search)} field={field} />
      </Box>
      {items.length === 0 ? (
        <Text color={THEME.muted} wrap="truncate">
          {truncate(screen.query.trim() ? t(SHOP.noMatch, { query: displaySafe(screen.query.trim()) }) : t(SHOP.nothing), w)}
        </Text>
      ) : (
        <Menu items={items} cursor={Math.min(screen.cursor, items.length - 1)} width={w} height={Math.max(1, env.height - 3)} />
      )}
    </Box>
  );
}
