// The feed: each post's time and poster, what was given (a secret gift as a mystery), the
// broadcast effect, and a price only where the sender showed it. Never an address: a post has none.
import { Box, Text } from 'ink';
import React from 'react';
import { yuan } from '../../../domain/money';
import { toShort } from '../../../domain/time';
import type { State } from '../../../domain/types';
import { giftName, userName } from '../../../i18n/events';
import { sayer, type Lang } from '../../../i18n';
import { FEED } from '../../../i18n/screens/feed';
import { feedFor, type FeedPost } from '../../../insights/feed';
import { displaySafe } from '../../text/sanitize';
import { truncate, wrap } from '../../text/width';
import { THEME } from '../../theme';
import type { ViewProps } from '../view';
import type { FeedScreen } from './reducer';

interface PostLine {
  text: string;
  color?: string;
  bold?: boolean;
}

/** A post's lines at this width: who and when, what, the effect, the price. */
export function postLines(state: State, p: FeedPost, lang: Lang, w: number): PostLine[] {
  const t = sayer(lang);
  const name = (id: string) => displaySafe(userName(state, id));
  // Names are kept whole where a line wraps: the people and the gifts of the post.
  const gifts = p.gifts === null ? [] : p.gifts.map((g) => displaySafe(giftName(state, g.sku, g.spec)));
  const keep = [...new Set([p.by, p.sender, p.to].filter((u): u is string => typeof u === 'string').map(name)), ...gifts];
  const gift = p.gifts === null ? t(FEED.mystery) : p.gifts.map((g, i) => `${gifts[i]}${g.count > 1 ? ` ×${g.count}` : ''}`).join('、');
  let what: string;
  if (p.kind === 'share') what = t(FEED.shared, { by: name(p.by), sender: name(p.sender), gift });
  else {
    const target = p.to !== null ? t(FEED.toFriend, { to: name(p.to) }) : p.group !== null ? t(FEED.toGroup, { group: displaySafe(state.groups[p.group]?.name ?? p.group) }) : '';
    what = t(FEED.broadcast, { by: name(p.by), gift }) + target;
  }
  const out: PostLine[] = wrap(`${toShort(p.at)} · ${name(p.by)}`, w, { keep }).map((text) => ({ text, color: THEME.feed.who, bold: true }));
  for (const l of wrap(what, w, { keep })) out.push({ text: l });
  if (p.effect && p.gifts) {
    const labels = p.gifts.map((g) => displaySafe(state.catalog[g.sku]?.specs.find((s) => s.id === g.spec)?.label ?? g.spec));
    for (const l of wrap(`${p.effect} ${p.effect} ${p.effect}  ${labels.join(' ')}`, w, { keep: labels })) out.push({ text: l, color: THEME.feed.effect, bold: true });
  }
  if (p.price !== null) out.push({ text: t(FEED.price, { price: yuan(p.price) }), color: THEME.feed.price });
  return out;
}

export function FeedView({ screen, env }: ViewProps<FeedScreen>) {
  const t = sayer(env.lang);
  // Read afresh on each draw: the pane draws again exactly when the world changed.
  const posts = feedFor(env.state, env.user);
  const lines: PostLine[] = [];
  for (const p of posts.slice(screen.cursor)) {
    if (lines.length >= env.height) break;
    lines.push(...postLines(env.state, p, env.lang, env.width), { text: '' });
  }
  return (
    <Box flexDirection="column" width={env.width} height={env.height} overflow="hidden">
      <Text bold color={THEME.title} wrap="truncate">
        {truncate(`${t(FEED.title, { name: displaySafe(userName(env.state, env.user)) })}${posts.length > 1 ? `  ${screen.cursor + 1}/${posts.length}` : ''}`, env.width)}
      </Text>
      {posts.length === 0
        ? wrap(t(FEED.empty), env.width).map((l, i) => (
            <Text key={i} color={THEME.muted}>
              {l}
            </Text>
          ))
        : lines.slice(0, Math.max(0, env.height - 2)).map((l, i) => (
            <Text key={i} wrap="truncate" {...(l.color ? { color: l.color } : {})} bold={l.bold === true}>
              {l.text}
            </Text>
          ))}
      <Text color={THEME.muted} wrap="truncate">
        {t(FEED.keys)}
      </Text>
    </Box>
  );
}
