// The UI's decider without rendering: each screen's reducer answers actions with the next UI
// state and the engine commands to run (as data), and the key table, in every context the
// screens can be in, binds each key once and every key a screen offers.
import { describe, expect, it } from 'vitest';
import type { Outcome } from '../../src/domain/engine';
import { execute } from '../../src/domain/engine';
import type { State } from '../../src/domain/types';
import { decide, initialUi, keyContext, screenActions } from '../../src/ui/app/decide';
import { type Screen, type UiAction, type UiState } from '../../src/ui/app/types';
import { activeBindings, BINDINGS, type Binding, type KeySpec } from '../../src/ui/keys/keymap';
import { addressScreen } from '../../src/ui/screens/address/reducer';
import { cardScreen } from '../../src/ui/screens/card/reducer';
import { chatScreen } from '../../src/ui/screens/chat/reducer';
import { composeScreen, type Draft } from '../../src/ui/screens/compose/reducer';
import { shopScreen } from '../../src/ui/screens/shop/reducer';
import { redScreen } from '../../src/ui/screens/hongbao/reducer';
import { koulingScreen } from '../../src/ui/screens/kouling/reducer';
import { orderScreen } from '../../src/ui/screens/order/reducer';
import { ordersScreen } from '../../src/ui/screens/orders/reducer';
import { settingsScreen } from '../../src/ui/screens/settings/reducer';
import { shareScreen } from '../../src/ui/screens/share/reducer';
import { bundledState, ctxOf, topOf } from '../support/decider';

const PANES = [
  { user: 'mom', chat: 'group:family' },
  { user: 'dad', chat: 'group:family' },
];

const world = () => bundledState('decider');
/** A UI with `screens` stacked on the chat of pane 0 (mom), focused. */
const withScreens = (...screens: Screen[]): UiState => {
  const ui = initialUi(PANES);
  return { ...ui, panes: ui.panes.map((p, i) => (i === 0 ? { ...p, stack: [...p.stack, ...screens] } : p)) };
};
const key = (id: Parameters<typeof decide>[1] extends infer A ? (A extends { type: 'key'; id: infer I } ? I : never) : never): UiAction => ({ type: 'key', id });
const send = (s: State) => {
  const o = execute(s, { type: 'send', as: 'dad', mode: 'grab', group: 'family', sku: 'chayan', spec: 'youlan', count: 1 });
  return String(o.ok && o.result?.packet);
};
const draft = (over: Partial<Draft> = {}): Draft => ({ mode: 'grab', items: [{ sku: 'luckin', spec: '6cups', count: 1 }], to: null, group: 'family', drawHours: 1, eligible: 'all', message: '', ...over });

describe('the screens as reducers', () => {
  it('the chat: Enter takes the input line, Enter there asks to say it, the outcome clears it', () => {
    const ctx = ctxOf(world());
    let d = decide(initialUi(PANES), key('select'), ctx);
    expect(topOf(d.ui)).toMatchObject({ kind: 'chat', editing: 'input' });
    d = decide(d.ui, { type: 'text', pane: 0, value: '新年好' }, ctx);
    const asked = decide(d.ui, { type: 'submit', pane: 0 }, ctx);
    expect(asked.jobs).toEqual([{ pane: 0, from: topOf(d.ui), command: { type: 'say', as: 'mom', chat: 'group:family', text: '新年好' } }]);
    expect(asked.ui).toBe(d.ui); // nothing changes until the engine answers
    const ok: Outcome = { ok: true, events: [] };
    const done = decide(asked.ui, { type: 'outcome', pane: 0, from: topOf(d.ui), command: asked.jobs[0]!.command, outcome: ok }, ctx);
    expect(topOf(done.ui)).toMatchObject({ input: '', editing: 'input' });
  });

  it('the chat: ↑ selects the newest card and Enter asks the engine to open it; the outcome pushes the card, or 手慢了', () => {
    const s = world();
    const id = send(s);
    const ctx = ctxOf(s);
    const selected = decide(initialUi(PANES), key('up'), ctx).ui;
    const asked = decide(selected, key('select'), ctx);
    expect(asked.jobs[0]!.command).toEqual({ type: 'open', as: 'mom', packet: id });
    const back = (outcome: Outcome) => decide(asked.ui, { type: 'outcome', pane: 0, from: topOf(selected), command: asked.jobs[0]!.command, outcome }, ctx).ui;
    expect(topOf(back({ ok: true, events: [] }))).toEqual(cardScreen(id));
    expect(topOf(back({ ok: false, code: 'SOLD_OUT' } as Outcome))).toMatchObject({ kind: 'result', title: '手慢了' });
  });

  it('the shop: / types a query, Esc stops typing, Enter on a gift opens its page when one of its variants can be given', () => {
    const ctx = ctxOf(world());
    let ui = decide(withScreens(shopScreen()), key('search'), ctx).ui;
    expect(screenActions(ui, ctx)).toEqual(['stopEdit']);
    ui = decide(ui, { type: 'text', pane: 0, value: 'dahongpao' }, ctx).ui;
    ui = decide(ui, key('stopEdit'), ctx).ui;
    expect(topOf(ui)).toMatchObject({ kind: 'shop', editing: null, query: 'dahongpao' });
    const d = decide(ui, key('select'), ctx);
    // 大红袍's 典藏版 is over the limit, its 250g box is not: the product page, no notice (the
    // notice is for a product none of whose variants can be given).
    expect(d.ui.notice).toBeNull();
    expect(topOf(d.ui)).toMatchObject({ kind: 'product', sku: 'dahongpao' });
    expect(screenActions(ui, ctx)).toEqual(expect.arrayContaining(['up', 'down', 'left', 'right', 'select', 'back', 'search']));
  });

  it('the compose form: + is capped by who could take one, Enter on 下一步 pushes the confirm screen', () => {
    const s = world();
    const ctx = ctxOf(s);
    let ui = withScreens(composeScreen(draft()));
    for (let i = 0; i < 200; i++) ui = decide(ui, key('plus'), ctx).ui;
    const members = s.groups.family!.members.length - 1;
    expect(topOf(ui)).toMatchObject({ draft: { items: [{ count: Math.min(100, members) }] } });
    ui = decide(ui, key('down'), ctx).ui;
    ui = decide(ui, key('down'), ctx).ui;
    ui = decide(ui, key('select'), ctx).ui;
    expect(topOf(ui).kind).toBe('confirm');
    // The lucky bag's form offers a; the others do not.
    expect(screenActions(withScreens(composeScreen(draft({ mode: 'luckybag' }))), ctx)).toContain('add');
    expect(screenActions(withScreens(composeScreen(draft())), ctx)).not.toContain('add');
  });

  it('the confirm screen asks to send; accepted, the pane goes home and says so; refused, the screen says why', () => {
    const s = world();
    const ctx = ctxOf(s);
    const ui = withScreens(composeScreen(draft()), { kind: 'confirm', draft: draft(), cursor: 0, error: null });
    const asked = decide(ui, key('select'), ctx);
    expect(asked.jobs[0]!.command).toMatchObject({ type: 'send', as: 'mom', mode: 'grab', group: 'family', sku: 'luckin', count: 1 });
    const from = topOf(ui);
    const ok = decide(ui, { type: 'outcome', pane: 0, from, command: asked.jobs[0]!.command, outcome: { ok: true, events: [] } }, ctx).ui;
    expect(ok.panes[0]!.stack).toEqual([chatScreen()]);
    expect(ok.notice).toMatchObject({ text: '礼物已发出', tone: 'good', pane: 0 });
    const no = decide(ui, { type: 'outcome', pane: 0, from, command: asked.jobs[0]!.command, outcome: { ok: false, code: 'INSUFFICIENT_FUNDS' } as Outcome }, ctx).ui;
    expect(topOf(no)).toMatchObject({ kind: 'confirm', error: expect.any(String) });
  });

  it('the address form: a bad phone and no detail are flagged on the fields and nothing is asked of the engine', () => {
    const s = world();
    const id = send(s);
    const ctx = ctxOf(s);
    const saved = s.users.mom!.addresses.length;
    const form = { ...addressScreen(id), cursor: saved + 4, values: { name: '李明', phone: '123', region: '北京', detail: '' } };
    const d = decide(withScreens(cardScreen(id), form), key('select'), ctx);
    expect(d.jobs).toEqual([]);
    expect(topOf(d.ui)).toMatchObject({ kind: 'address', errors: { phone: expect.any(String), detail: expect.any(String) } });
    // A saved address asks for the claim with it; the result replaces the card and the form.
    const asked = decide(withScreens(cardScreen(id), { ...addressScreen(id), cursor: 0 }), key('select'), ctx);
    expect(asked.jobs[0]!.command).toEqual({ type: 'claim', as: 'mom', packet: id, address: 0 });
    const got = decide(asked.ui, { type: 'outcome', pane: 0, from: topOf(asked.ui), command: asked.jobs[0]!.command, outcome: { ok: false, code: 'SOLD_OUT' } as Outcome }, ctx).ui;
    expect(got.panes[0]!.stack.map((x) => x.kind)).toEqual(['chat', 'result']);
  });

  it('the app keys: panes, help, the clock as a command whose outcome is the notice, quit', () => {
    const s = world();
    const ctx = ctxOf(s);
    const ui = initialUi(PANES);
    expect(decide(ui, key('nextPane'), ctx).ui.focus).toBe(1);
    expect(decide(ui, { type: 'key', id: 'pane', n: 1 }, ctx).ui.focus).toBe(1);
    expect(decide(ui, { type: 'key', id: 'pane', n: 5 }, ctx).ui).toBe(ui);
    expect(decide(ui, key('help'), ctx).ui.overlay).toBe('help');
    const hour = decide(ui, key('hour'), ctx);
    expect(hour.jobs).toEqual([{ pane: null, tag: 'clock', command: { type: 'advance', by: 3_600_000 } }]);
    const o = execute(s, hour.jobs[0]!.command);
    expect(decide(ui, { type: 'appOutcome', tag: 'clock', outcome: o }, ctx).ui.notice?.text).toMatch(/^时间 → /);
    expect(decide(ui, key('quit'), ctx).quit).toBe(true);
    // A store failure is said in the pane; recovering clears it.
    const failed = decide(ui, { type: 'failure', pane: 1, text: '⚠ x' }, ctx).ui;
    expect(failed.panes[1]!.alert).toBe('⚠ x');
    expect(decide(failed, { type: 'recovered' }, ctx).ui.panes[1]!.alert).toBeNull();
  });
});

describe('the key table', () => {
  /** Every context the screens can put the keyboard in. */
  function contexts() {
    const s = world();
    const id = send(s);
    const ctx = ctxOf(s);
    const screens: Screen[] = [
      chatScreen(),
      { ...chatScreen(), editing: 'input' },
      { kind: 'chats', cursor: 0 },
      shopScreen(),
      { ...shopScreen(), editing: 'query' },
      { kind: 'product', sku: 'luckin', cursor: 0, bag: null },
      { kind: 'mode', sku: 'luckin', spec: '6cups', cursor: 0 },
      ...(['direct', 'grab', 'lottery', 'luckybag', 'bulk'] as const).flatMap((mode) => [composeScreen(draft({ mode })), { ...composeScreen(draft({ mode })), editing: 'message' as const }]),
      { kind: 'pick', draft: draft({ mode: 'lottery' }), cursor: 0, chosen: [] },
      { kind: 'pick', draft: draft({ mode: 'bulk' }), cursor: 0, chosen: [] },
      { kind: 'feed', cursor: 0 },
      { kind: 'confirm', draft: draft(), cursor: 0, error: null },
      cardScreen(id),
      addressScreen(id),
      { ...addressScreen(id), editing: 'phone' },
      { kind: 'result', packet: id, tone: 'good', title: '', detail: '' },
      // The second edition's screens.
      ...(['redpacket', 'code'] as const).flatMap((mode) => [composeScreen(draft({ mode })), { ...composeScreen(draft({ mode })), editing: mode === 'code' ? ('code' as const) : ('amount' as const) }]),
      redScreen(id),
      shareScreen(id),
      koulingScreen(),
      { ...koulingScreen(), editing: null },
      ordersScreen(),
      orderScreen({ packet: id, unit: null }),
      settingsScreen(s),
    ];
    const out: Array<{ name: string; ctx: ReturnType<typeof keyContext>; offered: string[] }> = [];
    for (const screen of screens) {
      const ui = screen.kind === 'chat' ? { ...initialUi(PANES), panes: initialUi(PANES).panes.map((p, i) => (i === 0 ? { ...p, stack: [screen] } : p)) } : withScreens(screen);
      const offered = screenActions(ui, ctx);
      for (const player of [null, { marksOpen: false }, { marksOpen: true }])
        out.push({ name: `${screen.kind}${'editing' in screen && screen.editing ? ' (typing)' : ''}${player ? (player.marksOpen ? ' + marks' : ' + player') : ''}`, ctx: keyContext(ui, ctx, player), offered: player?.marksOpen ? [] : offered });
    }
    // A private chat offers Esc back to the group.
    const dm = initialUi([{ user: 'mom', chat: 'dm:dad|mom' }]);
    out.push({ name: 'chat (private)', ctx: keyContext(dm, ctx), offered: screenActions(dm, ctx) });
    // The question before quitting with unsaved typing offers only its answers.
    out.push({ name: 'quit?', ctx: keyContext({ ...initialUi(PANES), overlay: 'quit' }, ctx), offered: [] });
    // The insights over the panes answer Esc, with the app's keys and a playing scenario's.
    const over: UiState = { ...initialUi(PANES), overlay: 'insights' };
    for (const player of [null, { marksOpen: false }]) out.push({ name: `insights${player ? ' + player' : ''}`, ctx: keyContext(over, ctx, player), offered: ['back'] });
    return out;
  }
  const spec = (k: KeySpec) => `${k.input ?? ''}|${k.special ?? ''}|${k.shift ? 'S' : ''}`;

  it('in every context, no two active bindings share a key', () => {
    for (const { name, ctx } of contexts()) {
      const seen = new Map<string, Binding['id']>();
      for (const b of activeBindings(ctx))
        for (const k of b.keys) {
          expect(seen.get(spec(k)), `${name}: ${b.id} and ${seen.get(spec(k))} share ${spec(k)}`).toBeUndefined();
          seen.set(spec(k), b.id);
        }
    }
  });

  it('in every context, every action a screen offers has an active binding', () => {
    for (const { name, ctx, offered } of contexts()) {
      const active = new Set(activeBindings(ctx).map((b) => b.id));
      for (const a of offered) expect(active.has(a as Binding['id']), `${name} offers ${a} with no key`).toBe(true);
    }
  });

  it('every binding of the table is reachable in some context', () => {
    const reachable = new Set(contexts().flatMap(({ ctx }) => activeBindings(ctx).map((b) => b.id)));
    for (const b of BINDINGS) expect(reachable.has(b.id), b.id).toBe(true);
  });
});

describe('the insights and the feed', () => {
  const ctx = ctxOf(world());

  it('i puts the insights over the panes and takes them away; Esc closes them without touching a pane', () => {
    const ui = withScreens(shopScreen());
    const open = decide(ui, key('insights'), ctx).ui;
    expect(open.overlay).toBe('insights');
    const closed = decide(open, key('back'), ctx).ui;
    expect(closed.overlay).toBeNull();
    expect(closed.panes).toBe(ui.panes); // the shop stays open under it
    expect(decide(open, key('insights'), ctx).ui.overlay).toBeNull();
    // A scenario's step puts the panes at rest: the insights stay up over them.
    expect(decide(open, { type: 'rest', chats: ['group:family', 'group:family'] }, ctx).ui.overlay).toBe('insights');
    // The help replaces them; any key closes the help.
    expect(decide({ ...ui, overlay: 'help' }, { type: 'rest', chats: ['group:family', 'group:family'] }, ctx).ui.overlay).toBeNull();
  });

  it('f opens the focused user\'s feed (closing the insights), f again or Esc closes it', () => {
    const ui = { ...initialUi(PANES), focus: 1, overlay: 'insights' as const };
    const feed = decide(ui, key('feed'), ctx).ui;
    expect(feed.overlay).toBeNull();
    expect(topOf(feed, 1)).toEqual({ kind: 'feed', cursor: 0 });
    expect(topOf(feed, 0).kind).toBe('chat');
    expect(topOf(decide(feed, key('feed'), ctx).ui, 1).kind).toBe('chat');
    expect(topOf(decide(feed, key('back'), ctx).ui, 1).kind).toBe('chat');
  });

  it('a company\'s mode list ends with 年会福利; its form starts with the whole group, and picking people sets the count', () => {
    const company = [{ user: 'bluewhale', chat: 'group:work' }];
    const mode = { ...initialUi(company), panes: [{ ...initialUi(company).panes[0]!, stack: [chatScreen(), { kind: 'mode' as const, sku: 'dfzx', spec: 'std', cursor: 5 }] }] };
    const form = decide(mode, key('select'), ctx).ui;
    expect(topOf(form)).toMatchObject({ kind: 'compose', draft: { mode: 'bulk', group: 'work', eligible: 'all', items: [{ count: 40 }] } });
    let ui = decide(form, key('select'), ctx).ui; // 发给: the pick list
    expect(topOf(ui)).toMatchObject({ kind: 'pick' });
    for (const k of ['down', 'select', 'down', 'select', 'up', 'up', 'select'] as const) ui = decide(ui, key(k), ctx).ui;
    expect(topOf(ui)).toMatchObject({ kind: 'compose', cursor: 1, draft: { eligible: ['dad', 'ming'], items: [{ count: 2 }] } });
    // q: the fresh form quits at once; the people picked (or ticked, not yet 完成) are asked about.
    expect(decide(form, key('quit'), ctx).quit).toBe(true);
    expect(decide(ui, key('quit'), ctx).ui.overlay).toBe('quit');
    const ticking = decide(decide(decide(form, key('select'), ctx).ui, key('down'), ctx).ui, key('select'), ctx).ui;
    expect(topOf(ticking)).toMatchObject({ kind: 'pick', chosen: ['dad'] });
    expect(decide(ticking, key('quit'), ctx).ui.overlay).toBe('quit');
    // A person's pane offers the first five modes only (口令礼物 last).
    const person = decide(withScreens({ kind: 'mode', sku: 'dfzx', spec: 'std', cursor: 5 }), key('down'), ctx).ui;
    expect(topOf(person)).toMatchObject({ cursor: 4 });
  });
});
