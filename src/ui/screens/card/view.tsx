import { Box, Text } from 'ink';
import React from 'react';
import { maskPhone } from '../../../domain/address';
import { yuan } from '../../../domain/money';
import { toShort } from '../../../domain/time';
import type { Packet, State, UserId } from '../../../domain/types';
import { modeName, unitStateName } from '../../../i18n/domain-words';
import { giftName, userName } from '../../../i18n/events';
import { sayer, type Lang } from '../../../i18n';
import { CARD } from '../../../i18n/screens/card';
import { cardLook } from '../../components/card-lines';
import { CODE_TRIES } from '../../../domain/claim';
import { setting } from '../../../domain/settings';
import { isMystery } from '../../../domain/views';
import { Menu } from '../../components/Menu';
import { displaySafe } from '../../text/sanitize';
import { truncate, wrap } from '../../text/width';
import { THEME, type Colour } from '../../theme';
import type { ViewProps } from '../view';
import { cardOptions, type CardScreen } from './reducer';

export function CardView({ screen, env }: ViewProps<CardScreen>) {
  const p = env.state.packets[screen.packet];
  const t = sayer(env.lang);
  if (!p) return <Text color={THEME.error}>{t(CARD.noSuchGift)}</Text>;
  const look = cardLook(env.state, p, env.user, env.lang);
  const options = cardOptions(env.state, p, env.user, env.lang);
  const w = env.width;
  const lines = detailLines(env.state, p, env.user, env.lang, w);
  const room = Math.max(0, env.height - 4 - options.length - (screen.error ? 1 : 0));
  return (
    <Box flexDirection="column" width={w} height={env.height} overflow="hidden">
      <Box borderStyle="round" borderColor={THEME.card.border} flexDirection="column" paddingX={1} width={w}>
        <Text color={THEME.card.title} bold wrap="truncate">
          {truncate(`${look.icon} ${look.lines[0]}`, w - 4)}
        </Text>
        {lines.slice(0, room).map((l, i) => (
          <Text key={i} color={l.color} wrap="truncate">
            {l.text}
          </Text>
        ))}
        <Text color={look.color} bold wrap="truncate">
          {truncate(look.stateText, w - 4)}
        </Text>
      </Box>
      {screen.error && (
        <Text color={THEME.error} wrap="truncate">
          {screen.error}
        </Text>
      )}
      <Menu items={options} cursor={Math.min(screen.cursor, options.length - 1)} width={w} />
    </Box>
  );
}

interface Line {
  text: string;
  color?: Colour;
}

/** The card's detail for this viewer. The sender sees who took each unit, never an address. */
export function detailLines(state: State, p: Packet, user: UserId, lang: Lang, width: number): Line[] {
  const t = sayer(lang);
  const w = Math.max(8, width - 4);
  const out: Line[] = [];
  // Every line names users, gifts or variants: each is cleaned for the pane as it is pushed, and
  // a gift's name is kept whole where a line wraps.
  const names = [...new Set(p.units.map((u) => displaySafe(giftName(state, u.sku, u.spec))))];
  const push = (text: string, color?: Colour) => {
    for (const l of wrap(displaySafe(text), w, { keep: names })) out.push({ text: l, ...(color ? { color } : {}) });
  };
  if (p.message) push(`“${displaySafe(p.message)}”`, THEME.detail.message);
  // JD 保密: until the viewer took one, no product, no price.
  const mystery = isMystery(p, user);
  const price = p.units.reduce((n, u) => n + u.price, 0);
  push(`${t(CARD.inAll)} ${p.units.length} ${t(p.units.length === 1 ? CARD.oneGift : CARD.manyGifts)}${mystery ? '' : ` · ${yuan(price)}`}`);
  if (p.replyTo) push(t(CARD.replyOf, { who: displaySafe(userName(state, p.to ?? '')) }), THEME.badge.reply);
  if (p.code) codeLines(state, p, user, lang).forEach((l) => push(l));
  if (p.lottery) {
    const lot = p.lottery;
    push(t(CARD.drawAt, { at: toShort(lot.drawAt), n: lot.entrants.length }));
    if (lot.drawn) {
      push(`${t(CARD.winners)}: ${lot.winners!.length ? lot.winners!.map((u) => userName(state, u)).join('、') : t(CARD.nobody)}`, THEME.detail.winners);
      push(`${t(CARD.seed)} ${lot.drawSeed.slice(0, 16)}…`, THEME.detail.proof);
    } else push(`${t(CARD.commit)} ${lot.commitment.slice(0, 16)}…`, THEME.detail.proof);
  }
  if (p.expiresAt !== null) {
    // After a draw the deadline is the winners' to accept, not the card's.
    const deadline = toShort(p.expiresAt);
    push(p.lottery ? t(CARD.acceptBy, { at: deadline }) : t(CARD.validUntil, { at: deadline }), THEME.muted);
  }
  // The gifts, then the units: open ones summed up per gift (a grab of 50 is one line), taken
  // ones listed with who has them, the viewer's own first. With one kind of gift the unit lines
  // leave its name out, so each fits on a line.
  const count = (keep: (u: Packet['units'][number]) => boolean) => {
    const m = new Map<string, number>();
    // A mystery counts its units as one kind: how many kinds it holds is a hint too.
    const key = (u: Packet['units'][number]) => (mystery ? '' : giftName(state, u.sku, u.spec));
    for (const u of p.units) if (keep(u)) m.set(key(u), (m.get(key(u)) ?? 0) + 1);
    return m;
  };
  const kinds = count(() => true);
  if (mystery) push(`🎁 ${t(CARD.mystery)} ×${p.units.length} · ${t(CARD.mysteryHint)}`, THEME.badge.mystery);
  else for (const [gift, n] of kinds) push(`🎁 ${gift} ×${n}`);
  // A mystery's units say nothing of which gift each is.
  const one = kinds.size === 1 || mystery;
  for (const [gift, n] of count((u) => u.state === 'open')) push(`${unitStateName('open', lang)} ×${n}${one ? '' : ` ${gift}`}`);
  // Refunded units nobody held are summed up like the open ones.
  for (const [gift, n] of count((u) => u.state === 'refunded' && !u.holder)) push(`${unitStateName('refunded', lang)} ×${n}${one ? '' : ` ${gift}`}`, THEME.muted);
  const taken = p.units.filter((u) => u.state !== 'open' && !(u.state === 'refunded' && !u.holder));
  taken.sort((a, b) => Number(b.holder === user) - Number(a.holder === user));
  for (const u of taken) {
    const mine = u.holder === user;
    const holder = u.holder ? `${userName(state, u.holder)} ` : '';
    let extra = '';
    if (mine && u.address) extra = ` · ${u.address.name} ${maskPhone(u.address.phone)}`; // the holder sees their own address
    else if (user === p.sender && u.state === 'claimed' && u.address) extra = t(CARD.addressFilled);
    if (mine && u.voucher) extra += ` · ${t(CARD.code)} ${u.voucher}${u.redeemed ? t(CARD.codeRedeemed) : ''}`;
    if (mine && u.state === 'claimed' && state.catalog[u.sku]?.delivery === 'virtual') extra += t(CARD.inWallet);
    push(`${holder}${unitStateName(u.state, lang)}${one ? '' : ` ${giftName(state, u.sku, u.spec)}`}${extra}`, mine ? THEME.mine : u.state === 'refunded' ? THEME.muted : undefined);
  }
  return out;
}

/** A code gift's terms; for its sender, the 口令 and code to pass on and who got the code wrong
 * (the codes they typed are never shown); for anyone else, their own wrong tries. */
function codeLines(state: State, p: Packet, user: UserId, lang: Lang): string[] {
  const t = sayer(lang);
  const gift = p.code!;
  const out = [t(CARD.codeTerms, { pct: setting(state.settings, 'codeDiscount') })];
  const tries = (id: string) => t(CARD.codeTriesOf, { who: displaySafe(userName(state, id)), n: gift.wrong[id]!, locked: gift.wrong[id]! >= CODE_TRIES ? t(CARD.codeLockedMark) : '' });
  if (user === p.sender) {
    out.push(t(CARD.codeInfo, { token: p.id, code: gift.code }));
    const who = Object.keys(gift.wrong).sort();
    if (who.length) out.push(t(CARD.codeTries, { list: who.map(tries).join(lang === 'zh' ? '、' : ', ') }));
  } else if (Object.hasOwn(gift.wrong, user)) out.push(t(CARD.codeTries, { list: tries(user) }));
  return out;
}
