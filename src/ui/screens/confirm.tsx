// The confirm screen: what is sent, to whom, the total and the wallet after; paying sends it
// and the card appears in every member's pane at once.
import { Box, Text } from 'ink';
import React from 'react';
import { refusalMessage } from '../../i18n/refusals';
import { yuan } from '../../domain/money';
import { giftName, userName } from '../../i18n/events';
import { Menu } from '../components/Menu';
import { draftCost, sendCommand } from '../model/draft';
import { many, tr } from '../model/effects';
import type { Screen } from '../model/screens';
import { displaySafe } from '../text/sanitize';
import { truncate, wrap } from '../text/width';
import type { ScreenModule } from './types';

type Confirm = Extract<Screen, { kind: 'confirm' }>;

export const confirmModule: ScreenModule<Confirm> = {
  actions: () => ['up', 'down', 'select', 'back'],
  act(s, a, env) {
    const t = tr(env.lang);
    switch (a.id) {
      case 'up':
      case 'down':
        return { type: 'replace', screen: { ...s, cursor: s.cursor === 0 ? 1 : 0 } };
      case 'back':
        return { type: 'pop' };
      case 'select':
        if (s.cursor === 1) return { type: 'pop' };
        return {
          type: 'run',
          command: sendCommand(s.draft, env.user, env.state.now),
          ok: () => many({ type: 'home' }, { type: 'notice', text: t('礼物已发出', 'Gift sent'), tone: 'good' }),
          fail: (r) => ({ type: 'replace', screen: { ...s, error: refusalMessage(r.code, env.lang) } }),
        };
      default:
        return null;
    }
  },
  View({ screen, env }) {
    const t = tr(env.lang);
    const d = screen.draft;
    const w = env.width;
    const cost = draftCost(env.state, d);
    const wallet = env.state.wallets[env.user] ?? 0;
    const target =
      d.mode === 'direct' ? t(`送给 ${userName(env.state, d.to ?? '')}`, `to ${userName(env.state, d.to ?? '')}`) : t(`发到 ${env.state.groups[d.group ?? '']?.name ?? ''}`, `to ${env.state.groups[d.group ?? '']?.name ?? ''}`);
    const lines = [
      displaySafe(target),
      ...d.items.map((it) => `🎁 ${giftName(env.state, it.sku, it.spec)} ×${it.count}`),
      ...(d.mode === 'lottery' ? [t(`${d.drawHours}小时后开奖 · ${d.eligible === 'all' ? '全部成员' : `${d.eligible.length}人`}可参与`, `draw in ${d.drawHours} h · ${d.eligible === 'all' ? 'everyone' : d.eligible.length} may enter`)] : []),
      ...(d.message ? wrap(`“${displaySafe(d.message)}”`, w) : []),
    ];
    return (
      <Box flexDirection="column" width={w} height={env.height} overflow="hidden">
        <Text bold color="blueBright">
          {t('确认送出', 'Confirm')}
        </Text>
        {lines.map((l, i) => (
          <Text key={i} wrap="truncate">
            {truncate(l, w)}
          </Text>
        ))}
        <Text bold>{`${t('合计', 'Total')} ${yuan(cost)}`}</Text>
        <Text color={wallet < cost ? 'red' : 'gray'}>{`${t('零钱', 'Wallet')} ${yuan(wallet)} → ${yuan(wallet - cost)}`}</Text>
        {screen.error && <Text color="red">{screen.error}</Text>}
        <Menu width={w} cursor={screen.cursor} items={[{ id: 'pay', label: t('确认支付', 'Pay and send') }, { id: 'back', label: t('返回修改', 'Back') }]} />
      </Box>
    );
  },
};
