// The chat screen's words, and the system lines the engine leaves in a chat.
export const CHAT = {
  empty: { zh: '还没有消息。按 g 选礼物', en: 'No messages yet. Press g to pick a gift' },
  openGift: { zh: 'Enter 打开礼物', en: 'Enter opens the gift' },
  typeOrGift: { zh: 'Enter 输入 · g 选礼物', en: 'Enter to type · g gifts' },
  typing: { zh: '输入消息，Enter 发送 · Esc 结束', en: 'type a line, Enter sends · Esc stops' },
  colon: { zh: '：', en: ': ' },
  drawn: { zh: '🎲 礼物抽奖已开奖', en: '🎲 The gift lottery has been drawn' },
  surplusMany: { zh: '↩ {n} 份未抽出的礼物已退回 {amount}', en: '↩ {n} undrawn gifts came back: {amount}' },
  surplusOne: { zh: '↩ 未抽出的礼物已退回 {amount}', en: '↩ An undrawn gift came back: {amount}' },
  expiredMany: { zh: '↩ {n} 份礼物已过期，已退回 {amount}', en: '↩ {n} gifts expired: {amount} refunded' },
  expiredOne: { zh: '↩ 礼物已过期，已退回 {amount}', en: '↩ A gift expired: {amount} refunded' },
  /** A code gift's own chat: its card, no chatting. */
  codeChat: { zh: 'Esc 返回群聊', en: 'Esc: back to the group' },
  codeTitle: { zh: '🔑 {mode} · {who}', en: '🔑 {mode} · {who}' },
  /** Scrolling back past the oldest line in memory: the store reads older ones from disk. */
  loadingOlder: { zh: '… 正在读取更早的消息', en: '… loading older messages' },
  noOlder: { zh: '— 没有更早的消息了 —', en: '— no older messages —' },
  /** The cursor on a line of the history, above the cards. */
  scrolledBack: { zh: '↑ 更早 · ↓ 更新 · Enter 输入', en: '↑ older · ↓ newer · Enter to type' },
  /** A card whose gift is in the archive and not read back yet. */
  archivedCard: { zh: '🎁 已归档的礼物 · Enter 打开', en: '🎁 an archived gift · Enter opens it' },
} as const;

export const CHATS = {
  title: { zh: '聊天', en: 'Chats' },
  unread: { zh: '{n} 条新消息', en: '{n} new' },
  unreadGifts: { zh: '🎁 {n} 条新消息', en: '🎁 {n} new' },
} as const;
