// The UI state of one person's phone: a single pane whose home screen is the chat list, with the
// person's chat chosen on it. Every screen a pane can show opens above it, drawn full-screen.
import { initialUi } from '../app/decide';
import type { UiState } from '../app/types';
import { chatsScreen } from '../screens/chats/reducer';

/** `since`: the last message id when the session opened (older messages are not new). */
export function phoneUi(pane: { user: string; chat: string }, since = 0): UiState {
  const ui = initialUi([pane], since);
  return { ...ui, panes: ui.panes.map((p) => ({ ...p, home: 'chats', stack: [chatsScreen(p.chat)] })) };
}
