import { render } from 'ink-testing-library';
import { expect, it } from 'vitest';
import { Bluepacket, pane, waitFor } from 'bluepacket/testing';

it('resolves', async () => {
  const app = render(<Bluepacket users={['mom', 'dad', 'ming']} seed="qa" size={{ cols: 120, rows: 40 }} />);
  await waitFor(app, '妈妈', { user: 'mom' });
  console.log(app.lastFrame());
  expect(pane(app, 'dad')).toContain('爸爸');
  app.unmount();
});
