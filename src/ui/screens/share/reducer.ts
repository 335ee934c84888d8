// A code gift's 口令, for its sender to pass on: the share text (it names the packet) and the
// 4-digit code, told separately. Shown once it is sent, and again from the sender's card.
import type { KeyMap, ScreenReducer } from '../../app/types';

export interface ShareScreen {
  kind: 'share';
  packet: string;
}

export const shareScreen = (packet: string): ShareScreen => ({ kind: 'share', packet });

const KEYS: KeyMap<ShareScreen> = { select: () => ({ type: 'pop' }), back: () => ({ type: 'pop' }) };

export const shareReducer: ScreenReducer<ShareScreen> = { keys: () => KEYS };
