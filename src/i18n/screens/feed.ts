// The words of the 朋友圈 feed and of sharing a gift there (晒礼物).
import type { Words } from '../index';

export const FEED = {
  title: { zh: '朋友圈 · {name}', en: 'Moments · {name}' },
  empty: { zh: '朋友圈还没有动态：朋友送出特效礼物、晒出收到的礼物时会出现在这里', en: 'Nothing yet: friends\' broadcast gifts and shared gifts appear here' },
  broadcast: { zh: '{by} 送出 {gift}', en: '{by} sent {gift}' },
  toFriend: { zh: ' 给 {to}', en: ' to {to}' },
  toGroup: { zh: ' 到 {group}', en: ' to {group}' },
  shared: { zh: '{by} 晒出了 {sender} 送的 {gift}', en: '{by} shared {gift} from {sender}' },
  mystery: { zh: '一份神秘礼物', en: 'a mystery gift' },
  price: { zh: '价值 {price}', en: 'worth {price}' },
  keys: { zh: '↑↓ 浏览 · Esc 返回', en: '↑↓ browse · Esc back' },
  sharedNotice: { zh: '已晒到朋友圈', en: 'Shared with your friends' },
  share: { zh: '晒到朋友圈', en: 'Share with friends' },
} satisfies Record<string, Words>;
