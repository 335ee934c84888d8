// The crowd in the real app, through the harness: the presenter's panes race the bots with the
// keyboard, the cards count down, the timeline fills.
import { afterEach, expect, it } from 'vitest';
import { invariantViolations } from '../../src/domain/invariants';
import { DEFAULT_START, parseIso } from '../../src/domain/time';
import { initialState } from '../../src/domain/world';
import { memoryStore, StoreError, type Store } from '../../src/store';
import { bundledWorld } from '../../src/world-file';
import { lastPacket, openNewestCard, renderApp, sendGrab, type AppHarness } from '../ui/helpers';
import { claimers } from './helpers';

let app: AppHarness | undefined;
afterEach(() => {
  app?.unmount();
  app = undefined;
});

it('no crowd unless asked', async () => {
  app = await renderApp({ users: ['dad', 'ming', 'zhangwei'], group: 'work', cols: 150, rows: 40 });
  expect(app.crowd).toBeNull();
});

it('a pane that claims at once wins a unit before the crowd; the crowd takes the rest; a late pane gets 手慢了', async () => {
  app = await renderApp({ users: ['dad', 'ming', 'zhangwei'], group: 'work', cols: 150, rows: 40, crowd: 30, seed: 'race' });
  const crowd = app.crowd!;
  await sendGrab(app, 'dad', 'luckin', 10);
  const p = lastPacket(app).id;
  await app.waitFor('可领取 · 剩 10/10', { user: 'ming' });
  // Ming is quick: open the card, take it, first saved address — before any bot has reacted.
  await openNewestCard(app, 'ming');
  await app.press('ming', 'enter', 'enter');
  await app.waitFor('抢到了', { user: 'ming' });
  expect(crowd.now()).toBe(0);

  // A second and a half in, the fastest bots have filled their forms… or not yet.
  await crowd.advance('1s');
  expect(claimers(app.state(), p)).toEqual(['ming']);
  await crowd.advance('9s');
  await app.waitFor('已领 10/10', { user: 'dad' });
  const won = claimers(app.state(), p);
  expect(won[0]).toBe('ming');
  expect(won).toHaveLength(10);
  for (const w of won.slice(1)) expect(app.state().users[w]!.bot).toBe(true);
  // The timeline shows the bots' claims.
  const last = won[won.length - 1]!;
  expect(app.frame()).toContain(`${app.state().users[last]!.name} 领取了 ${p}`);

  // Zhangwei was watching: too slow.
  await openNewestCard(app, 'zhangwei');
  await app.waitFor('手慢了', { user: 'zhangwei' });
  expect(invariantViolations(app.state())).toEqual([]);
});

it('the same seed plays the same race in the panes', async () => {
  const run = async () => {
    const a = await renderApp({ users: ['dad', 'ming', 'zhangwei'], group: 'work', cols: 150, rows: 40, crowd: 30, seed: 'replay' });
    await sendGrab(a, 'dad', 'luckin', 10);
    await a.crowd!.advance('15s');
    const won = claimers(a.state(), lastPacket(a).id);
    a.unmount();
    return won;
  };
  const first = await run();
  expect(first).toHaveLength(10);
  expect(await run()).toEqual(first);
});

it("a bot's command the store cannot keep is said in the focused pane, naming the file, not swallowed", async () => {
  const inner = memoryStore(initialState(bundledWorld(), 'crowd-fail', parseIso(DEFAULT_START)!));
  let broken = false;
  const store: Store = {
    path: '/data/db.json',
    state: () => inner.state(),
    refresh: () => inner.refresh(),
    close: () => inner.close(),
    loadOlder: (chat, n) => inner.loadOlder(chat, n),
    loadPackets: (ids) => inner.loadPackets(ids),
    execute: (cmd) => (broken ? Promise.reject(new StoreError('CORRUPT', '/data/db.json', '/data/db.json is not JSON')) : inner.execute(cmd)),
  };
  app = await renderApp({ store, users: ['dad', 'ming', 'zhangwei'], group: 'work', cols: 150, rows: 40, crowd: 30, seed: 'race' });
  await app.runner.run({ type: 'send', as: 'dad', mode: 'grab', group: 'work', sku: 'luckin', spec: '6cups', count: 10 });
  broken = true;
  await app.crowd!.advance('10s');
  await app.waitFor('数据文件已损坏', { user: 'dad' });
  expect(app.pane('dad')).toContain('/data/db.json');
  expect(claimers(app.state(), lastPacket(app).id)).toEqual([]);
});
