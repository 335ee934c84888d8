// The gift's options, by mode: the friend, the number of gifts (份数), the draw time and who may
// enter, the lucky bag's gifts, and a 赠言. Then the confirm screen.
import { takers } from '../../../domain/rules';
import type { GiftMode as Mode, State, UserId } from '../../../domain/types';
import { say } from '../../../i18n';
import { COMPOSE } from '../../../i18n/screens/compose';
import type { Env, KeyHandler, KeyMap, ScreenReducer, Step } from '../../app/types';
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
  /** A broadcast gift (the privilege tier) posts to the sender's friends' 朋友圈: show its price there? */
  showPrice?: boolean;
}

export interface ComposeScreen {
  kind: 'compose';
  draft: Draft;
  cursor: number;
  editing: 'message' | null;
  error: string | null;
}

export const composeScreen = (draft: Draft, cursor = 0): ComposeScreen => ({ kind: 'compose', draft, cursor, editing: null, error: null });

export type Row = { id: 'to' | 'count' | 'draw' | 'eligible' | 'add' | 'showPrice' | 'message' | 'next' } | { id: 'item'; i: number };

/** The form's rows; a gift that broadcasts (the privilege tier) asks whether its price shows. */
export function rows(d: Draft, state: State): Row[] {
  const all = modeRows(d);
  if (!d.items.some((it) => state.catalog[it.sku]?.tier === 'privilege')) return all;
  const at = all.findIndex((r) => r.id === 'message');
  return [...all.slice(0, at), { id: 'showPrice' }, ...all.slice(at)];
}

function modeRows(d: Draft): Row[] {
  switch (d.mode) {
    case 'direct':
      return [{ id: 'to' }, { id: 'message' }, { id: 'next' }];
    case 'grab':
      return [{ id: 'count' }, { id: 'message' }, { id: 'next' }];
    case 'lottery':
      return [{ id: 'count' }, { id: 'draw' }, { id: 'eligible' }, { id: 'message' }, { id: 'next' }];
    case 'luckybag':
      return [...d.items.map((_, i) => ({ id: 'item' as const, i })), { id: 'add' }, { id: 'message' }, { id: 'next' }];
    case 'bulk':
      return [{ id: 'eligible' }, { id: 'message' }, { id: 'next' }];
  }
}

/** How many could take a unit: the cap on 份数 besides 100. */
export function cap(env: Env, d: Draft): number {
  if (d.mode === 'direct' || d.mode === 'bulk' || d.group === null) return 1;
  return Math.min(100, takers(env.state, { group: d.group, sender: env.user }, d.mode === 'lottery' ? d.eligible : 'all').length);
}

function bump(s: ComposeScreen, env: Env, delta: number): ComposeScreen | null {
  const row = rows(s.draft, env.state)[s.cursor];
  const d = s.draft;
  if (!row) return null;
  if (row.id === 'count' && d.mode !== 'luckybag') {
    const count = Math.max(1, Math.min(cap(env, d), d.items[0]!.count + delta));
    return { ...s, draft: { ...d, items: [{ ...d.items[0]!, count }] } };
  }
  if (row.id === 'item') {
    const items = d.items.map((it, j) => (j === row.i ? { ...it, count: it.count + delta } : it)).filter((it) => it.count > 0);
    if (items.length === 0 || items.reduce((n, it) => n + it.count, 0) > cap(env, d)) return null;
    return { ...s, draft: { ...d, items }, cursor: Math.min(s.cursor, items.length - 1) };
  }
  if (row.id === 'draw') return { ...s, draft: { ...d, drawHours: Math.max(1, Math.min(24, d.drawHours + delta)) } };
  if (row.id === 'showPrice') return { ...s, draft: { ...d, showPrice: d.showPrice !== true } };
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
      return { type: 'replace', screen: { ...s, editing: 'message' } };
    case 'showPrice':
      return { type: 'replace', screen: { ...s, draft: { ...d, showPrice: d.showPrice !== true } } };
    case 'count':
    case 'draw':
    case 'item':
      // Enter on a number row: done with it, on to the next row (←/→ change the number).
      return { type: 'replace', screen: { ...s, cursor: s.cursor + 1 } };
    case 'next':
      if (d.mode === 'direct' && !d.to) return { type: 'replace', screen: { ...s, error: say(env.lang, COMPOSE.friendFirst), cursor: 0 } };
      return { type: 'push', screen: { kind: 'confirm', draft: d, cursor: 0, error: null } };
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

export const composeReducer: ScreenReducer<ComposeScreen> = {
  keys: (s) => (s.editing ? TYPING : s.draft.mode === 'luckybag' ? BAG : FORM),
  editing: (s) => s.editing,
  text: (s, value) => ({ ...s, draft: { ...s.draft, message: value } }),
  submit: (s, env) => ({ type: 'replace', screen: { ...s, editing: null, cursor: rows(s.draft, env.state).length - 1 } }),
};
