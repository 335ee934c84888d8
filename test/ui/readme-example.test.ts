// The flow test the README shows, verbatim: if it stops passing, the README is wrong.
import { expect, it } from 'vitest';
import { renderApp } from '../../src/testing';

it('dad wins the last unit, ming is too slow', async () => {
  const app = await renderApp({ users: ['mom', 'dad', 'ming'], cols: 120, rows: 40, seed: 'qa' });
  await app.press('mom', { text: 'g' }, 'enter', 'enter', 'down', 'enter', 'down', 'down', 'enter', 'enter');
  await app.waitFor('可领取', { user: 'dad' });
  await app.press('dad', 'up', 'enter', 'enter', 'enter');            // open, take it, first saved address
  await app.waitFor('抢到了', { user: 'dad' });
  await app.press('ming', 'up', 'enter');
  expect(app.pane('ming')).toContain('手慢了');
  app.unmount();
});
