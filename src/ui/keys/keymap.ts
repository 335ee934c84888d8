// The one key table. Ink gives every active useInput every key, so the app has a single input
// handler that looks keys up here; the same table drives the status bar and the help overlay,
// so what the screen says works is what works.
import type { Key } from 'ink';
import type { Lang } from '../../i18n';
import { KEY_WORDS } from '../../i18n/keys';

export type ActionId =
  | 'help'
  | 'quit'
  | 'nextPane'
  | 'prevPane'
  | 'pane'
  | 'hour'
  | 'deadline'
  | 'policy'
  | 'up'
  | 'down'
  | 'left'
  | 'right'
  | 'select'
  | 'back'
  | 'shop'
  | 'chats'
  | 'search'
  | 'minus'
  | 'plus'
  | 'add'
  | 'stopEdit'
  | 'nextField'
  | 'prevField'
  | 'playPause'
  | 'stepForward'
  | 'stepBack'
  | 'marks'
  | 'restart'
  | 'orders'
  | 'kouling'
  | 'settings'
  | 'first'
  | 'last'
  | 'pageUp'
  | 'pageDown'
  | 'confirmYes'
  | 'confirmNo'
  | 'insights'
  | 'feed';

/** Where a binding works: everywhere the keyboard is not in a text field, in some screens,
 * while typing, while a scenario plays in the panes (at rest in the chat), or in a question
 * over the panes (quit with unsaved typing?), which takes every other key away. */
export type Scope = 'global' | 'screen' | 'text' | 'player' | 'dialog';

type Special = 'upArrow' | 'downArrow' | 'leftArrow' | 'rightArrow' | 'return' | 'escape' | 'tab' | 'pageUp' | 'pageDown' | 'home' | 'end';
export interface KeySpec {
  input?: string;
  special?: Special;
  shift?: boolean;
}

export interface Binding {
  id: ActionId;
  keys: KeySpec[];
  /** How the key is written in the help and the status bar (what it does: src/i18n/keys.ts). */
  show: string;
  scope: Scope;
  /** For the help overlay's grouping. */
  group: 'app' | 'time' | 'move' | 'chat' | 'shop' | 'form' | 'player';
}

const k = (input: string): KeySpec => ({ input });
const sp = (special: Special, shift = false): KeySpec => ({ special, shift });

export const BINDINGS: Binding[] = [
  { id: 'help', keys: [k('?')], show: '?', scope: 'global', group: 'app' },
  { id: 'quit', keys: [k('q')], show: 'q', scope: 'global', group: 'app' },
  { id: 'nextPane', keys: [sp('tab')], show: 'Tab', scope: 'global', group: 'app' },
  { id: 'prevPane', keys: [sp('tab', true)], show: 'S-Tab', scope: 'global', group: 'app' },
  { id: 'pane', keys: ['1', '2', '3', '4', '5', '6'].map(k), show: '1-6', scope: 'global', group: 'app' },
  { id: 'hour', keys: [k('t')], show: 't', scope: 'global', group: 'time' },
  { id: 'deadline', keys: [k('n')], show: 'n', scope: 'global', group: 'time' },
  { id: 'policy', keys: [k('p')], show: 'p', scope: 'global', group: 'time' },
  { id: 'up', keys: [sp('upArrow')], show: '↑', scope: 'screen', group: 'move' },
  { id: 'down', keys: [sp('downArrow')], show: '↓', scope: 'screen', group: 'move' },
  { id: 'left', keys: [sp('leftArrow')], show: '←', scope: 'screen', group: 'move' },
  { id: 'right', keys: [sp('rightArrow')], show: '→', scope: 'screen', group: 'move' },
  { id: 'select', keys: [sp('return')], show: 'Enter', scope: 'screen', group: 'move' },
  { id: 'back', keys: [sp('escape')], show: 'Esc', scope: 'screen', group: 'move' },
  { id: 'shop', keys: [k('g')], show: 'g', scope: 'screen', group: 'chat' },
  { id: 'chats', keys: [k('c')], show: 'c', scope: 'screen', group: 'chat' },
  { id: 'search', keys: [k('/')], show: '/', scope: 'screen', group: 'shop' },
  { id: 'minus', keys: [k('-')], show: '-', scope: 'screen', group: 'form' },
  { id: 'plus', keys: [k('+'), k('=')], show: '+', scope: 'screen', group: 'form' },
  { id: 'add', keys: [k('a')], show: 'a', scope: 'screen', group: 'form' },
  { id: 'playPause', keys: [k(' ')], show: 'Space', scope: 'player', group: 'player' },
  { id: 'stepForward', keys: [sp('rightArrow')], show: '→', scope: 'player', group: 'player' },
  { id: 'stepBack', keys: [sp('leftArrow')], show: '←', scope: 'player', group: 'player' },
  { id: 'marks', keys: [k('m')], show: 'm', scope: 'player', group: 'player' },
  { id: 'restart', keys: [k('r')], show: 'r', scope: 'player', group: 'player' },
  { id: 'stopEdit', keys: [sp('escape')], show: 'Esc', scope: 'text', group: 'form' },
  { id: 'nextField', keys: [sp('tab'), sp('downArrow')], show: 'Tab', scope: 'text', group: 'form' },
  { id: 'prevField', keys: [sp('tab', true), sp('upArrow')], show: 'S-Tab', scope: 'text', group: 'form' },
  { id: 'orders', keys: [k('o')], show: 'o', scope: 'screen', group: 'chat' },
  { id: 'kouling', keys: [k('k')], show: 'k', scope: 'screen', group: 'chat' },
  { id: 'settings', keys: [k('s')], show: 's', scope: 'screen', group: 'time' },
  { id: 'first', keys: [sp('home')], show: 'Home', scope: 'screen', group: 'move' },
  { id: 'last', keys: [sp('end')], show: 'End', scope: 'screen', group: 'move' },
  { id: 'pageUp', keys: [sp('pageUp')], show: 'PgUp', scope: 'screen', group: 'move' },
  { id: 'pageDown', keys: [sp('pageDown')], show: 'PgDn', scope: 'screen', group: 'move' },
  { id: 'confirmYes', keys: [k('y'), k('q')], show: 'y', scope: 'dialog', group: 'app' },
  { id: 'confirmNo', keys: [k('n'), sp('escape')], show: 'n', scope: 'dialog', group: 'app' },
  // The presenter's pictures: the insights over the panes, the focused user's 朋友圈.
  { id: 'insights', keys: [k('i')], show: 'i', scope: 'global', group: 'app' },
  { id: 'feed', keys: [k('f')], show: 'f', scope: 'global', group: 'chat' },
];

const SPECIAL_OF: Array<[Special, keyof Key]> = [
  ['upArrow', 'upArrow'],
  ['downArrow', 'downArrow'],
  ['leftArrow', 'leftArrow'],
  ['rightArrow', 'rightArrow'],
  ['return', 'return'],
  ['escape', 'escape'],
  ['tab', 'tab'],
  ['pageUp', 'pageUp'],
  ['pageDown', 'pageDown'],
  ['home', 'home'],
  ['end', 'end'],
];

function matches(spec: KeySpec, input: string, key: Key): boolean {
  if (spec.special) {
    const field = SPECIAL_OF.find(([s]) => s === spec.special)![1];
    return key[field] === true && Boolean(key.shift) === Boolean(spec.shift);
  }
  return !key.ctrl && !key.meta && input === spec.input;
}

export interface Context {
  /** A text field of the focused pane has the keyboard. */
  editing: boolean;
  /** The actions the focused screen handles (the screen's own list). */
  screenActions: readonly ActionId[];
  /** A scenario plays in the panes and the keyboard is at rest: the player's keys work. */
  player?: boolean;
  /** A question is over the panes: only its answers work. */
  dialog?: boolean;
  /** One person's phone (`--as`): no pane keys (a phone has one), and the presenter's switches
   * of the world's rules (the grab rule, the settings panel) are not a participant's. */
  phone?: boolean;
}

const NOT_ON_PHONE: ReadonlySet<ActionId> = new Set<ActionId>(['pane', 'nextPane', 'prevPane', 'policy', 'settings']);
export const onPhone = (b: Binding): boolean => !NOT_ON_PHONE.has(b.id);

/** The bindings that work now, in table order. */
export function activeBindings(ctx: Context): Binding[] {
  const all = activeAnywhere(ctx);
  return ctx.phone ? all.filter(onPhone) : all;
}

function activeAnywhere(ctx: Context): Binding[] {
  if (ctx.dialog) return BINDINGS.filter((b) => b.scope === 'dialog');
  if (ctx.editing) return BINDINGS.filter((b) => b.scope === 'text' && (b.id === 'stopEdit' || ctx.screenActions.includes(b.id)));
  return BINDINGS.filter(
    (b) => b.scope === 'global' || (b.scope === 'player' && ctx.player === true) || (b.scope === 'screen' && ctx.screenActions.includes(b.id)),
  );
}

/** The action a key press means now, with the digit for `pane`. */
export function resolveKey(input: string, key: Key, ctx: Context): { id: ActionId; n?: number } | null {
  for (const b of activeBindings(ctx)) {
    for (const spec of b.keys)
      if (matches(spec, input, key)) return b.id === 'pane' ? { id: 'pane', n: Number(input) - 1 } : { id: b.id };
  }
  return null;
}

/** What a binding does, in words. */
export const bindingWords = (b: Binding, lang: Lang): string => KEY_WORDS[b.id][lang];

export function bindingLabel(b: Binding, lang: Lang): string {
  return `${b.show} ${bindingWords(b, lang)}`;
}
