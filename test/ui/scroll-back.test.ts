// Scrolling a chat back through a long history a file store keeps on disk: ↑ past the oldest line
// in memory reads older ones (Store.loadOlder), shown in order, with a line that says so; an old
// card opens with its final state; a segment that cannot be read is said in the pane, naming it.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import type { State } from '../../src/domain/types';
import { openFileStore, type Store } from '../../src/store';
import { renderApp, type AppHarness } from '../../src/testing';
import { top } from '../../src/ui/app/types';
import type { ChatScreen } from '../../src/ui/screens/chat/reducer';
import { cleanup, smallState } from '../store/helpers';
import { FAM, history } from '../store/long-history';

afterEach(cleanup);

const chatOf = (s: State, chat: string) => s.messages.filter((m) => m.chat === chat);
const chatScreenOf = (app: AppHarness) => top(app.runner.snapshot().ui.panes[0]!) as ChatScreen;

/** ↑ until the pane shows `done` (at most `max` keys). */
async function scrollBack(app: AppHarness, done: (pane: string) => boolean, max = 250): Promise<number> {
  for (let n = 0; n < max; n++) {
    if (done(app.pane('u4'))) return n;
    await app.press('u4', 'up');
    await app.idle();
  }
  throw new Error(`still not there after ${max} keys:\n${app.pane('u4')}`);
}

async function open(path: string): Promise<{ store: Store; app: AppHarness }> {
  const store = await openFileStore(path, { init: () => smallState(5) });
  const app = await renderApp({ store, panes: [{ user: 'u4', chat: FAM }], cols: 160, rows: 40 });
  return { store, app };
}

it('↑ past the oldest line in memory reads older lines from the archive, in order, to the first; an old card opens in its final state', async () => {
  const { path, mirror } = await history();
  const { store, app } = await open(path);
  try {
    const first = chatOf(mirror, FAM)[0]!;
    expect(chatOf(store.state(), FAM)[0]!.id).toBeGreaterThan(first.id); // the start is on disk
    await scrollBack(app, (p) => p.includes('没有更早的消息了'));
    // The whole chat is in memory now, as it happened, and the top of it is on screen.
    expect(chatOf(store.state(), FAM)).toEqual(chatOf(mirror, FAM));
    const shown = app.pane('u4');
    expect(shown).toMatch(/用户2：群1(?!\d)/);
    expect(shown.indexOf('群1')).toBeLessThan(shown.indexOf('群2'));
    expect(shown.indexOf('群2')).toBeLessThan(shown.indexOf('群3'));
    expect(shown.indexOf('没有更早的消息了')).toBeLessThan(shown.indexOf('群1'));

    // The first grab (抢7) is long final: one unit to u4, the other back to its sender.
    const old = mirror.order.find((id) => mirror.packets[id]!.mode === 'grab')!;
    const card = chatOf(store.state(), FAM).find((m) => m.packet === old && !m.system)!;
    for (let n = 0; n < 60 && chatScreenOf(app).cursor !== card.id; n++) await app.press('u4', 'down');
    expect(chatScreenOf(app).cursor).toBe(card.id);
    await app.press('u4', 'enter');
    await app.waitFor('已领取', { user: 'u4' });
    expect(top(app.runner.snapshot().ui.panes[0]!)).toMatchObject({ kind: 'card', packet: old });
    expect(app.pane('u4')).toContain('“抢7”');
    expect(app.pane('u4')).toMatch(/已退回|已过期/);
  } finally {
    app.unmount();
    await store.close();
  }
});

it('PgUp goes back a screenful at a time and reads older lines as ↑ does; Home goes to the oldest card, then the oldest line in memory', async () => {
  const { path, mirror } = await history();
  const { store, app } = await open(path);
  const key = async (seq: string) => {
    await app.stdin.write(seq);
    await app.idle();
  };
  try {
    // The few lines in memory hold no card: Home goes to the oldest of them.
    const inMemory = chatOf(store.state(), FAM);
    expect(inMemory.some((m) => m.packet !== undefined)).toBe(false);
    await key('\u001b[H');
    expect(chatScreenOf(app).cursor).toBe(inMemory[0]!.id);
    await key('\u001b[F'); // End: back to the input line
    expect(chatScreenOf(app).cursor).toBeNull();

    let pages = 0;
    for (; pages < 200 && !app.pane('u4').includes('没有更早的消息了'); pages++) await key('\u001b[5~');
    const all = chatOf(store.state(), FAM);
    expect(all).toEqual(chatOf(mirror, FAM));
    // A page is many lines: a few keys (↑ one line or card at a time takes over 30 here).
    expect(pages).toBeLessThanOrEqual(10);
    const index = () => all.findIndex((m) => m.id === chatScreenOf(app).cursor);
    const top = index();
    await key('\u001b[6~'); // PgDn: a screenful down again
    expect(index()).toBeGreaterThan(top + 3);

    // With the whole chat read, Home goes to the oldest card, and again to the first line.
    await key('\u001b[F');
    await key('\u001b[H');
    expect(chatScreenOf(app).cursor).toBe(all.find((m) => m.packet !== undefined && !m.system)!.id);
    await key('\u001b[H');
    expect(chatScreenOf(app).cursor).toBe(all[0]!.id);
  } finally {
    app.unmount();
    await store.close();
  }
});

it('a segment that cannot be read is said in the pane, naming it; once it is good again, ↑ reads on', async () => {
  const { path } = await history();
  const { store, app } = await open(path);
  try {
    const dir = `${path}.archive`;
    const segments = readdirSync(dir).filter((f) => /^\d+\.json$/.test(f));
    const good = new Map(segments.map((f) => [f, readFileSync(join(dir, f), 'utf8')]));
    for (const f of segments) writeFileSync(join(dir, f), 'garbage{');
    const before = chatOf(store.state(), FAM).length;

    await scrollBack(app, (p) => p.includes('归档已损坏'));
    expect(app.pane('u4')).toMatch(new RegExp(`归档已损坏，读不出更早的记录：${dir}/\\d+\\.json`));
    expect(chatOf(store.state(), FAM)).toHaveLength(before);
    expect(chatScreenOf(app).older).toBeUndefined(); // not stuck on "loading"
    expect(app.pane('u4')).not.toContain('正在读取更早的消息');

    for (const [f, text] of good) writeFileSync(join(dir, f), text);
    await app.press('u4', 'up');
    await app.idle();
    expect(chatOf(store.state(), FAM).length).toBeGreaterThan(before);
    expect(app.pane('u4')).not.toContain('归档已损坏');
  } finally {
    app.unmount();
    await store.close();
  }
});

it('我的订单 says that older finished orders are archived, not listed', async () => {
  const { path } = await history();
  const { store, app } = await open(path);
  try {
    const archived = store.state().archived!.packets;
    expect(archived).toBeGreaterThan(0);
    await app.press('u4', { text: 'o' });
    await app.waitFor(`更早的已完成订单已归档（所有人共 ${archived} 个礼物包）`, { user: 'u4' });
  } finally {
    app.unmount();
    await store.close();
  }
});
