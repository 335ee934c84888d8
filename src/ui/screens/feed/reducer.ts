// 朋友圈: the focused user's feed (src/insights/feed.ts): their friends' broadcast gifts with
// their effects and the gifts they shared, newest first. ↑/↓ scroll, Esc goes back.
import { feedFor } from '../../../insights/feed';
import type { KeyMap, ScreenReducer } from '../../app/types';

export interface FeedScreen {
  kind: 'feed';
  /** The post at the top of the view. */
  cursor: number;
}

export const feedScreen = (): FeedScreen => ({ kind: 'feed', cursor: 0 });

const KEYS: KeyMap<FeedScreen> = {
  up: (s) => ({ type: 'replace', screen: { ...s, cursor: Math.max(0, s.cursor - 1) } }),
  down: (s, env) => ({ type: 'replace', screen: { ...s, cursor: Math.max(0, Math.min(feedFor(env.state, env.user).length - 1, s.cursor + 1)) } }),
  back: () => ({ type: 'pop' }),
};

export const feedReducer: ScreenReducer<FeedScreen> = { keys: () => KEYS };
