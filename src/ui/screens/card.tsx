// An opened gift card: what it is, its state for this user, and what they can do — take it,
// enter the lottery, switch the variant, accept, redeem a voucher. Every choice is an engine
// command; the outcome (抢到了 / 手慢了 / a refusal) comes back from the engine.
import { Box, Text } from 'ink';
import React from 'react';
import type { Command } from '../../domain/commands';
import type { RefusalCode } from '../../domain/errors';
import { refusalMessage } from '../../i18n/refusals';
import { maskPhone } from '../../domain/address';
import { claimNeedsAddress } from '../../domain/rules';
import { yuan } from '../../domain/money';
import { toShort } from '../../domain/time';
import type { Address, Packet, State, UserId } from '../../domain/types';
import { cardView } from '../../domain/views';
import { modeName, unitStateName } from '../../i18n/domain-words';
import { giftName, userName } from '../../i18n/events';
import type { Lang } from '../../i18n';
import { cardLook } from '../components/card-lines';
import { Menu } from '../components/Menu';
import { many, moveCursor, tr, type Effect, type Env } from '../model/effects';
import type { Screen } from '../model/screens';
import { displaySafe } from '../text/sanitize';
import { truncate, wrap } from '../text/width';
import type { ScreenModule } from './types';

type Card = Extract<Screen, { kind: 'card' }>;

export interface CardOption {
  id: string;
  label: string;
  disabled?: string;
}

/** Open a card: the engine records the look (and, under reserve-on-open, holds a unit). */
export function openCard(packet: string, env: Env): Effect {
  const screen: Card = { kind: 'card', packet, cursor: 0, error: null };
  return {
    type: 'run',
    command: { type: 'open', as: env.user, packet },
    ok: () => ({ type: 'push', screen }),
    fail: (r) => (r.code === 'SOLD_OUT' ? { type: 'push', screen: resultFor(r.code, packet, env.lang) } : { type: 'push', screen: { ...screen, error: refusalMessage(r.code, env.lang) } }),
  };
}

export function cardOptions(state: State, p: Packet, user: UserId, lang: Lang): CardOption[] {
  const s = tr(lang);
  const v = cardView(state, p, user);
  const out: CardOption[] = [];
  if (v.state === 'claimable') out.push({ id: 'claim', label: claimNeedsAddress(state, p, user) ? s('填地址领取', 'Fill an address to take it') : s('领取', 'Take it') });
  if (v.state === 'joinable') out.push({ id: 'join', label: s('参与抽奖', 'Enter the lottery') });
  if (v.state === 'toAccept') {
    const u = p.units[v.mine]!;
    const product = state.catalog[u.sku]!;
    if (p.mode === 'direct' || p.mode === 'lottery')
      for (const spec of product.specs)
        if (spec.id !== u.spec && spec.price === u.price) out.push({ id: `spec:${spec.id}`, label: s(`换成 ${spec.label}`, `Switch to ${spec.label}`) });
    out.push({ id: 'claim', label: claimNeedsAddress(state, p, user) ? s('填地址，收下礼物', 'Fill an address and accept') : s('收下礼物', 'Accept the gift') });
  }
  if (v.state === 'claimed') {
    const u = p.units[v.mine]!;
    if (u.voucher && !u.redeemed) out.push({ id: 'redeem', label: s('到店核销券码', 'Redeem at the shop') });
  }
  out.push({ id: 'close', label: s('返回聊天', 'Back to the chat') });
  return out;
}

const RESULT: Partial<Record<RefusalCode, { tone: 'bad' | 'info'; zh: [string, string]; en: [string, string] }>> = {
  SOLD_OUT: { tone: 'bad', zh: ['手慢了', '礼物已被领完'], en: ['Too slow', 'All the gifts have been taken'] },
  EXPIRED: { tone: 'bad', zh: ['已过期', '这份礼物已过期并退回'], en: ['Expired', 'This gift expired and was refunded'] },
  NOT_WINNER: { tone: 'info', zh: ['未中奖', '下次好运'], en: ['Not drawn', 'Better luck next time'] },
};

export function resultFor(code: RefusalCode, packet: string, lang: Lang): Screen {
  const r = RESULT[code];
  if (!r) return { kind: 'result', packet, tone: 'bad', title: code, detail: refusalMessage(code, lang) };
  const [title, detail] = r[lang];
  return { kind: 'result', packet, tone: r.tone, title, detail };
}

/**
 * The claim command, then 抢到了 / 已收下 or the refusal as a result screen in the card's place.
 * `above` is how many screens sit above the card (the address form: 1).
 */
export function claimEffect(env: Env, packet: string, address: number | Address | undefined, above: number): Effect {
  const s = tr(env.lang);
  const p = env.state.packets[packet]!;
  const command: Command = { type: 'claim', as: env.user, packet, ...(address !== undefined ? { address } : {}) };
  return {
    type: 'run',
    command,
    ok: (o) => {
      const sku = String(o.result?.sku ?? '');
      const gift = giftName(env.state, sku, String(o.result?.spec ?? ''));
      const voucher = typeof o.result?.voucher === 'string' ? s(` 券码 ${o.result.voucher}`, ` voucher ${o.result.voucher}`) : '';
      const title = p.mode === 'direct' || p.mode === 'lottery' ? s('已收下礼物', 'Gift accepted') : s('抢到了！', 'Got it!');
      return many({ type: 'pop', n: above }, { type: 'replace', screen: { kind: 'result', packet, tone: 'good', title, detail: `${gift}${voucher}` } });
    },
    fail: (r) =>
      r.code === 'INVALID_ADDRESS'
        ? { type: 'notice', text: refusalMessage(r.code, env.lang), tone: 'bad' }
        : many({ type: 'pop', n: above }, { type: 'replace', screen: resultFor(r.code, packet, env.lang) }),
  };
}

export const cardModule: ScreenModule<Card> = {
  actions: () => ['up', 'down', 'select', 'back'],
  act(s, a, env) {
    const p = env.state.packets[s.packet];
    if (!p) return { type: 'pop' };
    const options = cardOptions(env.state, p, env.user, env.lang);
    const choice = options[Math.min(s.cursor, options.length - 1)];
    switch (a.id) {
      case 'up':
      case 'down':
        return moveCursor(s, a, options.length);
      case 'back':
        return { type: 'pop' };
      case 'select':
        if (!choice || choice.id === 'close') return { type: 'pop' };
        return chooseOption(s, choice.id, env);
      default:
        return null;
    }
  },
  View({ screen, env }) {
    const p = env.state.packets[screen.packet];
    const s = tr(env.lang);
    if (!p) return <Text color="red">{s('没有这份礼物', 'No such gift')}</Text>;
    const look = cardLook(env.state, p, env.user, env.lang);
    const options = cardOptions(env.state, p, env.user, env.lang);
    const w = env.width;
    const lines = detailLines(env.state, p, env.user, env.lang, w);
    const room = Math.max(0, env.height - 4 - options.length - (screen.error ? 1 : 0));
    return (
      <Box flexDirection="column" width={w} height={env.height} overflow="hidden">
        <Box borderStyle="round" borderColor="blue" flexDirection="column" paddingX={1} width={w}>
          <Text color="blueBright" bold wrap="truncate">
            {truncate(`${look.icon} ${modeName(p.mode, env.lang)} · ${displaySafe(userName(env.state, p.sender))}`, w - 4)}
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
          <Text color="red" wrap="truncate">
            {screen.error}
          </Text>
        )}
        <Menu items={options} cursor={Math.min(screen.cursor, options.length - 1)} width={w} />
      </Box>
    );
  },
};

function chooseOption(s: Card, id: string, env: Env): Effect | null {
  const p = env.state.packets[s.packet]!;
  if (id === 'join')
    return {
      type: 'run',
      command: { type: 'join', as: env.user, packet: p.id },
      ok: () => ({ type: 'notice', text: tr(env.lang)('已参与抽奖，等待开奖', 'You are in: wait for the draw'), tone: 'good' }),
      fail: (r) => ({ type: 'replace', screen: { ...s, error: refusalMessage(r.code, env.lang) } }),
    };
  if (id === 'redeem')
    return {
      type: 'run',
      command: { type: 'redeem', as: env.user, packet: p.id },
      ok: (o) => ({ type: 'notice', text: tr(env.lang)(`已核销 ${String(o.result?.voucher ?? '')}`, `Redeemed ${String(o.result?.voucher ?? '')}`), tone: 'good' }),
      fail: (r) => ({ type: 'replace', screen: { ...s, error: refusalMessage(r.code, env.lang) } }),
    };
  if (id.startsWith('spec:'))
    return {
      type: 'run',
      command: { type: 'spec', as: env.user, packet: p.id, to: id.slice(5) },
      ok: () => ({ type: 'replace', screen: { ...s, cursor: 0, error: null } }),
      fail: (r) => ({ type: 'replace', screen: { ...s, error: refusalMessage(r.code, env.lang) } }),
    };
  if (id === 'claim') {
    if (!claimNeedsAddress(env.state, p, env.user)) return claimEffect(env, p.id, undefined, 0);
    return {
      type: 'push',
      screen: { kind: 'address', packet: p.id, cursor: 0, values: { name: '', phone: '', region: '', detail: '' }, editing: null, errors: {}, refusal: null },
    };
  }
  return null;
}

interface Line {
  text: string;
  color?: string;
}

/** The card's detail for this viewer. The sender sees who took each unit, never an address. */
export function detailLines(state: State, p: Packet, user: UserId, lang: Lang, width: number): Line[] {
  const s = tr(lang);
  const w = Math.max(8, width - 4);
  const out: Line[] = [];
  const push = (text: string, color?: string) => {
    for (const l of wrap(text, w)) out.push({ text: l, ...(color ? { color } : {}) });
  };
  if (p.message) push(`“${displaySafe(p.message)}”`, 'yellow');
  const price = p.units.reduce((n, u) => n + u.price, 0);
  push(`${s('共', 'In all')} ${p.units.length} ${s('份', p.units.length === 1 ? 'gift' : 'gifts')} · ${yuan(price)}`);
  if (p.lottery) {
    const lot = p.lottery;
    push(s(`开奖 ${toShort(lot.drawAt)} · ${lot.entrants.length}人参与`, `draw ${toShort(lot.drawAt)} · ${lot.entrants.length} in`));
    if (lot.drawn) {
      push(`${s('中奖', 'Winners')}: ${lot.winners!.length ? lot.winners!.map((u) => userName(state, u)).join('、') : s('无', 'none')}`, 'magenta');
      push(`${s('种子', 'seed')} ${lot.drawSeed.slice(0, 16)}…`, 'gray');
    } else push(`${s('承诺', 'commit')} ${lot.commitment.slice(0, 16)}…`, 'gray');
  }
  if (p.expiresAt !== null) {
    // After a draw the deadline is the winners' to accept, not the card's.
    const deadline = toShort(p.expiresAt);
    push(p.lottery ? s(`中奖者 ${deadline} 前收下`, `winners accept by ${deadline}`) : s(`${deadline} 前有效`, `valid until ${deadline}`), 'gray');
  }
  // The gifts, then the units: open ones summed up per gift (a grab of 50 is one line), taken
  // ones listed with who has them, the viewer's own first. With one kind of gift the unit lines
  // leave its name out, so each fits on a line.
  const kinds = new Map<string, number>();
  for (const u of p.units) kinds.set(giftName(state, u.sku, u.spec), (kinds.get(giftName(state, u.sku, u.spec)) ?? 0) + 1);
  for (const [gift, n] of kinds) push(`🎁 ${gift} ×${n}`);
  const one = kinds.size === 1;
  const open = new Map<string, number>();
  for (const u of p.units) if (u.state === 'open') open.set(giftName(state, u.sku, u.spec), (open.get(giftName(state, u.sku, u.spec)) ?? 0) + 1);
  for (const [gift, n] of open) push(`${unitStateName('open', lang)} ×${n}${one ? '' : ` ${gift}`}`);
  // Refunded units nobody held are summed up like the open ones.
  const back = new Map<string, number>();
  for (const u of p.units) if (u.state === 'refunded' && !u.holder) back.set(giftName(state, u.sku, u.spec), (back.get(giftName(state, u.sku, u.spec)) ?? 0) + 1);
  for (const [gift, n] of back) push(`${unitStateName('refunded', lang)} ×${n}${one ? '' : ` ${gift}`}`, 'gray');
  const taken = p.units.filter((u) => u.state !== 'open' && !(u.state === 'refunded' && !u.holder));
  taken.sort((a, b) => Number(b.holder === user) - Number(a.holder === user));
  for (const u of taken) {
    const mine = u.holder === user;
    const holder = u.holder ? `${userName(state, u.holder)} ` : '';
    let extra = '';
    if (mine && u.address) extra = ` · ${u.address.name} ${maskPhone(u.address.phone)}`; // the holder sees their own address
    else if (user === p.sender && u.state === 'claimed' && u.address) extra = s(' · 已填地址', ' · address filled');
    if (mine && u.voucher) extra += ` · ${s('券码', 'code')} ${u.voucher}${u.redeemed ? s(' 已核销', ' redeemed') : ''}`;
    if (mine && u.state === 'claimed' && state.catalog[u.sku]?.delivery === 'virtual') extra += s(' · 已放入卡包', ' · in your wallet');
    push(`${holder}${unitStateName(u.state, lang)}${one ? '' : ` ${giftName(state, u.sku, u.spec)}`}${extra}`, mine ? 'green' : u.state === 'refunded' ? 'gray' : undefined);
  }
  return out;
}
