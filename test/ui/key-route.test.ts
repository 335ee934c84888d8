// Where a key goes is decided from the UI state alone (src/ui/app/key-route.ts): the question
// before quitting takes only its answers, the help goes at any key but q, the player's keys go to
// the player (every key while its list of marks is open), the rest to the decider.
import { describe, expect, it } from 'vitest';
import { initialUi } from '../../src/ui/app/decide';
import { routeKey } from '../../src/ui/app/key-route';
import type { UiState } from '../../src/ui/app/types';

const ui = (overlay?: UiState['overlay']): UiState => ({ ...initialUi([{ user: 'mom', chat: 'group:family' }]), ...(overlay ? { overlay } : {}) });
const player = (marksOpen: boolean) => ({ marksOpen });

describe('routeKey', () => {
  it('sends keys to the decider when nothing is over the panes', () => {
    expect(routeKey(ui(), { id: 'shop' }, null)).toEqual({ to: 'decide', action: { type: 'key', id: 'shop' } });
    expect(routeKey(ui(), null, null)).toEqual({ to: 'none' });
  });

  it('the question before quitting takes only its answers; other keys do nothing', () => {
    expect(routeKey(ui('quit'), { id: 'confirmYes' }, null)).toEqual({ to: 'decide', action: { type: 'key', id: 'confirmYes' } });
    expect(routeKey(ui('quit'), null, player(false))).toEqual({ to: 'none' });
  });

  it('the help goes at any key, q quits through it', () => {
    expect(routeKey(ui('help'), { id: 'shop' }, null)).toEqual({ to: 'decide', action: { type: 'dismiss' } });
    expect(routeKey(ui('help'), null, null)).toEqual({ to: 'decide', action: { type: 'dismiss' } });
    expect(routeKey(ui('help'), { id: 'quit' }, null)).toEqual({ to: 'decide', action: { type: 'key', id: 'quit' } });
  });

  it('the player takes its own keys, and every key while its marks are listed', () => {
    expect(routeKey(ui(), { id: 'playPause' }, player(false))).toEqual({ to: 'player', action: { id: 'playPause' } });
    expect(routeKey(ui(), { id: 'shop' }, player(false))).toEqual({ to: 'decide', action: { type: 'key', id: 'shop' } });
    expect(routeKey(ui(), { id: 'down' }, player(true))).toEqual({ to: 'player', action: { id: 'down' } });
    expect(routeKey(ui(), { id: 'playPause' }, null)).toEqual({ to: 'decide', action: { type: 'key', id: 'playPause' } });
  });
});
