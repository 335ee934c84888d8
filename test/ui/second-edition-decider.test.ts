// The second edition's screens as reducers, without rendering: what each asks the engine for
// (as data) and how it answers the outcome — a red packet opened and taken in one key, a red
// packet's and a code gift's forms, the 口令 screen, the settings panel, the orders.
import { describe, expect, it } from 'vitest';
import { execute, type Outcome } from '../../src/domain/engine';
import { decide, initialUi, type Ctx } from '../../src/ui/app/decide';
import { type Screen, type UiAction, type UiState } from '../../src/ui/app/types';
import type { ActionId } from '../../src/ui/keys/keymap';
import { drawnCode } from '../../src/ui/model/kouling';
import { receivedOrders, sentOrders } from '../../src/ui/model/orders';
import { composeScreen, type Draft } from '../../src/ui/screens/compose/reducer';
import { koulingScreen } from '../../src/ui/screens/kouling/reducer';
import { settingsScreen } from '../../src/ui/screens/settings/reducer';
import { bundledState, ctxOf, topOf } from '../support/decider';

const PANES = [
  { user: 'mom', chat: 'group:family' },
  { user: 'dad', chat: 'group:family' },
];
const world = () => bundledState('decider2');
const key = (id: ActionId, pane = 0): UiAction => ({ type: 'key', id, pane });
/** The UI with these screens on pane `pane`'s chat. */
const withScreens = (pane: number, ...screens: Screen[]): UiState => {
  const ui = initialUi(PANES);
  return { ...ui, focus: pane, panes: ui.panes.map((p, i) => (i === pane ? { ...p, stack: [...p.stack, ...screens] } : p)) };
};
/** Feed actions in, one after another; the last decision. */
function run(ui: UiState, ctx: Ctx, ...actions: UiAction[]) {
  let d = { ui, jobs: [] as ReturnType<typeof decide>['jobs'] };
  for (const a of actions) d = decide(d.ui, a, ctx);
  return d;
}
const sent = (o: Outcome) => String(o.ok && o.result?.packet);

describe('a red packet', () => {
  it('Enter on its card opens it and takes one in the same key (a claim with no address); the outcome opens the envelope on the amount', () => {
    const s = world();
    const id = sent(execute(s, { type: 'send', as: 'mom', mode: 'redpacket', group: 'family', amount: 888, count: 2 }));
    const ctx = ctxOf(s);
    const asked = run(initialUi(PANES), ctx, key('up', 1), key('select', 1));
    expect(asked.jobs.map((j) => j.command)).toEqual([{ type: 'claim', as: 'dad', packet: id }]);
    expect(topOf(asked.ui, 1)).toMatchObject({ kind: 'hongbao', phase: 'opening' });
    const job = asked.jobs[0]!;
    const outcome = execute(s, job.command);
    const done = decide(asked.ui, { type: 'outcome', pane: 1, from: job.pane === 1 ? job.from : topOf(asked.ui, 1), command: job.command, outcome }, ctx);
    expect(topOf(done.ui, 1)).toMatchObject({ kind: 'hongbao', phase: 'open', got: s.packets[id]!.units[0]!.amount, refusal: null });
    expect(done.ui.panes[1]!.stack).toHaveLength(2); // the envelope replaced, not stacked
    // Its sender's Enter only looks (an open): a sender cannot take one.
    expect(run(initialUi(PANES), ctx, key('up'), key('select')).jobs.map((j) => j.command)).toEqual([{ type: 'open', as: 'mom', packet: id }]);
  });

  it('the form: an amount that is not money is said on the form; the split is sent only once chosen', () => {
    const s = world();
    const ctx = ctxOf(s);
    const d: Draft = { mode: 'redpacket', items: [], to: null, group: 'family', drawHours: 1, eligible: 'all', message: '', amount: '', count: 1 };
    let ui = withScreens(0, composeScreen(d));
    ui = run(ui, ctx, key('select'), { type: 'text', pane: 0, value: '8.8.8' }, { type: 'submit', pane: 0 }).ui;
    expect(topOf(ui)).toMatchObject({ kind: 'compose', error: '金额写成 88.88 这样' });
    ui = run(ui, ctx, key('select'), { type: 'text', pane: 0, value: '88.88' }, { type: 'submit', pane: 0 }, key('plus'), key('down')).ui;
    const toNext = (u: UiState) => run(u, ctx, key('down'), key('down'), key('select'));
    const pay = (u: UiState) => run(u, ctx, key('select')).jobs[0]!.command;
    expect(pay(toNext(ui).ui)).toEqual({ type: 'send', as: 'mom', mode: 'redpacket', group: 'family', amount: 8888, count: 2 });
    const equal = run(ui, ctx, key('right')).ui;
    expect(pay(toNext(equal).ui)).toMatchObject({ split: 'equal' });
    const lucky = run(equal, ctx, key('right')).ui;
    expect(pay(toNext(lucky).ui)).toMatchObject({ split: 'lucky' });
  });
});

describe('a code gift', () => {
  it('the code offered is drawn from the session seed and the packet to come: the same state offers the same codes, → another', () => {
    const a = world();
    const b = world();
    expect(drawnCode(a, 0)).toBe(drawnCode(b, 0));
    expect(drawnCode(a, 0)).toMatch(/^\d{4}$/);
    const codes = new Set(Array.from({ length: 20 }, (_, n) => drawnCode(a, n)));
    expect(codes.size).toBeGreaterThan(15);
    const other = bundledState('another seed');
    expect(Array.from({ length: 5 }, (_, n) => drawnCode(other, n))).not.toEqual(Array.from({ length: 5 }, (_, n) => drawnCode(a, n)));
    const ctx = ctxOf(a);
    const ui = run(initialUi(PANES), ctx, key('shop'), key('search'), { type: 'text', pane: 0, value: 'guazi' }, key('stopEdit'), key('select'), key('select'), ...Array(4).fill(key('down')), key('select')).ui;
    expect(topOf(ui)).toMatchObject({ kind: 'compose', draft: { mode: 'code', code: drawnCode(a, 0) } });
    expect(topOf(run(ui, ctx, key('down'), key('right')).ui)).toMatchObject({ draft: { code: drawnCode(a, 1) } });
  });

  it('k: the 口令 read from pasted text, a code of 4 digits asked for, a parcel asks for an address before the claim with the code', () => {
    const s = world();
    const id = sent(execute(s, { type: 'send', as: 'mom', mode: 'code', sku: 'guazi', spec: '6cans', count: 2, code: '8866' }));
    const ctx = ctxOf(s);
    let ui = run(withScreens(1), ctx, key('kouling', 1)).ui;
    expect(topOf(ui, 1)).toEqual(koulingScreen());
    // A packet not in memory may be on disk (a file store's archive): read back first; none there.
    const reading = decide(run(ui, ctx, { type: 'text', pane: 1, value: '¥p9999¥' }).ui, { type: 'submit', pane: 1 }, ctx);
    expect(reading.loads?.map((l) => l.load)).toEqual([{ type: 'packets', ids: ['p9999'] }]);
    const unknown = run(reading.ui, ctx, { type: 'loaded', pane: 1, from: topOf(reading.ui, 1), load: reading.loads![0]!.load, result: { ok: true, added: 0, missing: ['p9999'] } });
    expect(topOf(unknown.ui, 1)).toMatchObject({ packet: null, error: '没有找到这个口令', editing: 'text' });
    ui = run(ui, ctx, { type: 'text', pane: 1, value: `【礼物口令】妈妈送你… 复制 ¥${id}¥ 打开` }, { type: 'submit', pane: 1 }).ui;
    expect(topOf(ui, 1)).toMatchObject({ packet: id, editing: 'code', cursor: 1 });
    const short = run(ui, ctx, { type: 'text', pane: 1, value: '88' }, { type: 'submit', pane: 1 });
    expect(short.jobs).toEqual([]);
    expect(topOf(short.ui, 1)).toMatchObject({ error: '4 位数字' });
    ui = run(ui, ctx, { type: 'text', pane: 1, value: '1234' }, { type: 'submit', pane: 1 }).ui;
    expect(topOf(ui, 1)).toMatchObject({ kind: 'address', packet: id, code: '1234' });
    const asked = run(ui, ctx, key('select', 1));
    const job = asked.jobs[0]!;
    expect(job.command).toEqual({ type: 'claim', as: 'dad', packet: id, address: 0, code: '1234' });
    // The wrong code's refusal leaves its count; back on the 口令 screen with the tries left.
    const outcome = execute(s, job.command);
    expect(outcome).toMatchObject({ ok: false, code: 'BAD_CODE' });
    expect(s.packets[id]!.code!.wrong).toEqual({ dad: 1 });
    const back = decide(asked.ui, { type: 'outcome', pane: 1, from: job.pane === 1 ? job.from : topOf(ui, 1), command: job.command, outcome }, ctx).ui;
    expect(topOf(back, 1)).toMatchObject({ kind: 'kouling', code: '', editing: 'code', error: '口令码不对 · 还能试 4 次' });
  });
});

describe('the settings panel', () => {
  it('sends only the settings touched (one back where it was still counts), in one command; nothing touched, nothing sent', () => {
    const s = world();
    const ctx = ctxOf(s);
    const ui = withScreens(0, settingsScreen(s));
    const apply = (...keys: ActionId[]) => run(ui, ctx, ...keys.map((k) => key(k)), ...Array(6).fill(key('down')), key('select'));
    expect(apply().jobs).toEqual([]);
    expect(apply().ui.notice?.text).toBe('没有改动');
    expect(apply('left', 'left').jobs[0]!.command).toEqual({ type: 'settings', changes: { dailySendLimit: 6 } });
    expect(apply('right', 'left', 'down', 'select').jobs[0]!.command).toEqual({ type: 'settings', changes: { dailySendLimit: 8, mutualFriendsOnly: false } });
    // Applied: the panel shows what is in force, nothing pending, and the status bar says what changed.
    const d = apply('down', 'down', 'right');
    const job = d.jobs[0]!;
    const outcome = execute(s, job.command);
    const after = decide(d.ui, { type: 'outcome', pane: 0, from: job.pane === 0 ? job.from : topOf(d.ui), command: job.command, outcome }, ctx).ui;
    expect(topOf(after)).toMatchObject({ kind: 'settings', touched: [], values: { commission: 21 } });
    expect(after.notice?.text).toBe('设置：平台佣金 21%');
  });
});

describe('my orders', () => {
  it('a recipient\'s units and a sender\'s packets, newest first, red packets left out; only a recipient is offered after-sales', () => {
    const s = world();
    const a = sent(execute(s, { type: 'send', as: 'mom', mode: 'direct', to: 'dad', sku: 'nuts', spec: 'big' }));
    sent(execute(s, { type: 'send', as: 'mom', mode: 'redpacket', group: 'family', amount: 100, count: 1 }));
    const b = sent(execute(s, { type: 'send', as: 'mom', mode: 'grab', group: 'family', sku: 'luckin', spec: '6cups', count: 2 }));
    execute(s, { type: 'claim', as: 'dad', packet: b, address: 0 });
    expect(receivedOrders(s, 'dad')).toEqual([
      { packet: b, unit: 0 },
      { packet: a, unit: 0 },
    ]);
    expect(sentOrders(s, 'mom').map((r) => r.packet)).toEqual([b, a]);
    const ctx = ctxOf(s);
    const asRecipient = run(initialUi(PANES), ctx, key('orders', 1), key('select', 1), key('select', 1));
    expect(asRecipient.jobs.map((j) => j.command)).toEqual([{ type: 'aftersale', as: 'dad', packet: b }]);
    const asSender = run(initialUi(PANES), ctx, key('orders'), key('right'), key('select'), key('select'));
    expect(asSender.jobs).toEqual([]);
    expect(topOf(asSender.ui).kind).toBe('orders'); // 返回: its only option
  });
});
