// The presenter's timeline: every engine event on one line (time, who, what, money moved),
// newest at the bottom, the money events in colour. A claim and the money it settles are one
// line. In a live session, events at the same simulated instant as the send of their packet (a
// race: the clock does not move while the group grabs) also say how many seconds after the send
// they came, on the presenter's clock.
import { Box, Text } from 'ink';
import React from 'react';
import { toShort } from '../../domain/time';
import type { DomainEvent, State } from '../../domain/types';
import { describeEvent } from '../../i18n/events';
import type { Lang } from '../../i18n';
import { sayer } from '../../i18n';
import { APP } from '../../i18n/app';
import type { World } from '../app/runner';
import { THEME } from '../theme';
import { displaySafe } from '../text/sanitize';
import { truncate, width as widthOf } from '../text/width';

/** When events were seen on the presenter's clock (ms): each by its seq, and each packet's send. */
export interface Stamps {
  event(seq: number): number | undefined;
  sent(packet: string): { at: number; ms: number } | undefined;
}

/** A settled event that pays for the claim just before it (same packet and unit). */
const paysFor = (e: DomainEvent, prev: DomainEvent | undefined): boolean =>
  e.type === 'settled' && prev?.type === 'claimed' && prev.packet === e.packet && prev.unit === e.unit;

/**
 * The last `n` lines, newest last, without walking the whole log: a claim and its settlement on
 * one line when it fits in `cols` (with its time), else on two, so no amount is cut.
 */
export function lastLines(state: State, n: number, lang: Lang, cols = Infinity): Array<{ e: DomainEvent; text: string }> {
  const out: Array<{ e: DomainEvent; text: string }> = [];
  let tail: { e: DomainEvent; text: string } | null = null;
  for (let i = state.events.length - 1; i >= 0 && out.length < n; i--) {
    const e = state.events[i]!;
    const text = describeEvent(state, e, lang);
    if (text === null) continue;
    if (paysFor(e, state.events[i - 1])) {
      tail = { e, text };
      continue;
    }
    const merged = tail && `${text} · ${tail.text}`;
    if (merged !== null && widthOf(`${toShort(e.at)} ${merged}`) <= cols) out.unshift({ e, text: merged });
    else {
      if (tail) out.unshift(tail);
      if (out.length < n) out.unshift({ e, text });
    }
    tail = null;
  }
  return out;
}

/** "+1.8s" for an event that came that long after its packet's send, at the same simulated instant. */
function raceTime(e: DomainEvent, stamps: Stamps): string {
  if (!('packet' in e) || typeof e.packet !== 'string') return '';
  const sent = stamps.sent(e.packet);
  const ms = stamps.event(e.seq);
  if (!sent || sent.at !== e.at || ms === undefined || ms - sent.ms < 100) return '';
  return ` +${((ms - sent.ms) / 1000).toFixed(1)}s`;
}

/** Redrawn only when the world changed (or the size). */
export const Timeline = React.memo(function Timeline({ world, lang, width, height, stamps }: { world: World; lang: Lang; width: number; height: number; stamps?: Stamps }) {
  const t = sayer(lang);
  const lines = lastLines(world.state, Math.max(0, height - 2), lang, width - 2);
  return (
    <Box width={width} height={height} borderStyle="round" borderColor={THEME.muted} flexDirection="column">
      {lines.length === 0 && <Text color={THEME.muted}>{t(APP.timelineEmpty)}</Text>}
      {lines.map(({ e, text }) => (
        <Text key={e.seq} color={THEME.event[e.type]} wrap="truncate">
          {truncate(`${toShort(e.at)}${stamps ? raceTime(e, stamps) : ''} ${displaySafe(text)}`, width - 2)}
        </Text>
      ))}
    </Box>
  );
});
