// What the screens ask the store to read back, as data: older lines past the top of a chat, an
// archived gift a card or a 口令 names; and what they do with the answer (or a failure).
import { describe, expect, it } from 'vitest';
import { execute } from '../../src/domain/engine';
import { decide, initialUi, type Ctx } from '../../src/ui/app/decide';
import { type LoadResult, type Screen, type UiAction, type UiState } from '../../src/ui/app/types';
import { koulingScreen } from '../../src/ui/screens/kouling/reducer';
import { OLDER_PAGE, type ChatScreen } from '../../src/ui/screens/chat/reducer';
import { bundledState, ctxOf, topOf } from '../support/decider';

const PANES = [{ user: 'mom', chat: 'group:family' }];
const world = () => bundledState('loads');
const up: UiAction = { type: 'key', id: 'up' };
const chatOf = (ui: UiState) => topOf(ui) as ChatScreen;
const loaded = (ui: UiState, from: Screen, load: Parameters<typeof decide>[1] extends infer A ? (A extends { type: 'loaded'; load: infer L } ? L : never) : never, result: LoadResult, ctx: Ctx) =>
  decide(ui, { type: 'loaded', pane: 0, from, load, result }, ctx);

describe('scrolling a chat back', () => {
  it('↑ walks the lines above the cards, then asks for older ones; they come in above, or none are left', () => {
    const s = world();
    for (const text of ['一', '二']) execute(s, { type: 'say', as: 'dad', chat: 'group:family', text });
    const [one, two] = s.messages.filter((m) => m.chat === 'group:family');
    const ctx = ctxOf(s);
    let d = decide(initialUi(PANES), up, ctx);
    expect(chatOf(d.ui).cursor).toBe(two!.id);
    d = decide(d.ui, up, ctx);
    expect(chatOf(d.ui).cursor).toBe(one!.id);
    expect(d.loads).toBeUndefined();
    const asked = decide(d.ui, up, ctx);
    expect(asked.loads).toEqual([{ pane: 0, from: chatOf(d.ui), load: { type: 'older', chat: 'group:family', n: OLDER_PAGE } }]);
    expect(chatOf(asked.ui).older).toBe('loading');

    // A failed read (the pane's alert says it): not stuck loading, ↑ tries again.
    const failed = loaded(asked.ui, chatOf(asked.ui), asked.loads![0]!.load, { ok: false }, ctx);
    expect(chatOf(failed.ui).older).toBeUndefined();
    expect(decide(failed.ui, up, ctx).loads).toHaveLength(1);
    // An older line came in (as the store puts it: before the others).
    s.messages.unshift({ id: 0, at: s.now, chat: 'group:family', from: 'mom', text: '零' } as (typeof s.messages)[number]);
    const load = asked.loads![0]!.load;
    const got = loaded(asked.ui, chatOf(asked.ui), load, { ok: true, added: 1, missing: [] }, ctx);
    expect(chatOf(got.ui)).toMatchObject({ cursor: 0 });
    expect(chatOf(got.ui).older).toBeUndefined();
    // None left: said, and ↑ asks no more.
    const end = loaded(asked.ui, chatOf(asked.ui), load, { ok: true, added: 0, missing: [] }, ctx);
    expect(chatOf(end.ui).older).toBe('end');
    expect(decide(end.ui, up, ctx).loads).toBeUndefined();
  });

  it('a card whose gift is not in memory is read back before it opens; one that names no gift says so', () => {
    const s = world();
    s.messages.push({ id: 1, at: s.now, chat: 'group:family', from: 'dad', packet: 'p0042', text: '' } as (typeof s.messages)[number]);
    const ctx = ctxOf(s);
    const on = decide(initialUi(PANES), up, ctx);
    expect(chatOf(on.ui).cursor).toBe(1);
    const asked = decide(on.ui, { type: 'key', id: 'select' }, ctx);
    expect(asked.jobs).toEqual([]);
    expect(asked.loads?.[0]?.load).toEqual({ type: 'packets', ids: ['p0042'] });
    const gone = loaded(asked.ui, chatOf(asked.ui), asked.loads![0]!.load, { ok: true, added: 0, missing: ['p0042'] }, ctx);
    expect(gone.ui.notice).toMatchObject({ tone: 'bad', text: '没有这份礼物' });
    // Read back: the open goes to the engine.
    const sent = execute(s, { type: 'send', as: 'dad', mode: 'grab', group: 'family', sku: 'chayan', spec: 'youlan', count: 1 });
    const id = String(sent.ok && sent.result?.packet);
    const asked2 = decide(on.ui, { type: 'key', id: 'select' }, ctx);
    expect(asked2.jobs).toEqual([]);
    s.messages.find((m) => m.id === 1)!.packet = id;
    const opened = loaded(asked2.ui, chatOf(asked2.ui), { type: 'packets', ids: [id] }, { ok: true, added: 0, missing: [] }, ctx);
    expect(opened.jobs.map((j) => j.command)).toEqual([{ type: 'open', as: 'mom', packet: id }]);
  });
});

describe('a 口令 naming an archived code gift', () => {
  it('reads it back, then recognises it', () => {
    const s = world();
    const ctx = ctxOf(s);
    const screen = { ...koulingScreen(), text: '¥p0007¥' };
    const ui: UiState = { ...initialUi(PANES), panes: initialUi(PANES).panes.map((p) => ({ ...p, stack: [...p.stack, screen] })) };
    const asked = decide(ui, { type: 'submit', pane: 0 }, ctx);
    expect(asked.loads?.[0]?.load).toEqual({ type: 'packets', ids: ['p0007'] });
    // Not there at all: said, and not asked again.
    const none = loaded(asked.ui, screen, { type: 'packets', ids: ['p0007'] }, { ok: true, added: 0, missing: ['p0007'] }, ctx);
    expect(topOf(none.ui)).toMatchObject({ kind: 'kouling', packet: null, error: expect.any(String) });
    expect(none.loads).toBeUndefined();
  });
});
