// How a scenario step looks when the acting user does it in their pane: the screens they pass
// through (the shop with the gift highlighted, the variant, the mode, the form, the confirm
// screen; the card and the address form), built from the step's own command. The engine
// command that follows is the step's; these screens only show the way to it.
import type { Command, SendCommand } from '../domain/commands';
import type { Outcome } from '../domain/engine';
import { chatOf } from '../domain/rules';
import { HOUR } from '../domain/time';
import type { State } from '../domain/types';
import type { Lang } from '../i18n';
import { ADDRESS_FIELDS, type Draft, type Screen } from '../ui/model/screens';
import { cardOptions, resultFor } from '../ui/screens/card';
import { MODES } from '../ui/screens/mode';
import { tr } from '../ui/model/effects';
import { giftName } from '../i18n/events';

/** The screens before the command runs, in order. */
export function screensBefore(state: State, cmd: Command, lang: Lang): Screen[] {
  switch (cmd.type) {
    case 'send':
      return sendScreens(state, cmd);
    case 'open':
      return state.packets[cmd.packet] ? [{ kind: 'card', packet: cmd.packet, cursor: 0, error: null }] : [];
    case 'join':
    case 'spec':
    case 'redeem':
    case 'claim': {
      const p = state.packets[cmd.packet];
      if (!p) return [];
      const options = cardOptions(state, p, cmd.as, lang);
      const want = cmd.type === 'spec' ? `spec:${cmd.to}` : cmd.type;
      const cursor = Math.max(0, options.findIndex((o) => o.id === want));
      const card: Screen = { kind: 'card', packet: cmd.packet, cursor, error: null };
      if (cmd.type !== 'claim' || cmd.address === undefined) return [card];
      const saved = state.users[cmd.as]?.addresses ?? [];
      if (typeof cmd.address === 'number') {
        return [card, { kind: 'address', packet: cmd.packet, cursor: cmd.address, values: { name: '', phone: '', region: '', detail: '' }, editing: null, errors: {}, refusal: null }];
      }
      const a = cmd.address as Partial<Record<(typeof ADDRESS_FIELDS)[number], unknown>>;
      const values = Object.fromEntries(ADDRESS_FIELDS.map((f) => [f, typeof a[f] === 'string' ? a[f] : ''])) as Record<(typeof ADDRESS_FIELDS)[number], string>;
      return [card, { kind: 'address', packet: cmd.packet, cursor: saved.length + 4, values, editing: null, errors: {}, refusal: null }];
    }
    case 'say':
      return [{ kind: 'chat', cursor: null, input: cmd.text, editing: null }];
    default:
      return [];
  }
}

function sendScreens(state: State, cmd: SendCommand): Screen[] {
  if (cmd.mode === 'redpacket' || cmd.mode === 'code') return []; // no shop screens for these yet
  const first = cmd.mode === 'luckybag' ? cmd.items?.[0] : { sku: cmd.sku ?? '', spec: cmd.spec, count: cmd.count ?? 1 };
  const product = first ? state.catalog[first.sku] : undefined;
  if (!first || !product) return [];
  const spec = first.spec ?? product.specs[0]?.id ?? '';
  const skuIndex = Object.keys(state.catalog).indexOf(product.id);
  const specIndex = Math.max(0, product.specs.findIndex((s) => s.id === spec));
  const draft: Draft = {
    mode: cmd.mode,
    items:
      cmd.mode === 'luckybag'
        ? (cmd.items ?? []).map((it) => ({ sku: it.sku, spec: it.spec ?? state.catalog[it.sku]?.specs[0]?.id ?? '', count: it.count }))
        : [{ sku: product.id, spec, count: cmd.mode === 'direct' ? 1 : (cmd.count ?? 1) }],
    to: cmd.to ?? null,
    group: cmd.group ?? null,
    drawHours: cmd.drawAt ? Math.max(1, Math.round((cmd.drawAt - state.now) / HOUR)) : 1,
    eligible: cmd.eligible ?? 'all',
    message: cmd.message ?? '',
  };
  return [
    { kind: 'shop', tab: 0, cursor: Math.max(0, skuIndex), query: '', editing: null, bag: null },
    { kind: 'product', sku: product.id, cursor: specIndex, bag: null },
    { kind: 'mode', sku: product.id, spec, cursor: Math.max(0, MODES.indexOf(cmd.mode)) },
    { kind: 'compose', draft, cursor: 0, editing: null, error: null },
    { kind: 'confirm', draft, cursor: 0, error: null },
  ];
}

/** The screen after the command: 抢到了 / 手慢了 for a claim, else none (the chat shows it). */
export function screenAfter(state: State, cmd: Command, outcome: Outcome, lang: Lang): Screen | null {
  if (cmd.type !== 'claim') return null;
  if (!outcome.ok) return resultFor(outcome.code, cmd.packet, lang);
  const p = state.packets[cmd.packet];
  const s = tr(lang);
  const gift = giftName(state, String(outcome.result?.sku ?? ''), String(outcome.result?.spec ?? ''));
  const title = p && (p.mode === 'direct' || p.mode === 'lottery') ? s('已收下礼物', 'Gift accepted') : s('抢到了！', 'Got it!');
  return { kind: 'result', packet: cmd.packet, tone: 'good', title, detail: gift };
}

/** Which chat each pane shows once a step is done: the acting user (and a direct gift's
 * recipient) look at the chat the packet lives in. */
export function chatsAfter(state: State, cmd: Command, outcome: Outcome, users: string[], chats: string[]): string[] {
  const packetId = cmd.type === 'send' ? (outcome.ok ? String(outcome.result?.packet) : undefined) : 'packet' in cmd ? cmd.packet : undefined;
  const p = packetId ? state.packets[packetId] : undefined;
  if (!p || !('as' in cmd)) return chats;
  const chat = chatOf(p);
  return users.map((u, i) => (u === cmd.as || (p.group === null && (u === p.to || u === p.sender)) ? chat : chats[i]!));
}
