// A resize reflows the panes both ways and never locks the screen: as many panes as fit are
// shown, the focused one always among them; the enlarge message comes only when not even one
// pane fits, and it names --users.
import { afterEach, expect, it } from 'vitest';
import { renderApp, type AppHarness } from '../../src/testing';

let app: AppHarness | undefined;
afterEach(() => {
  app?.unmount();
  app = undefined;
});

/** The pane numbers on screen, from their titles ("1 👥 …"). */
const numbers = (frame: string) => [...new Set([...frame.split('\n')[1]!.matchAll(/[┃│](\d) 👥/g)].map((m) => Number(m[1])))];

it('4 g at 160×45, then 100×30: three panes with 小红 and her shop; back at 160×45: four again', async () => {
  app = await renderApp({ cols: 160, rows: 45 });
  expect(numbers(app.frame())).toEqual([1, 2, 3, 4]);
  await app.press('hong', { text: 'g' });
  await app.waitFor('选礼物', { user: 'hong' });
  await app.resize(100, 30);
  expect(app.frame()).not.toContain('请把终端窗口放大');
  expect(numbers(app.frame())).toHaveLength(3);
  expect(numbers(app.frame())).toContain(4); // the focused pane stays
  expect(app.pane('hong')).toContain('选礼物');
  await app.resize(160, 45);
  expect(numbers(app.frame())).toEqual([1, 2, 3, 4]);
  expect(app.pane('hong')).toContain('选礼物');
});

it('a start at 100×30 shows three panes and the fourth person is one key away; growing shows all four', async () => {
  app = await renderApp({ cols: 100, rows: 30 });
  expect(numbers(app.frame())).toEqual([1, 2, 3]);
  await app.press('mom', { text: '4' });
  expect(numbers(app.frame())).toEqual([1, 2, 4]); // 小红 takes the place of the pane longest out of focus
  expect(app.pane('hong')).toContain('小红');
  await app.resize(160, 45);
  expect(numbers(app.frame())).toEqual([1, 2, 3, 4]);
});

it('80×24 shows two panes; 25 columns says to enlarge and names --users; the panes come back', async () => {
  app = await renderApp({ cols: 80, rows: 24 });
  expect(numbers(app.frame())).toEqual([1, 2]);
  await app.press('mom', 'tab', 'tab');
  expect(numbers(app.frame())).toContain(3);
  await app.resize(25, 24);
  await app.waitFor('25×24 → 30×20');
  expect(app.frame()).toContain('--users');
  await app.resize(40, 24);
  expect(numbers(app.frame())).toEqual([3]); // one pane: the focused one
  await app.resize(120, 32);
  expect(numbers(app.frame())).toHaveLength(4);
});
