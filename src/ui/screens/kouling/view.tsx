import { Box, Text } from 'ink';
import React from 'react';
import { CODE_TRIES } from '../../../domain/claim';
import { unitOf } from '../../../domain/rules';
import { toShort } from '../../../domain/time';
import { userName } from '../../../i18n/events';
import { sayer } from '../../../i18n';
import { KOULING } from '../../../i18n/screens/kouling';
import { TextField } from '../../components/TextField';
import { giftNames, visibleGifts } from '../../components/card-lines';
import { wrongTries } from '../../model/explain';
import { koulingPacket } from '../../model/kouling';
import { displaySafe } from '../../text/sanitize';
import { truncate, width, wrap } from '../../text/width';
import { THEME } from '../../theme';
import type { ViewProps } from '../view';
import { koulingNeedsAddress, type KoulingScreen } from './reducer';

/** A pasted share text is long: the field keeps this much. */
const TEXT_MAX = 300;

export function KoulingView({ screen, env, focused, field }: ViewProps<KoulingScreen>) {
  const t = sayer(env.lang);
  const w = env.width;
  const p = (screen.packet ? env.state.packets[screen.packet] : null) ?? koulingPacket(env.state, screen.text);
  // What the 口令 names, as this user may see it: the gift (神秘礼物 if secret), what is left,
  // and their own standing — their tries, the lock, their own gift, one already taken.
  const about: Array<{ text: string; color?: string }> = [];
  if (p) {
    about.push({ text: `🔑 ${t(KOULING.gift, { who: displaySafe(userName(env.state, p.sender)) })} · ${visibleGifts(env.state, p, env.user, env.lang)}`, color: THEME.kouling.share });
    const left = p.units.filter((u) => u.state === 'open').length;
    about.push({ text: t(KOULING.left, { left, total: p.units.length, at: toShort(p.expiresAt ?? p.sentAt) }), color: THEME.muted });
    const wrong = wrongTries(p, env.user);
    if (p.sender === env.user) about.push({ text: t(KOULING.own), color: THEME.muted });
    else if (unitOf(p, env.user) >= 0) about.push({ text: t(KOULING.mine), color: THEME.muted });
    if (wrong >= CODE_TRIES) about.push({ text: t(KOULING.locked, { n: wrong }), color: THEME.error });
    else if (wrong > 0) about.push({ text: t(KOULING.tries, { n: wrong, left: CODE_TRIES - wrong }), color: THEME.warn });
  }
  const label = (row: number, text: string) => `${screen.cursor === row && screen.editing === null ? '▶ ' : '  '}${text}: `;
  const textLabel = label(0, t(KOULING.kouling));
  const codeLabel = label(1, t(KOULING.code));
  const go = p && koulingNeedsAddress(env, p) ? t(KOULING.takeWithAddress) : t(KOULING.take);
  return (
    <Box flexDirection="column" width={w} height={env.height} overflow="hidden">
      <Text bold color={THEME.title}>
        {t(KOULING.title)}
      </Text>
      <Box width={w}>
        <Text color={screen.cursor === 0 ? THEME.focus : undefined}>{textLabel}</Text>
        <TextField value={screen.text} focus={focused && screen.editing === 'text'} width={Math.max(4, w - width(textLabel))} rows={3} max={TEXT_MAX} placeholder={t(KOULING.paste)} field={field} />
      </Box>
      {about.flatMap((a, i) =>
        wrap(displaySafe(a.text), w, { keep: p ? giftNames(env.state, p, env.user) : [] }).map((l, j) => (
          <Text key={`${i}.${j}`} color={a.color} wrap="truncate">
            {l}
          </Text>
        )),
      )}
      <Box width={w}>
        <Text color={screen.cursor === 1 ? THEME.focus : undefined}>{codeLabel}</Text>
        <TextField value={screen.code} focus={focused && screen.editing === 'code'} width={Math.max(4, w - width(codeLabel))} max={4} placeholder={t(KOULING.codeHint)} field={field} />
      </Box>
      <Text inverse={screen.cursor === 2} color={screen.cursor === 2 ? THEME.focus : THEME.go.off} bold={screen.cursor === 2} wrap="truncate">
        {truncate(`${screen.cursor === 2 ? '▶ ' : '  '}${go}`, w)}
      </Text>
      {screen.error &&
        wrap(displaySafe(screen.error), w).map((l, i) => (
          <Text key={`e${i}`} color={THEME.error}>
            {l}
          </Text>
        ))}
    </Box>
  );
}
