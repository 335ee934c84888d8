import { Box, Text } from 'ink';
import React from 'react';
import { yuan } from '../../../domain/money';
import { notGiftableReason, stockKey } from '../../../domain/rules';
import { sayer } from '../../../i18n';
import { PRODUCT } from '../../../i18n/screens/shop';
import { Menu } from '../../components/Menu';
import { displaySafe } from '../../text/sanitize';
import { THEME } from '../../theme';
import { reasonText } from '../shop/reducer';
import type { ViewProps } from '../view';
import type { ProductScreen } from './reducer';

export function ProductView({ screen, env }: ViewProps<ProductScreen>) {
  const t = sayer(env.lang);
  const p = env.state.catalog[screen.sku]!;
  return (
    <Box flexDirection="column" width={env.width} height={env.height} overflow="hidden">
      <Text bold color={THEME.title} wrap="truncate">
        {displaySafe(`${p.emoji ?? '🎁'} ${p.title}`)}
      </Text>
      <Text color={THEME.muted} wrap="truncate">
        {`${p.brand ? displaySafe(p.brand) + ' · ' : ''}${t(PRODUCT[p.delivery])}`}
      </Text>
      <Text color={THEME.muted}>{t(PRODUCT.pick)}</Text>
      <Menu
        width={env.width}
        height={Math.max(1, env.height - 3)}
        cursor={screen.cursor}
        items={p.specs.map((spec) => {
          const reason = notGiftableReason(p, spec);
          const left = env.state.stock[stockKey(p.id, spec.id)];
          return {
            id: spec.id,
            label: displaySafe(spec.label),
            hint: `${yuan(spec.price)}${left !== undefined ? t(PRODUCT.left, { n: left }) : ''}`,
            ...(reason ? { disabled: reasonText(reason, env.lang) } : left === 0 ? { disabled: t(PRODUCT.soldOut) } : {}),
          };
        })}
      />
    </Box>
  );
}
