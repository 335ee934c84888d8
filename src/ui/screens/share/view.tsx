import { Box, Text } from 'ink';
import React from 'react';
import { CODE_TRIES } from '../../../domain/claim';
import { toShort } from '../../../domain/time';
import { sayer } from '../../../i18n';
import { CARD } from '../../../i18n/screens/card';
import { SHARE } from '../../../i18n/screens/kouling';
import { giftNames } from '../../components/card-lines';
import { shareText } from '../../model/kouling';
import { displaySafe } from '../../text/sanitize';
import { wrap } from '../../text/width';
import { THEME } from '../../theme';
import type { ViewProps } from '../view';
import type { ShareScreen } from './reducer';

export function ShareView({ screen, env }: ViewProps<ShareScreen>) {
  const t = sayer(env.lang);
  const w = env.width;
  const p = env.state.packets[screen.packet];
  // Only the sender is ever shown this screen; anyone else would read the code.
  if (!p?.code || p.sender !== env.user) return <Text color={THEME.error}>{t(CARD.noSuchGift)}</Text>;
  // The gift's name and the token a friend copies stay whole on their lines.
  const text = wrap(displaySafe(shareText(env.state, p, env.lang)), Math.max(8, w - 4), { keep: [...giftNames(env.state, p, env.user), `¥${p.id}¥`] });
  return (
    <Box flexDirection="column" width={w} height={env.height} overflow="hidden">
      <Text bold color={THEME.title} wrap="truncate">
        {t(SHARE.title)}
      </Text>
      <Box borderStyle="round" borderColor={THEME.kouling.share} flexDirection="column" paddingX={1} width={w}>
        {text.map((l, i) => (
          <Text key={i} color={THEME.kouling.share}>
            {l}
          </Text>
        ))}
      </Box>
      <Text>
        {`${t(SHARE.code)}  `}
        <Text bold color={THEME.kouling.code}>
          {p.code.code}
        </Text>
      </Text>
      <Text color={THEME.muted} wrap="truncate">
        {t(SHARE.codeNote)}
      </Text>
      {wrap(t(SHARE.terms, { n: p.units.length, at: toShort(p.expiresAt ?? p.sentAt), tries: CODE_TRIES }), w).map((l, i) => (
        <Text key={i} color={THEME.muted}>
          {l}
        </Text>
      ))}
      <Text color={THEME.muted}>{t(SHARE.back)}</Text>
    </Box>
  );
}
