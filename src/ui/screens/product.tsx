// A product's variants (规格) with prices and stock; a variant that cannot be given says why.
import { Box, Text } from 'ink';
import React from 'react';
import { yuan } from '../../domain/money';
import { notGiftableReason, stockKey } from '../../domain/rules';
import { Menu } from '../components/Menu';
import { many, moveCursor, tr } from '../model/effects';
import type { Draft, Screen } from '../model/screens';
import { displaySafe } from '../text/sanitize';
import { reasonText } from './shop';
import type { ScreenModule } from './types';

type Product = Extract<Screen, { kind: 'product' }>;

/** A lucky bag with one more gift (or one more of a gift already in it). */
export function addToBag(bag: Draft, sku: string, spec: string): Draft {
  const i = bag.items.findIndex((x) => x.sku === sku && x.spec === spec);
  const items = i >= 0 ? bag.items.map((x, j) => (j === i ? { ...x, count: x.count + 1 } : x)) : [...bag.items, { sku, spec, count: 1 }];
  return { ...bag, items };
}

export const productModule: ScreenModule<Product> = {
  actions: () => ['up', 'down', 'select', 'back'],
  act(s, a, env) {
    const p = env.state.catalog[s.sku]!;
    switch (a.id) {
      case 'up':
      case 'down':
        return moveCursor(s, a, p.specs.length);
      case 'back':
        return { type: 'pop' };
      case 'select': {
        const spec = p.specs[s.cursor]!;
        const reason = notGiftableReason(p, spec);
        if (reason) return { type: 'notice', text: reasonText(reason, env.lang), tone: 'bad' };
        const left = env.state.stock[stockKey(p.id, spec.id)];
        if (left === 0) return { type: 'notice', text: tr(env.lang)('库存不足', 'Out of stock'), tone: 'bad' };
        if (s.bag) {
          // Back to the lucky bag's form (under the shop and this screen) with the gift added.
          const draft = addToBag(s.bag, p.id, spec.id);
          return many({ type: 'pop', n: 2 }, { type: 'replace', screen: { kind: 'compose', draft, cursor: 0, editing: null, error: null } });
        }
        return { type: 'push', screen: { kind: 'mode', sku: p.id, spec: spec.id, cursor: 0 } };
      }
      default:
        return null;
    }
  },
  View({ screen, env }) {
    const s = tr(env.lang);
    const p = env.state.catalog[screen.sku]!;
    const delivery = { address: s('快递到家', 'delivered'), voucher: s('到店核销', 'voucher, redeemed in a shop'), virtual: s('虚拟礼物，即时到账', 'virtual, instant') }[p.delivery];
    return (
      <Box flexDirection="column" width={env.width} height={env.height} overflow="hidden">
        <Text bold color="blueBright" wrap="truncate">
          {`${p.emoji ?? '🎁'} ${displaySafe(p.title)}`}
        </Text>
        <Text color="gray" wrap="truncate">
          {`${p.brand ? displaySafe(p.brand) + ' · ' : ''}${delivery}`}
        </Text>
        <Text color="gray">{s('选规格：', 'Pick a variant:')}</Text>
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
              hint: `${yuan(spec.price)}${left !== undefined ? s(` 剩${left}`, ` ${left} left`) : ''}`,
              ...(reason ? { disabled: reasonText(reason, env.lang) } : left === 0 ? { disabled: s('无货', 'sold out') } : {}),
            };
          })}
        />
      </Box>
    );
  },
};
