// The gift's options, by mode: the friend, the number of gifts (份数), the draw time and who may
// enter, the lucky bag's gifts, a red packet's money, a code gift's code, whether a broadcast
// gift's price shows in the 朋友圈, 保密, and a 赠言. Then the confirm screen.
import { takers } from '../../../domain/rules';
import type { Mode, RedSplit, State, UserId } from '../../../domain/types';
import { say } from '../../../i18n';
import { COMPOSE } from '../../../i18n/screens/compose';
import type { Env, KeyHandler, KeyMap, ScreenReducer, Step } from '../../app/types';
import { parseYuan } from '../../model/draft';
import { drawnCode } from '../../model/kouling';
import { shopScreen } from '../shop/reducer';

export interface DraftItem {
  sku: string;
  spec: string;
  count: number;
}

/** A gift being put together: the shop, the mode and its options, then the confirm screen. */
export interface Draft {
  mode: Mode;
  items: DraftItem[];
  to: UserId | null;
  group: string | null;
  /** Lottery: hours from now to the draw (1–24). */
  drawHours: number;
  eligible: 'all' | UserId[];
  message: string;
  /** 红包: the amount as typed ("88.88"), how many packets, and the split once the sender chose
   * one (absent: the engine's default, lucky). */
  amount?: string;
  count?: number;
  split?: RedSplit;
  /** 口令礼物: the 4-digit code, and which of the codes drawn from the seed it is. */
  code?: string;
  codeDraw?: number;
  /** JD 保密: everyone but the sender sees 神秘礼物 until they take it. */
  secret?: boolean;
  /** 回礼: the packet this direct gift answers; its sender is the recipient, fixed. */
  replyTo?: string;
  /** A broadcast gift (the privilege tier) posts to the sender's friends' 朋友圈: show its price there? */
  showPrice?: boolean;
}

export type Field = 'message' | 'amount' | 'code';

export interface ComposeScreen {
  kind: 'compose';
  draft: Draft;
  cursor: number;
  editing: Field | null;
  error: string | null;
}

export const composeScreen = (draft: Draft, cursor = 0): ComposeScreen => ({ kind: 'compose', draft, cursor, editing: null, error: null });

type RowId = 'to' | 'replyTo' | 'count' | 'draw' | 'eligible' | 'add' | 'amount' | 'packets' | 'split' | 'code' | 'showPrice' | 'message' | 'next' | 'secret';
export type Row = { id: RowId } | { id: 'item'; i: number };

const r = (...ids: RowId[]): Row[] => ids.map((id) => ({ id }));

/** The form's rows. 保密 sits under 下一步: a choice most gifts leave alone. A gift that
 * broadcasts (the privilege tier) asks, above the 赠言, whether its price shows in the 朋友圈. */
export function rows(d: Draft, state: State): Row[] {
  const all = modeRows(d);
  if (!d.items.some((it) => state.catalog[it.sku]?.tier === 'privilege')) return all;
  const at = all.findIndex((x) => x.id === 'message');
  return [...all.slice(0, at), { id: 'showPrice' }, ...all.slice(at)];
}

function modeRows(d: Draft): Row[] {
  switch (d.mode) {
    case 'direct':
      return r(d.replyTo ? 'replyTo' : 'to', 'message', 'next', 'secret');
    case 'grab':
      return r('count', 'message', 'next', 'secret');
    case 'lottery':
      return r('count', 'draw', 'eligible', 'message', 'next', 'secret');
    case 'luckybag':
      return [...d.items.map((_, i) => ({ id: 'item' as const, i })), ...r('add', 'message', 'next', 'secret')];
    case 'code':
      return r('count', 'code', 'message', 'next', 'secret');
    case 'redpacket':
      return r('amount', 'packets', 'split', 'message', 'next');
    case 'bulk':
      return r('eligible', 'message', 'next', 'secret');
  }
}

export const rowIndex = (d: Draft, state: State, id: RowId) => rows(d, state).findIndex((x) => x.id === id);

/** How many could take a unit: the cap on 份数 besides 100. A code gift may go to anyone. */
export function cap(env: Env, d: Draft): number {
  if (d.mode === 'direct' || d.mode === 'bulk') return 1;
  if (d.mode === 'code') return Math.min(100, Object.keys(env.state.users).length - 1);
  if (d.group === null) return 1;
  return Math.min(100, takers(env.state, { group: d.group, sender: env.user }, d.mode === 'lottery' ? d.eligible : 'all').length);
}

const clampCount = (env: Env, d: Draft, n: number) => Math.max(1, Math.min(cap(env, d), n));

function bump(s: ComposeScreen, env: Env, delta: number): ComposeScreen | null {
  const row = rows(s.draft, env.state)[s.cursor];
  const d = s.draft;
  if (!row) return null;
  switch (row.id) {
    case 'count':
      return { ...s, draft: { ...d, items: [{ ...d.items[0]!, count: clampCount(env, d, d.items[0]!.count + delta) }] } };
    case 'packets':
      return { ...s, draft: { ...d, count: clampCount(env, d, (d.count ?? 1) + delta) } };
    case 'item': {
      const items = d.items.map((it, j) => (j === row.i ? { ...it, count: it.count + delta } : it)).filter((it) => it.count > 0);
      if (items.length === 0 || items.reduce((n, it) => n + it.count, 0) > cap(env, d)) return null;
      return { ...s, draft: { ...d, items }, cursor: Math.min(s.cursor, items.length - 1) };
    }
    case 'draw':
      return { ...s, draft: { ...d, drawHours: Math.max(1, Math.min(24, d.drawHours + delta)) } };
    case 'code': {
      // ←/→ walk the codes drawn from the seed; a typed code is left behind.
      const n = Math.max(0, (d.codeDraw ?? 0) + delta);
      return { ...s, draft: { ...d, codeDraw: n, code: drawnCode(env.state, n) } };
    }
    case 'split':
    case 'secret':
    case 'showPrice':
      return toggle(s, row.id);
    default:
      return null;
  }
}

function toggle(s: ComposeScreen, id: 'split' | 'secret' | 'showPrice'): ComposeScreen {
  const d = s.draft;
  if (id === 'split') return { ...s, draft: { ...d, split: (d.split ?? 'lucky') === 'lucky' ? 'equal' : 'lucky' } };
  if (id === 'showPrice') return { ...s, draft: { ...d, showPrice: d.showPrice !== true } };
  return { ...s, draft: { ...d, secret: !d.secret } };
}

/** What stops the form going on to the confirm screen, with the row to fix, or null. */
function problem(d: Draft, env: Env): { text: string; row: RowId } | null {
  if (d.mode === 'direct' && !d.to) return { text: say(env.lang, COMPOSE.friendFirst), row: 'to' };
  if (d.mode === 'redpacket') {
    if (!d.amount?.trim()) return { text: say(env.lang, COMPOSE.amountFirst), row: 'amount' };
    // A well-formed amount goes on even when it is out of bounds: the engine says why (BAD_AMOUNT).
    if (parseYuan(d.amount) === null) return { text: say(env.lang, COMPOSE.amountFormat), row: 'amount' };
  }
  return null;
}

function select(s: ComposeScreen, env: Env): Step | null {
  const row = rows(s.draft, env.state)[s.cursor];
  const d = s.draft;
  if (!row) return null;
  switch (row.id) {
    case 'to':
      return { type: 'push', screen: { kind: 'pick', draft: d, cursor: 0, chosen: d.to ? [d.to] : [] } };
    case 'eligible':
      return { type: 'push', screen: { kind: 'pick', draft: d, cursor: 0, chosen: d.eligible === 'all' ? [] : d.eligible } };
    case 'add':
      return { type: 'push', screen: shopScreen(d) };
    case 'message':
    case 'amount':
      return { type: 'replace', screen: { ...s, editing: row.id, error: null } };
    case 'code':
      // Their own code: typed from empty (the drawn one is a ← → away).
      return { type: 'replace', screen: { ...s, editing: 'code', error: null, draft: { ...d, code: '' } } };
    case 'split':
    case 'secret':
    case 'showPrice':
      return { type: 'replace', screen: toggle(s, row.id) };
    case 'replyTo':
    case 'count':
    case 'packets':
    case 'draw':
    case 'item':
      // Enter on a number row: done with it, on to the next row (←/→ change the number).
      return { type: 'replace', screen: { ...s, cursor: s.cursor + 1 } };
    case 'next': {
      const wrong = problem(d, env);
      if (wrong) return { type: 'replace', screen: { ...s, error: wrong.text, cursor: Math.max(0, rowIndex(d, env.state, wrong.row)) } };
      return { type: 'push', screen: { kind: 'confirm', draft: d, cursor: 0, error: null } };
    }
  }
}

const change =
  (delta: number): KeyHandler<ComposeScreen> =>
  (s, env) => {
    const next = bump(s, env, delta);
    return next ? { type: 'replace', screen: next } : null;
  };

const FORM: KeyMap<ComposeScreen> = {
  up: (s) => ({ type: 'replace', screen: { ...s, cursor: Math.max(0, s.cursor - 1), error: null } }),
  down: (s, env) => ({ type: 'replace', screen: { ...s, cursor: Math.min(rows(s.draft, env.state).length - 1, s.cursor + 1), error: null } }),
  left: change(-1),
  right: change(1),
  minus: change(-1),
  plus: change(1),
  select: (s, env) => select(s, env),
  back: () => ({ type: 'pop' }),
};

const BAG: KeyMap<ComposeScreen> = { ...FORM, add: (s) => ({ type: 'push', screen: shopScreen(s.draft) }) };

const TYPING: KeyMap<ComposeScreen> = {
  stopEdit: (s) => ({ type: 'replace', screen: { ...s, editing: null } }),
};

/** What quitting would lose: a 赠言, a 红包's amount (a code gift's code is drawn), the people
 * picked one by one (a lottery's entrants, the staff a bulk gift goes to). */
export const unsavedDraft = (d: Draft): boolean => d.message.trim() !== '' || (d.amount ?? '').trim() !== '' || Array.isArray(d.eligible);

/** The most a field takes: a 赠言's 100 characters (MESSAGE_MAX, in the view), a code's 4. */
export const FIELD_MAX = { amount: 10, code: 4 } as const;

export const composeReducer: ScreenReducer<ComposeScreen> = {
  keys: (s) => (s.editing ? TYPING : s.draft.mode === 'luckybag' ? BAG : FORM),
  editing: (s) => s.editing,
  unsaved: (s) => unsavedDraft(s.draft),
  text(s, value) {
    if (s.editing === 'amount') return { ...s, draft: { ...s.draft, amount: value }, error: null };
    if (s.editing === 'code') return { ...s, draft: { ...s.draft, code: value }, error: null };
    return { ...s, draft: { ...s.draft, message: value } };
  },
  submit(s, env) {
    // Done typing: on to the next row (after the 赠言, 下一步).
    if (s.editing === 'amount' && s.draft.amount?.trim() && parseYuan(s.draft.amount) === null)
      return { type: 'replace', screen: { ...s, editing: null, error: say(env.lang, COMPOSE.amountFormat) } };
    if (s.editing === 'code' && !/^[0-9]{4}$/.test(s.draft.code ?? '')) return { type: 'replace', screen: { ...s, error: say(env.lang, COMPOSE.codeFormat) } };
    const next = s.editing === 'message' ? rowIndex(s.draft, env.state, 'next') : s.cursor + 1;
    return { type: 'replace', screen: { ...s, editing: null, cursor: next } };
  },
};
