// A scenario step as a person would do it in their pane: the UI actions that lead to it (the
// shop, the variant, the mode, the options; the chat, the card, the address form…), worked out
// by running them through the same decider the keyboard feeds, so the way always matches the
// screens as they are. The last action is the commit: the one whose engine command the step is.
//
// The world stays the scenario's. The UI's own commands are never run: an open on the way to a
// claim is answered as accepted (the card opens, nothing is recorded), and the commit's command
// is replaced by the step's own, so the outcome is exactly the headless one. Where the screens
// cannot say the step exactly (a draw at +90m, an eligible list of people the form does not
// offer, an address the form would refuse), they go as close as they can and the step's command
// still runs.
import type { Command, SendCommand } from '../domain/commands';
import type { Accepted } from '../domain/engine';
import { chatFor } from '../domain/rules';
import { HOUR } from '../domain/time';
import type { Address } from '../domain/types';
import { decide, envFor, type Ctx } from '../ui/app/decide';
import { top, type Job, type Screen, type UiAction, type UiState } from '../ui/app/types';
import type { ActionId } from '../ui/keys/keymap';
import type { Packet } from '../domain/types';
import { shareText } from '../ui/model/kouling';
import { receivedOrders } from '../ui/model/orders';
import { yuanText } from '../ui/model/draft';
import { ADDRESS_FIELDS, savedAddresses } from '../ui/screens/address/reducer';
import { cardOptions } from '../ui/screens/card/reducer';
import { chatCards } from '../ui/screens/chat/reducer';
import { chatList } from '../ui/screens/chats/reducer';
import { rows } from '../ui/screens/compose/reducer';
import { MOMENTS } from '../ui/screens/card/share';
import { opensToClaim } from '../ui/screens/hongbao/reducer';
import { koulingNeedsAddress } from '../ui/screens/kouling/reducer';
import { modesFor } from '../ui/screens/mode/reducer';
import { orderOptions } from '../ui/screens/order/reducer';
import { candidates } from '../ui/screens/pick/reducer';
import { APPLY_ROW, PANEL, type PanelSetting } from '../ui/screens/settings/reducer';
import { onRedTab, shopProducts } from '../ui/screens/shop/reducer';

type PaneJob = Extract<Job, { pane: number }>;

/** The answer the screens get for a command of theirs that is not run while a step plays. */
export const ACCEPTED_UNRUN: Accepted = { ok: true, events: [] };

export interface StepPlan {
  /** The way to the step, in order (outcome actions answer the UI's own commands on the way). */
  actions: UiAction[];
  /** The action whose command the step is; null when the screens cannot get that far. */
  commit: UiAction | null;
  /** The command the screens would have run at the commit, and the screen that asked. */
  ui: PaneJob | null;
  /** The UI state after the way, before the commit. */
  before: UiState;
}

/** The actions for `cmd` in pane `pane`, from the UI state `ui`. Pure. */
export function planStep(ui: UiState, pane: number, cmd: Command, ctx: Ctx): StepPlan {
  const actions: UiAction[] = [];
  let state = ui;
  const screen = (): Screen => top(state.panes[pane]!);
  const env = () => envFor(state, pane, ctx);
  const act = (a: UiAction): Job[] => {
    const d = decide(state, a, ctx);
    state = d.ui;
    actions.push(a);
    return d.jobs;
  };
  /** A key; a command it asks for is answered as accepted, not run. */
  const key = (id: ActionId, times = 1) => {
    for (let i = 0; i < times; i++)
      for (const job of act({ type: 'key', id, pane }))
        if (job.pane !== null) act({ type: 'outcome', pane, from: job.from, command: job.command, outcome: ACCEPTED_UNRUN });
  };
  /** Move a list cursor to row `to`. */
  const moveTo = (to: number) => {
    const at = (screen() as { cursor?: number }).cursor ?? 0;
    if (to > at) key('down', to - at);
    if (to < at) key('up', at - to);
  };
  const type = (value: string) => {
    act({ type: 'text', pane, value });
  };
  const finish = (commit: UiAction | null): StepPlan => {
    const before = state;
    if (!commit) return { actions, commit, ui: null, before };
    const job = decide(state, commit, ctx).jobs.find((j): j is PaneJob => j.pane !== null) ?? null;
    // The screens would do something else there (open a red packet taken already): not this step.
    if (job && job.command.type !== cmd.type) return { actions, commit: null, ui: null, before };
    return { actions, commit, ui: job, before };
  };
  const select: UiAction = { type: 'key', id: 'select', pane };

  switch (cmd.type) {
    case 'say':
      if (cmd.chat !== state.panes[pane]!.chat) goToChat(cmd.chat);
      key('select');
      type(cmd.text);
      return finish({ type: 'submit', pane });
    case 'send':
      return finish(send(cmd) ? select : null);
    case 'aftersale':
      return finish(aftersale(cmd.packet));
    case 'settings':
      return finish(settings(cmd.changes));
    case 'open':
    case 'claim':
    case 'join':
    case 'spec':
    case 'redeem':
    case 'share': {
      const p = ctx.state.packets[cmd.packet];
      if (!p) return finish(null);
      // A code gift is taken by its 口令 and code (k), wherever the taker is.
      if (cmd.type === 'claim' && p.mode === 'code') return finish(claimByCode(p, cmd.code, cmd.address));
      if (!selectCard(p)) return finish(null);
      // A red packet opens and is taken in one key.
      if (cmd.type === 'open' || (cmd.type === 'claim' && p.mode === 'redpacket')) return finish(select);
      key('select');
      if (screen().kind !== 'card') return finish(null);
      const want = cmd.type === 'spec' ? `spec:${cmd.to}` : cmd.type === 'share' ? MOMENTS : cmd.type;
      const row = cardOptions(ctx.state, p, cmd.as, ctx.lang).findIndex((o) => o.id === want);
      if (row < 0) return finish(null);
      moveTo(row);
      if (cmd.type !== 'claim' || cmd.address === undefined) return finish(select);
      key('select');
      if (screen().kind !== 'address') return finish(null);
      return finish(address(cmd.address));
    }
    default:
      return finish(null);
  }

  /** In the chat where this pane's user sees the packet (a bulk gift to a list: their chat with
   * the company), the packet's card selected; false when it is not there. */
  function selectCard(p: Packet): boolean {
    const chat = chatFor(p, state.panes[pane]!.user);
    if (chat !== state.panes[pane]!.chat) goToChat(chat);
    const cards = chatCards(env());
    const at = cards.findIndex((m) => m.packet === p.id);
    if (at < 0) return false;
    key('up', cards.length - at);
    return true;
  }

  /** k: the 口令 as its sender passed it on, the code typed, then (a parcel) the address. */
  function claimByCode(p: Packet, code: string | undefined, a: number | Address | undefined): UiAction | null {
    key('kouling');
    if (screen().kind !== 'kouling' || code === undefined) return null;
    type(shareText(ctx.state, p, ctx.lang));
    act({ type: 'submit', pane });
    type(code);
    if (!koulingNeedsAddress(env(), p)) return a === undefined ? { type: 'submit', pane } : null;
    act({ type: 'submit', pane });
    if (screen().kind !== 'address' || a === undefined) return null;
    return address(a);
  }

  /** o: the order received, opened, 申请售后. */
  function aftersale(packet: string): UiAction | null {
    key('orders');
    const i = receivedOrders(ctx.state, state.panes[pane]!.user).findIndex((r) => r.packet === packet);
    if (screen().kind !== 'orders' || i < 0) return null;
    moveTo(i);
    key('select');
    const s = screen();
    if (s.kind !== 'order') return null;
    const row = orderOptions(s, env()).findIndex((o) => o.id === 'aftersale');
    if (row < 0) return null;
    moveTo(row);
    return select;
  }

  /** s: each setting of the change set on the panel (touched even when it already has the
   * value: the change names it), then 应用设置. */
  function settings(changes: Extract<Command, { type: 'settings' }>['changes']): UiAction | null {
    key('settings');
    const keys = Object.keys(changes);
    if (screen().kind !== 'settings' || !keys.every((k) => (PANEL as readonly string[]).includes(k))) return null;
    for (const [row, k] of PANEL.entries()) {
      if (!(k in changes)) continue;
      moveTo(row);
      const want = changes[k as PanelSetting];
      const s = screen();
      if (s.kind !== 'settings') return null;
      const have = s.values[k as PanelSetting];
      if (typeof want === 'boolean') key('select', want === have ? 2 : 1);
      else if (typeof want === 'number' && typeof have === 'number') {
        // Already so: away and back (from whichever side there is room on), so it is touched.
        if (want === have) for (const k of have > 0 ? (['left', 'right'] as const) : (['right', 'left'] as const)) key(k);
        else key(want > have ? 'right' : 'left', Math.abs(want - have));
      }
      const after = screen();
      if (after.kind !== 'settings' || after.values[k as PanelSetting] !== want) return null;
    }
    moveTo(APPLY_ROW);
    return select;
  }

  function goToChat(chat: string) {
    key('chats');
    const i = chatList(ctx.state, state.panes[pane]!.user, ctx.lang).findIndex((c) => c.chat === chat);
    if (i < 0) return key('back');
    moveTo(i);
    key('select');
  }

  function address(a: number | Address): UiAction {
    const saved = savedAddresses(env()).length;
    if (typeof a === 'number') {
      moveTo(Math.min(a, saved - 1));
      return select;
    }
    moveTo(saved);
    key('select');
    for (const f of ADDRESS_FIELDS) {
      type(typeof a[f] === 'string' ? a[f] : '');
      if (f !== 'detail') act({ type: 'submit', pane });
    }
    return { type: 'submit', pane };
  }

  /** The row of the compose form with this id (-1 when the form is not up or has none). */
  function draftRow(id: string): number {
    const s = screen();
    return s.kind === 'compose' ? rows(s.draft, ctx.state).findIndex((r) => r.id === id) : -1;
  }

  /** Type into a field of the compose form: Enter on its row, the text, Enter. */
  function fill(id: string, text: string) {
    moveTo(draftRow(id));
    key('select');
    type(text);
    act({ type: 'submit', pane });
  }

  /** Whether the 朋友圈 shows the price, the 赠言, 保密, then 下一步: the confirm screen. */
  function finishDraft(cmd: SendCommand): boolean {
    if (cmd.showPrice && draftRow('showPrice') >= 0) {
      moveTo(draftRow('showPrice'));
      key('select');
    }
    if (cmd.message) fill('message', cmd.message);
    if (cmd.secret) {
      if (draftRow('secret') < 0) return false;
      moveTo(draftRow('secret'));
      key('select');
    }
    moveTo(draftRow('next'));
    key('select');
    return screen().kind === 'confirm';
  }

  /** 红包: the shop's red tab (← from the first), the amount typed, the count, the split. */
  function sendRed(cmd: SendCommand): boolean {
    const amount = cmd.amount ?? 0;
    if (!Number.isSafeInteger(amount) || amount < 0) return false;
    key('shop');
    key('left');
    const s = screen();
    if (s.kind !== 'shop' || !onRedTab(ctx.state, s, ctx.lang)) return false;
    key('select');
    if (screen().kind !== 'compose') return false;
    fill('amount', yuanText(amount));
    moveTo(draftRow('packets'));
    key('plus', Math.max(0, (cmd.count ?? 1) - 1));
    const d = screen();
    if (d.kind !== 'compose' || d.draft.count !== cmd.count) return false;
    if (cmd.split !== undefined) {
      moveTo(draftRow('split'));
      // From the default (lucky, not chosen): equal is one switch, a lucky chosen is two.
      key('select', cmd.split === 'equal' ? 1 : 2);
    }
    return finishDraft(cmd);
  }

  /** 回礼: the card of the gift answered, its 回礼 option, then the gift from the shop. */
  function sendReply(cmd: SendCommand, sku: string, spec: string | undefined): boolean {
    const p = ctx.state.packets[cmd.replyTo ?? ''];
    if (!p || cmd.to !== p.sender || !selectCard(p)) return false;
    key('select');
    if (screen().kind !== 'card') return false;
    const row = cardOptions(ctx.state, p, state.panes[pane]!.user, ctx.lang).findIndex((o) => o.id === 'reply');
    if (row < 0) return false;
    moveTo(row);
    key('select');
    if (!pickProduct(sku, spec) || screen().kind !== 'compose') return false;
    return finishDraft(cmd);
  }

  /** The way to the confirm screen of a send; false when the screens cannot get there. */
  function send(cmd: SendCommand): boolean {
    if (cmd.mode === 'redpacket') return sendRed(cmd);
    const items = cmd.mode === 'luckybag' ? (cmd.items ?? []) : [{ sku: cmd.sku ?? '', spec: cmd.spec, count: cmd.count ?? 1 }];
    const first = items[0];
    if (!first) return false;
    if (cmd.replyTo !== undefined) return cmd.mode === 'direct' && sendReply(cmd, first.sku, first.spec);
    key('shop');
    if (!pickProduct(first.sku, first.spec)) return false;
    const modeRow = (modesFor(ctx.state, state.panes[pane]!.user) as string[]).indexOf(cmd.mode);
    if (modeRow < 0) return false;
    moveTo(modeRow);
    key('select');
    if (screen().kind !== 'compose') return false;
    if (cmd.mode === 'direct' && cmd.to) {
      moveTo(draftRow('to'));
      key('select');
      const i = pickList().indexOf(cmd.to);
      if (i >= 0) moveTo(i);
      key(i >= 0 ? 'select' : 'back');
    }
    if (cmd.mode === 'grab' || cmd.mode === 'lottery' || cmd.mode === 'code') {
      moveTo(draftRow('count'));
      key('plus', Math.max(0, (cmd.count ?? 1) - 1));
    }
    // A code gift: the step's code typed over the one drawn for it.
    if (cmd.mode === 'code') fill('code', cmd.code ?? '');
    if (cmd.mode === 'lottery') {
      moveTo(draftRow('draw'));
      key('plus', Math.max(0, Math.round(((cmd.drawAt ?? ctx.state.now + HOUR) - ctx.state.now) / HOUR) - 1));
      if (Array.isArray(cmd.eligible) && !pickPeople(draftRow('eligible'), cmd.eligible)) return false;
    }
    // A bulk gift to a list: picked one by one from the group's members (none is the whole group).
    if (cmd.mode === 'bulk' && cmd.recipients && !pickPeople(draftRow('eligible'), cmd.recipients)) return false;
    if (cmd.mode === 'luckybag') {
      for (const [i, it] of items.entries()) {
        if (i > 0) {
          key('add');
          if (!pickProduct(it.sku, it.spec)) return false;
        }
        moveTo(i);
        key('plus', Math.max(0, it.count - 1));
      }
    }
    return finishDraft(cmd);
  }

  /** From the form's row `row`, the pick screen: each of `people` ticked in turn, then 完成.
   * False when one of them is not on the list (not in the group): the screens cannot say it. */
  function pickPeople(row: number, people: readonly string[]): boolean {
    moveTo(row);
    key('select');
    const list = pickList();
    for (const u of people) {
      const i = list.indexOf(u);
      if (i < 0) return false;
      moveTo(i + 1);
      key('select');
    }
    moveTo(0);
    key('select');
    return true;
  }

  /** Who the pick screen offers (none when it is not up). */
  function pickList(): string[] {
    const s = screen();
    return s.kind === 'pick' ? candidates(env(), s.draft) : [];
  }

  /** From the shop: the product, then its variant. */
  function pickProduct(sku: string, spec: string | undefined): boolean {
    const s = screen();
    if (s.kind !== 'shop') return false;
    const i = shopProducts(ctx.state, s, state.panes[pane]!.user, ctx.lang).findIndex((p) => p.id === sku);
    if (i < 0) return false;
    moveTo(i);
    key('select');
    const product = ctx.state.catalog[sku]!;
    moveTo(Math.max(0, product.specs.findIndex((x) => x.id === (spec ?? product.specs[0]?.id))));
    key('select');
    return true;
  }
}

