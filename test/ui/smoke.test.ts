import { afterEach, expect, it } from 'vitest';
import { renderApp, type AppHarness } from '../../src/testing';

let app: AppHarness | undefined;
afterEach(() => app?.unmount());

it('a grab packet sent by mom is taken by dad with a saved address', async () => {
  app = await renderApp({ users: ['mom', 'dad', 'ming'], cols: 120, rows: 40 });
  await app.press('mom', { text: 'g' }, 'enter', 'enter', 'down', 'enter', 'down', 'down', 'enter', 'enter');
  await app.waitFor('可领取', { user: 'dad' });
  await app.press('dad', 'up', 'enter', 'enter', 'enter');
  await app.waitFor('抢到了', { user: 'dad' });
  expect(app.pane('mom')).toContain('已领 1/1');
  expect(Object.values(app.state().packets)[0]!.units[0]!.holder).toBe('dad');
});
