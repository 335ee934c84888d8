// The chat screen's words, and the system lines the engine leaves in a chat.
export const CHAT = {
  empty: { zh: '还没有消息。按 g 选礼物', en: 'No messages yet. Press g to pick a gift' },
  openGift: { zh: 'Enter 打开礼物', en: 'Enter opens the gift' },
  typeOrGift: { zh: 'Enter 输入 · g 选礼物', en: 'Enter to type · g gifts' },
  colon: { zh: '：', en: ': ' },
  drawn: { zh: '🎲 礼物抽奖已开奖', en: '🎲 The gift lottery has been drawn' },
  surplusMany: { zh: '↩ {n} 份未抽出的礼物已退回 {amount}', en: '↩ {n} undrawn gifts came back: {amount}' },
  surplusOne: { zh: '↩ 未抽出的礼物已退回 {amount}', en: '↩ An undrawn gift came back: {amount}' },
  expiredMany: { zh: '↩ {n} 份礼物已过期，已退回 {amount}', en: '↩ {n} gifts expired: {amount} refunded' },
  expiredOne: { zh: '↩ 礼物已过期，已退回 {amount}', en: '↩ A gift expired: {amount} refunded' },
  /** A code gift's own chat: its card, no chatting. */
  codeChat: { zh: 'Esc 返回群聊', en: 'Esc: back to the group' },
  codeTitle: { zh: '🔑 {mode} · {who}', en: '🔑 {mode} · {who}' },
} as const;

export const CHATS = {
  title: { zh: '聊天', en: 'Chats' },
} as const;
