// The moment after an action: 抢到了 / 手慢了 / 已收下 / 未中奖. Enter or Esc goes back.
import type { KeyMap, ScreenReducer, Tone } from '../../app/types';

export interface ResultScreen {
  kind: 'result';
  packet: string;
  tone: Tone;
  title: string;
  detail: string;
}

const KEYS: KeyMap<ResultScreen> = { select: () => ({ type: 'pop' }), back: () => ({ type: 'pop' }) };

export const resultReducer: ScreenReducer<ResultScreen> = { keys: () => KEYS };
