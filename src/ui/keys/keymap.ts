// The one key table. Ink gives every active useInput every key, so the app has a single input
// handler that looks keys up here; the same table drives the status bar and the help overlay,
// so what the screen says works is what works.
import type { Key } from 'ink';
import type { Lang } from '../../i18n';

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
  | 'restart';

/** Where a binding works: everywhere the keyboard is not in a text field, in some screens,
 * while typing, or while a scenario plays in the panes (at rest in the chat). */
export type Scope = 'global' | 'screen' | 'text' | 'player';

type Special = 'upArrow' | 'downArrow' | 'leftArrow' | 'rightArrow' | 'return' | 'escape' | 'tab' | 'pageUp' | 'pageDown';
export interface KeySpec {
  input?: string;
  special?: Special;
  shift?: boolean;
}

export interface Binding {
  id: ActionId;
  keys: KeySpec[];
  /** How the key is written in the help and the status bar. */
  show: string;
  label: { zh: string; en: string };
  scope: Scope;
  /** For the help overlay's grouping. */
  group: 'app' | 'time' | 'move' | 'chat' | 'shop' | 'form' | 'player';
}

const k = (input: string): KeySpec => ({ input });
const sp = (special: Special, shift = false): KeySpec => ({ special, shift });

export const BINDINGS: Binding[] = [
  { id: 'help', keys: [k('?')], show: '?', label: { zh: '帮助', en: 'help' }, scope: 'global', group: 'app' },
  { id: 'quit', keys: [k('q')], show: 'q', label: { zh: '退出', en: 'quit' }, scope: 'global', group: 'app' },
  { id: 'nextPane', keys: [sp('tab')], show: 'Tab', label: { zh: '下一个人', en: 'next pane' }, scope: 'global', group: 'app' },
  { id: 'prevPane', keys: [sp('tab', true)], show: 'S-Tab', label: { zh: '上一个人', en: 'previous pane' }, scope: 'global', group: 'app' },
  { id: 'pane', keys: ['1', '2', '3', '4', '5', '6'].map(k), show: '1-6', label: { zh: '切换到第 N 人', en: 'pane N' }, scope: 'global', group: 'app' },
  { id: 'hour', keys: [k('t')], show: 't', label: { zh: '时间 +1小时', en: 'time +1 h' }, scope: 'global', group: 'time' },
  { id: 'deadline', keys: [k('n')], show: 'n', label: { zh: '跳到下个截止', en: 'next deadline' }, scope: 'global', group: 'time' },
  { id: 'policy', keys: [k('p')], show: 'p', label: { zh: '切换抢礼物规则', en: 'switch grab rule' }, scope: 'global', group: 'time' },
  { id: 'up', keys: [sp('upArrow'), sp('pageUp')], show: '↑', label: { zh: '上', en: 'up' }, scope: 'screen', group: 'move' },
  { id: 'down', keys: [sp('downArrow'), sp('pageDown')], show: '↓', label: { zh: '下', en: 'down' }, scope: 'screen', group: 'move' },
  { id: 'left', keys: [sp('leftArrow')], show: '←', label: { zh: '左', en: 'left' }, scope: 'screen', group: 'move' },
  { id: 'right', keys: [sp('rightArrow')], show: '→', label: { zh: '右', en: 'right' }, scope: 'screen', group: 'move' },
  { id: 'select', keys: [sp('return')], show: 'Enter', label: { zh: '确定', en: 'select' }, scope: 'screen', group: 'move' },
  { id: 'back', keys: [sp('escape')], show: 'Esc', label: { zh: '返回', en: 'back' }, scope: 'screen', group: 'move' },
  { id: 'shop', keys: [k('g')], show: 'g', label: { zh: '选礼物', en: 'gift shop' }, scope: 'screen', group: 'chat' },
  { id: 'chats', keys: [k('c')], show: 'c', label: { zh: '切换聊天', en: 'chats' }, scope: 'screen', group: 'chat' },
  { id: 'search', keys: [k('/')], show: '/', label: { zh: '搜索', en: 'search' }, scope: 'screen', group: 'shop' },
  { id: 'minus', keys: [k('-')], show: '-', label: { zh: '减少', en: 'fewer' }, scope: 'screen', group: 'form' },
  { id: 'plus', keys: [k('+'), k('=')], show: '+', label: { zh: '增加', en: 'more' }, scope: 'screen', group: 'form' },
  { id: 'add', keys: [k('a')], show: 'a', label: { zh: '再加一件', en: 'add a gift' }, scope: 'screen', group: 'form' },
  { id: 'playPause', keys: [k(' ')], show: 'Space', label: { zh: '暂停/继续', en: 'pause/resume' }, scope: 'player', group: 'player' },
  { id: 'stepForward', keys: [sp('rightArrow')], show: '→', label: { zh: '下一步', en: 'next step' }, scope: 'player', group: 'player' },
  { id: 'stepBack', keys: [sp('leftArrow')], show: '←', label: { zh: '上一步', en: 'step back' }, scope: 'player', group: 'player' },
  { id: 'marks', keys: [k('m')], show: 'm', label: { zh: '跳到标记', en: 'marks' }, scope: 'player', group: 'player' },
  { id: 'restart', keys: [k('r')], show: 'r', label: { zh: '从头再来', en: 'restart' }, scope: 'player', group: 'player' },
  { id: 'stopEdit', keys: [sp('escape')], show: 'Esc', label: { zh: '结束输入', en: 'stop typing' }, scope: 'text', group: 'form' },
  { id: 'nextField', keys: [sp('tab'), sp('downArrow')], show: 'Tab', label: { zh: '下一项', en: 'next field' }, scope: 'text', group: 'form' },
  { id: 'prevField', keys: [sp('tab', true), sp('upArrow')], show: 'S-Tab', label: { zh: '上一项', en: 'previous field' }, scope: 'text', group: 'form' },
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
}

/** The bindings that work now, in table order. */
export function activeBindings(ctx: Context): Binding[] {
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

export function bindingLabel(b: Binding, lang: Lang): string {
  return `${b.show} ${b.label[lang]}`;
}
