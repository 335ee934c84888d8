// A gift card inline in the chat: the blue card (蓝包), its mode, the gift and its state for the
// viewer, in colour and with an icon. Its height is fixed (CARD_HEIGHT) for the chat's layout.
import { Box, Text } from 'ink';
import React from 'react';
import type { Packet, State, UserId } from '../../domain/types';
import type { Lang } from '../../i18n';
import { cardDue, cardLook, PHONE_CARD_HEIGHT, type CardLook } from './card-lines';
import { truncate } from '../text/width';
import { THEME } from '../theme';

export function GiftCard(props: { state: State; packet: Packet; user: UserId; lang: Lang; width: number; selected: boolean; mine: boolean; large?: boolean }) {
  const { state, packet, user, lang, width, selected, mine, large } = props;
  const look = cardLook(state, packet, user, lang);
  const inner = Math.max(8, width - 4);
  if (large) return <LargeCard {...props} look={look} inner={inner - 2} />;
  return (
    <Box
      width={width}
      borderStyle={selected ? 'double' : 'round'}
      borderColor={selected ? THEME.card.selected : THEME.card.border}
      flexDirection="column"
      paddingX={1}
      alignSelf={mine ? 'flex-end' : 'flex-start'}
    >
      <Text color={THEME.card.title} bold wrap="truncate">
        {truncate(`${look.icon} ${look.lines[0]}`, inner)}
      </Text>
      <Text wrap="truncate">{truncate(look.lines[1], inner)}</Text>
      <Text color={look.color} bold={look.color !== THEME.muted} wrap="truncate">
        {truncate(look.lines[2], inner)}
      </Text>
    </Box>
  );
}

/** The card on one person's phone (PHONE_CARD_HEIGHT rows): the same lines, more room, and when
 * it is due. */
function LargeCard({ packet, lang, width, selected, mine, look, inner }: Parameters<typeof GiftCard>[0] & { look: CardLook; inner: number }) {
  return (
    <Box
      width={width}
      height={PHONE_CARD_HEIGHT}
      borderStyle={selected ? 'double' : 'round'}
      borderColor={selected ? THEME.card.selected : THEME.card.border}
      flexDirection="column"
      paddingX={2}
      alignSelf={mine ? 'flex-end' : 'flex-start'}
    >
      <Text color={THEME.card.title} bold wrap="truncate">
        {truncate(`${look.icon} ${look.lines[0]}`, inner)}
      </Text>
      <Text> </Text>
      <Text bold wrap="truncate">
        {truncate(look.lines[1], inner)}
      </Text>
      <Text color={look.color} bold={look.color !== THEME.muted} wrap="truncate">
        {truncate(look.lines[2], inner)}
      </Text>
      <Text color={THEME.muted} wrap="truncate">
        {truncate(cardDue(packet, lang), inner)}
      </Text>
    </Box>
  );
}
