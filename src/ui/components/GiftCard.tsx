// A gift card inline in the chat: the blue card (蓝包), or the red one of a 红包, its mode, the gift
// and its state for the viewer, in colour and with an icon. Its height is fixed (CARD_HEIGHT) for
// the chat's layout.
import { Box, Text } from 'ink';
import React from 'react';
import type { Packet, State, UserId } from '../../domain/types';
import type { Lang } from '../../i18n';
import { cardDue, cardLook, PHONE_CARD_HEIGHT } from './card-lines';
import { truncate } from '../text/width';
import { THEME } from '../theme';

export function GiftCard(props: { state: State; packet: Packet; user: UserId; lang: Lang; width: number; selected: boolean; mine: boolean; large?: boolean }) {
  const { state, packet, user, lang, width, selected, mine, large = false } = props;
  const look = cardLook(state, packet, user, lang);
  // Large, on one person's phone (PHONE_CARD_HEIGHT rows): more air, the gift in bold, and when
  // the card is due.
  const inner = Math.max(8, width - (large ? 6 : 4));
  const role = look.role === 'hongbao' ? THEME.redCard : THEME.card;
  return (
    <Box
      width={width}
      {...(large ? { height: PHONE_CARD_HEIGHT } : {})}
      borderStyle={selected ? 'double' : 'round'}
      borderColor={selected ? role.selected : role.border}
      flexDirection="column"
      paddingX={large ? 2 : 1}
      alignSelf={mine ? 'flex-end' : 'flex-start'}
    >
      <Text color={role.title} bold wrap="truncate">
        {truncate(`${look.icon} ${look.lines[0]}`, inner)}
      </Text>
      {large && <Text> </Text>}
      <Text bold={large} wrap="truncate">
        {truncate(look.lines[1], inner)}
      </Text>
      <Text color={look.color} bold={look.color !== THEME.muted} wrap="truncate">
        {truncate(look.lines[2], inner)}
      </Text>
      {large && (
        <Text color={THEME.muted} wrap="truncate">
          {truncate(cardDue(packet, lang), inner)}
        </Text>
      )}
    </Box>
  );
}
