// A gift card inline in the chat: the blue card (蓝包), or the red one of a 红包, its mode, the gift
// and its state for the viewer, in colour and with an icon. Its size comes from cardLayout, which
// the chat's layout reads too.
import { Box, Text } from 'ink';
import React from 'react';
import type { Packet, State, UserId } from '../../domain/types';
import type { Lang } from '../../i18n';
import { cardDue, cardLayout, cardLook } from './card-lines';
import { truncate } from '../text/width';
import { THEME } from '../theme';

/** `width`: the chat's; the card takes what it needs of it. `large`: on one person's phone. */
export function GiftCard(props: { state: State; packet: Packet; user: UserId; lang: Lang; width: number; selected: boolean; mine: boolean; large?: boolean }) {
  const { state, packet, user, lang, width, selected, mine, large = false } = props;
  const look = cardLook(state, packet, user, lang);
  // Large: more air, the gift in bold, and when the card is due.
  const card = cardLayout(look, width, large);
  const role = look.role === 'hongbao' ? THEME.redCard : THEME.card;
  return (
    <Box
      width={card.width}
      {...(large ? { height: card.height } : {})}
      borderStyle={selected ? 'double' : 'round'}
      borderColor={selected ? role.selected : role.border}
      flexDirection="column"
      paddingX={large ? 2 : 1}
      alignSelf={mine ? 'flex-end' : 'flex-start'}
    >
      <Text color={role.title} bold wrap="truncate">
        {card.title}
      </Text>
      {large && <Text> </Text>}
      {card.gifts.map((l, i) => (
        <Text key={`g${i}`} bold={large} wrap="truncate">
          {l}
        </Text>
      ))}
      {card.state.map((l, i) => (
        <Text key={`s${i}`} color={look.color} bold={look.color !== THEME.muted} wrap="truncate">
          {l}
        </Text>
      ))}
      {large && (
        <Text color={THEME.muted} wrap="truncate">
          {truncate(cardDue(packet, lang), card.inner)}
        </Text>
      )}
    </Box>
  );
}
