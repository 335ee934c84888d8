// The confirm screen: paying sends the gift, and the card appears in every member's pane at once.
import { chatOf } from '../../../domain/rules';
import { refusalMessage } from '../../../i18n/refusals';
import { say } from '../../../i18n';
import { CONFIRM } from '../../../i18n/screens/compose';
import { listKeys } from '../../app/list';
import { many, type ScreenReducer } from '../../app/types';
import { sendCommand } from '../../model/draft';
import type { Draft } from '../compose/reducer';

export interface ConfirmScreen {
  kind: 'confirm';
  draft: Draft;
  /** 0: pay, 1: back. */
  cursor: number;
  error: string | null;
}

const KEYS = listKeys<ConfirmScreen>(
  () => 2,
  (s, env) => (s.cursor === 1 ? { type: 'pop' } : { type: 'run', command: sendCommand(s.draft, env.user, env.state.now) }),
  {
    // Two rows: either arrow goes to the other one.
    up: (s) => ({ type: 'replace', screen: { ...s, cursor: s.cursor === 0 ? 1 : 0 } }),
    down: (s) => ({ type: 'replace', screen: { ...s, cursor: s.cursor === 0 ? 1 : 0 } }),
  },
);

export const confirmReducer: ScreenReducer<ConfirmScreen> = {
  keys: () => KEYS,
  unsaved: (s) => s.draft.message.trim() !== '',
  // Sent: the pane shows the chat the card went to (a direct gift's private chat, the group).
  outcome: (s, _command, o, env) => {
    if (!o.ok) return { type: 'replace', screen: { ...s, error: refusalMessage(o.code, env.lang) } };
    const p = env.state.packets[String(o.result?.packet ?? '')];
    return many(p ? { type: 'chat', chat: chatOf(p) } : { type: 'home' }, { type: 'notice', text: say(env.lang, CONFIRM.sent), tone: 'good' });
  },
};
