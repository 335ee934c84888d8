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
import { ADDRESS_FIELDS, savedAddresses } from '../ui/screens/address/reducer';
import { cardOptions } from '../ui/screens/card/reducer';
import { chatCards } from '../ui/screens/chat/reducer';
import { chatList } from '../ui/screens/chats/reducer';
import { rows } from '../ui/screens/compose/reducer';
import { modesFor } from '../ui/screens/mode/reducer';
import { candidates } from '../ui/screens/pick/reducer';
import { shopProducts } from '../ui/screens/shop/reducer';

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
    const jobs = decide(state, commit, ctx).jobs;
    return { actions, commit, ui: jobs.find((j): j is PaneJob => j.pane !== null) ?? null, before };
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
    case 'open':
    case 'claim':
    case 'join':
    case 'spec':
    case 'redeem':
    case 'share': {
      const p = ctx.state.packets[cmd.packet];
      if (!p) return finish(null);
      // The chat where this user sees the card (a bulk gift to a list: their chat with the company).
      const chat = chatFor(p, cmd.as);
      if (chat !== state.panes[pane]!.chat) goToChat(chat);
      const cards = chatCards(env());
      const at = cards.findIndex((m) => m.packet === p.id);
      if (at < 0) return finish(null);
      key('up', cards.length - at);
      if (cmd.type === 'open') return finish(select);
      key('select');
      if (screen().kind !== 'card') return finish(null);
      const want = cmd.type === 'spec' ? `spec:${cmd.to}` : cmd.type;
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

  function goToChat(chat: string) {
    key('chats');
    const i = chatList(ctx.state, state.panes[pane]!.user).findIndex((c) => c.chat === chat);
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

  /** The way to the confirm screen of a send; false when the screens cannot get there. */
  function send(cmd: SendCommand): boolean {
    // Red packets and code gifts have no screens yet: the step's own command runs.
    if (cmd.mode === 'redpacket' || cmd.mode === 'code') return false;
    const items = cmd.mode === 'luckybag' ? (cmd.items ?? []) : [{ sku: cmd.sku ?? '', spec: cmd.spec, count: cmd.count ?? 1 }];
    const first = items[0];
    if (!first) return false;
    key('shop');
    if (!pickProduct(first.sku, first.spec)) return false;
    moveTo(Math.max(0, (modesFor(ctx.state, state.panes[pane]!.user) as string[]).indexOf(cmd.mode)));
    key('select');
    if (screen().kind !== 'compose') return false;
    const draftRow = (id: string) => {
      const s = screen();
      return s.kind === 'compose' ? rows(s.draft, ctx.state).findIndex((r) => r.id === id) : -1;
    };
    if (cmd.mode === 'direct' && cmd.to) {
      moveTo(draftRow('to'));
      key('select');
      const i = pickList().indexOf(cmd.to);
      if (i >= 0) moveTo(i);
      key(i >= 0 ? 'select' : 'back');
    }
    if (cmd.mode === 'grab' || cmd.mode === 'lottery') {
      moveTo(draftRow('count'));
      key('plus', Math.max(0, (cmd.count ?? 1) - 1));
    }
    if (cmd.mode === 'lottery') {
      moveTo(draftRow('draw'));
      key('plus', Math.max(0, Math.round(((cmd.drawAt ?? ctx.state.now + HOUR) - ctx.state.now) / HOUR) - 1));
      if (Array.isArray(cmd.eligible)) pickPeople(draftRow('eligible'), cmd.eligible);
    }
    // A bulk gift to a list: picked one by one from the group's members (none is the whole group).
    if (cmd.mode === 'bulk' && cmd.recipients) pickPeople(draftRow('eligible'), cmd.recipients);
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
    if (cmd.showPrice && draftRow('showPrice') >= 0) {
      moveTo(draftRow('showPrice'));
      key('select');
    }
    if (cmd.message) {
      moveTo(draftRow('message'));
      key('select');
      type(cmd.message);
      act({ type: 'submit', pane });
    }
    moveTo(draftRow('next'));
    key('select');
    return screen().kind === 'confirm';
  }

  /** From the form's row `row`, the pick screen: each of `people` ticked in turn, then 完成. */
  function pickPeople(row: number, people: readonly string[]) {
    moveTo(row);
    key('select');
    const list = pickList();
    for (const u of people) {
      const i = list.indexOf(u);
      if (i < 0) continue;
      moveTo(i + 1);
      key('select');
    }
    moveTo(0);
    key('select');
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

