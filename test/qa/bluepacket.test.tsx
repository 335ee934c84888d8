// <Bluepacket/> under ink-testing-library as it is: the size it is given (not the library's 100
// columns), a fresh in-memory session with a fixed seed and clock, the props that change that,
// and the helpers' promises (each key waits for its frame; waitFor waits for frames; the
// clocks move only when told).
import { advance, advanceCrowd, Bluepacket, frame, idle, pane, paste, press, resize, sessionOf, state, typeText, waitFor } from 'bluepacket/testing';
import { render } from 'ink-testing-library';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import stringWidth from 'string-width';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_START, parseIso } from '../../src/domain/time';
import { initialState } from '../../src/domain/world';
import { openFileStore } from '../../src/store';
import { bundledWorld } from '../../src/world-file';

const FAMILY = ['mom', 'dad', 'ming'];
const rendered: Array<ReturnType<typeof render>> = [];
const renderApp = (tree: React.ReactElement) => {
  const app = render(tree);
  rendered.push(app);
  return app;
};
afterEach(() => {
  for (const app of rendered.splice(0)) app.unmount();
});

/** Lines of the last frame and the width of the widest. */
function shape(app: ReturnType<typeof render>) {
  const lines = frame(app).split('\n');
  return { lines: lines.length, width: Math.max(...lines.map((l) => stringWidth(l))) };
}

describe('the size', () => {
  it('lays out at the size it is given: three 40-column panes in 120 columns, one row short of 40', async () => {
    const app = renderApp(<Bluepacket users={FAMILY} size={{ cols: 120, rows: 40 }} />);
    await idle(app);
    expect(shape(app)).toEqual({ lines: 39, width: 120 });
    const top = frame(app).split('\n')[0]!;
    // Each pane's top border, side by side, the last one whole.
    expect(top).toMatch(/^┏━+┓╭─+╮╭─+╮$/);
    expect(stringWidth(pane(app, 'ming').split('\n')[0]!)).toBe(40);
    expect(app.stdout.columns).toBe(120);
  });

  it('without a size it takes the terminal: ink-testing-library says 100 columns and no rows (24)', async () => {
    const app = renderApp(<Bluepacket users={FAMILY} />);
    await idle(app);
    expect(shape(app)).toEqual({ lines: 23, width: 100 });
    expect(stringWidth(pane(app, 'dad').split('\n')[0]!)).toBe(33);
  });

  it('rendered again at another size it lays out again and keeps each pane where it was', async () => {
    const app = renderApp(<Bluepacket users={FAMILY} size={{ cols: 120, rows: 40 }} />);
    await press(app, 'dad', 'g');
    await waitFor(app, '选礼物', { user: 'dad' });
    app.rerender(<Bluepacket users={FAMILY} size={{ cols: 160, rows: 45 }} />);
    await idle(app);
    expect(shape(app)).toEqual({ lines: 44, width: 160 });
    expect(pane(app, 'dad')).toContain('选礼物');
    // 80 columns hold two panes of the three: the focused one (dad, in the shop) stays on screen.
    await resize(app, { cols: 80, rows: 24 });
    await waitFor(app, '选礼物', { user: 'dad' });
    expect(frame(app)).not.toContain('请把终端窗口放大');
    expect(shape(app)).toEqual({ lines: 23, width: 80 });
    await resize(app, { cols: 120, rows: 40 });
    await waitFor(app, '选礼物', { user: 'dad' });
    expect(shape(app)).toEqual({ lines: 39, width: 120 });
  });
});

describe('the session', () => {
  it('starts at 除夕 20:00 on the seed given, with the bundled world, and nothing moves the clock but the test', async () => {
    const app = renderApp(<Bluepacket world="default" users={FAMILY} seed="qa" size={{ cols: 120, rows: 40 }} />);
    await idle(app);
    expect(frame(app)).toContain('01-28 20:00 北京时间 · 种子 qa');
    expect(state(app).seed).toBe('qa');
    expect(state(app).wallets.mom).toBe(200000);
    await press(app, 'mom', 'g', 'esc');
    expect(frame(app)).toContain('01-28 20:00');
    await advance(app, '90m');
    await waitFor(app, '01-28 21:30');
    await advance(app, '2h'); // by the presenter's key, t, twice
    await waitFor(app, '01-28 23:30');
  });

  it('takes a start time, a language, a group and who gets a pane', async () => {
    const app = renderApp(<Bluepacket users={['dad', 'zhangwei']} group="work" start="2025-02-03T09:15:00+08:00" lang="en" seed="s1" size={{ cols: 120, rows: 40 }} />);
    await idle(app);
    expect(frame(app)).toContain('02-03 09:15 Beijing');
    expect(pane(app, 'zhangwei')).toContain('产品研发部');
    expect(pane(app, 'dad')).toContain('Enter');
  });

  it('each render is a session of its own, on its own memory store', async () => {
    const a = renderApp(<Bluepacket users={FAMILY} size={{ cols: 120, rows: 40 }} />);
    const b = renderApp(<Bluepacket users={FAMILY} size={{ cols: 120, rows: 40 }} />);
    await press(a, 'mom', 'g', 'enter', 'enter', 'down', 'enter', 'down', 'down', 'enter', 'enter');
    await waitFor(a, '可领取', { user: 'dad' });
    expect(state(a).order).toHaveLength(1);
    await idle(b);
    expect(state(b).order).toHaveLength(0);
    expect(pane(b, 'dad')).not.toContain('可领取');
    expect(sessionOf(a).store).not.toBe(sessionOf(b).store);
  });

  it('starts from a state it is given (one another session left)', async () => {
    const a = renderApp(<Bluepacket users={FAMILY} size={{ cols: 120, rows: 40 }} />);
    await press(a, 'mom', 'g', 'enter', 'enter', 'down', 'enter', 'down', 'down', 'enter', 'enter');
    const b = renderApp(<Bluepacket state={state(a)} users={FAMILY} size={{ cols: 120, rows: 40 }} />);
    await waitFor(b, '可领取 · 剩 1/1', { user: 'dad' });
  });
});

describe('the helpers', () => {
  it('press sends each key on its own and waits for its frame: the frame after a key shows it', async () => {
    const app = renderApp(<Bluepacket users={FAMILY} size={{ cols: 120, rows: 40 }} />);
    const seen: string[] = [];
    for (const key of ['g', 'enter', 'enter', 'down', 'enter']) {
      await press(app, 'mom', key);
      seen.push(pane(app, 'mom'));
    }
    expect(seen[0]).toContain('选礼物');
    expect(seen[1]).toContain('选规格');
    expect(seen[2]).toContain('怎么送');
    expect(seen[3]).toMatch(/▶ 群发礼物/);
    expect(seen[4]).toContain('群发礼物 · 相亲相爱一家人');
  });

  it('press waits for the engine work a key started, however long the store takes (a data file: lock, write, fsync)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bp-qa-'));
    const store = await openFileStore(join(dir, 'db.json'), { init: () => initialState(bundledWorld(), 'file', parseIso(DEFAULT_START)!) });
    try {
      const app = renderApp(<Bluepacket store={store} users={FAMILY} size={{ cols: 120, rows: 40 }} />);
      await press(app, 'mom', 'g', 'enter', 'enter', 'down', 'enter', 'down', 'down', 'enter');
      expect(state(app).order).toHaveLength(0);
      await press(app, 'mom', 'enter'); // pay: the file is written before press returns
      expect(state(app).order).toHaveLength(1);
      expect(pane(app, 'mom')).toContain('已领 0/1');
      expect(pane(app, 'dad')).toContain('可领取 · 剩 1/1');
      app.unmount();
    } finally {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('typeText and paste fill the field that has the keyboard; the chat line reaches the other panes', async () => {
    const app = renderApp(<Bluepacket users={FAMILY} size={{ cols: 120, rows: 40 }} />);
    await press(app, 'dad', 'enter'); // the chat line takes the keyboard
    await typeText(app, 'dad', '过年好');
    await paste(app, 'dad', '，都来抢');
    await press(app, 'dad', 'enter');
    await waitFor(app, '过年好，都来抢', { user: 'mom' });
    await waitFor(app, '过年好，都来抢', { user: 'ming' });
  });

  it('refuse what they cannot do, saying why', async () => {
    const app = renderApp(<Bluepacket users={FAMILY} size={{ cols: 120, rows: 40 }} />);
    await expect(press(app, 'mom', 'entr')).rejects.toThrow(/unknown key "entr".*enter/);
    await expect(press(app, 'grandpa', 'g')).rejects.toThrow(/no pane for "grandpa" \(panes: mom, dad, ming\)/);
    await expect(typeText(app, 'dad', 'x')).rejects.toThrow(/dad's pane is not focused/);
    await expect(advance(app, 'soon')).rejects.toThrow(/bad duration "soon"/);
    await expect(advanceCrowd(app, '5s')).rejects.toThrow(/no crowd/);
    await expect(waitFor(app, '不存在的字', { user: 'ming', timeoutMs: 50 })).rejects.toThrow(/"不存在的字" did not appear in ming's pane/);
    const other = renderApp(<Bluepacket users={FAMILY} />);
    expect(() => sessionOf({ stdout: {} })).toThrow(/not the result of rendering <Bluepacket\/>/);
    expect(sessionOf(other)).not.toBe(sessionOf(app));
  });

  it('waitFor waits for frames the test did not ask for: the crowd racing on its own clock', async () => {
    const app = renderApp(<Bluepacket users={['dad', 'ming']} group="work" crowd={30} seed="crowd-qa" size={{ cols: 120, rows: 40 }} />);
    await press(app, 'dad', 'g', 'enter', 'enter', 'down', 'enter');
    for (let i = 1; i < 10; i++) await press(app, 'dad', '+');
    await press(app, 'dad', 'down', 'down', 'enter', 'enter');
    await waitFor(app, '已领 0/10', { user: 'dad' });
    // Nothing happens until the test moves the crowd's clock.
    expect(sessionOf(app).crowd!.clock.now()).toBe(0);
    const race = waitFor(app, '已领 10/10', { user: 'dad' });
    await advanceCrowd(app, '20s');
    await race;
    const [id] = state(app).order;
    expect(state(app).packets[id!]!.units.every((u) => u.state === 'claimed' && u.holder !== 'dad' && u.holder !== 'ming')).toBe(true);
  });
});
