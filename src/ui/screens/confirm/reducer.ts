// The confirm screen: paying sends the gift, and the card appears in every member's pane at once
// (a code gift's sender gets its 口令 and code to pass on). A refusal is said here, with why.
// Sent, the pane shows the chat the card went to (a direct gift's private chat, the group; a
// company gift to a list has many: the pane stays).
import { chatOf } from '../../../domain/rules';
import { say } from '../../../i18n';
import { CONFIRM } from '../../../i18n/screens/compose';
import { RED } from '../../../i18n/screens/red';
import { listKeys } from '../../app/list';
import { many, type ScreenReducer } from '../../app/types';
import { sendCommand } from '../../model/draft';
import { explainRefusal } from '../../model/explain';
import { unsavedDraft, type Draft } from '../compose/reducer';
import { shareScreen } from '../share/reducer';

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
  unsaved: (s) => unsavedDraft(s.draft),
  outcome(s, command, o, env) {
    if (!o.ok) return { type: 'replace', screen: { ...s, error: explainRefusal(o.code, env.state, env.user, env.lang, command) } };
    const sent = { type: 'notice' as const, text: say(env.lang, s.draft.mode === 'redpacket' ? RED.sent : CONFIRM.sent), tone: 'good' as const };
    if (s.draft.mode === 'code') return many({ type: 'home' }, { type: 'push', screen: shareScreen(String(o.result?.packet ?? '')) }, sent);
    const p = env.state.packets[String(o.result?.packet ?? '')];
    // A company's gift to a list has a card in each recipient's private chat, none of which
    // stands for the rest: the pane stays where it was and says how many went.
    if (p && p.mode === 'bulk' && p.group === null) return many({ type: 'home' }, { ...sent, text: say(env.lang, CONFIRM.sentToList, { n: p.units.length }) });
    return many(p ? { type: 'chat', chat: chatOf(p) } : { type: 'home' }, sent);
  },
};
