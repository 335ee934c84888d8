// A gift card inline in the chat: the blue card (蓝包), its mode, the gift and its state for the
// viewer, in colour and with an icon. Its size comes from cardLayout, which the chat's layout reads too.
import { Box, Text } from 'ink';
import React from 'react';
import type { Packet, State, UserId } from '../../domain/types';
import type { Lang } from '../../i18n';
import { cardLayout, cardLook } from './card-lines';
import { THEME } from '../theme';

/** `width`: the chat's; the card takes what it needs of it. */
export function GiftCard(props: { state: State; packet: Packet; user: UserId; lang: Lang; width: number; selected: boolean; mine: boolean }) {
  const { state, packet, user, lang, width, selected, mine } = props;
  const look = cardLook(state, packet, user, lang);
  const card = cardLayout(look, width);
  return (
    <Box
      width={card.width}
      borderStyle={selected ? 'double' : 'round'}
      borderColor={selected ? THEME.card.selected : THEME.card.border}
      flexDirection="column"
      paddingX={1}
      alignSelf={mine ? 'flex-end' : 'flex-start'}
    >
      <Text color={THEME.card.title} bold wrap="truncate">
        {card.title}
      </Text>
      {card.gifts.map((l, i) => (
        <Text key={`g${i}`} wrap="truncate">
          {l}
        </Text>
      ))}
      {card.state.map((l, i) => (
        <Text key={`s${i}`} color={look.color} bold={look.color !== THEME.muted} wrap="truncate">
          {l}
        </Text>
      ))}
    </Box>
  );
}
