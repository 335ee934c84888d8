// The words of a red packet (红包): its card in the chat, the screen that opens it, and the form
// that sends one.
export const RED = {
  lucky: { zh: '拼手气红包', en: 'Lucky red packet' },
  equal: { zh: '普通红包', en: 'Red packet' },
  count: { zh: '{n} 个', en: '×{n}' },
  // The card's state line, by the viewer's state.
  claimable: { zh: '领取红包 · 剩 {left}/{total}', en: 'open it · {left}/{total} left' },
  claimed: { zh: '已领 {amount}', en: 'got {amount}' },
  best: { zh: ' · 手气最佳', en: ' · best luck' },
  soldOut: { zh: '手慢了，红包派完了', en: 'too slow: all gone' },
  progress: { zh: '已领 {taken}/{total} · {got}', en: '{taken}/{total} opened · {got}' },
  refunded: { zh: ' · 退回 {amount}', en: ' · {amount} back' },
  // The screen that opens it.
  whose: { zh: '{who}的红包', en: "{who}'s red packet" },
  opening: { zh: '開', en: 'Open' },
  opened: { zh: '已存入零钱', en: 'added to your wallet' },
  tooSlow: { zh: '手慢了，红包派完了', en: 'Too slow: all gone' },
  expired: { zh: '该红包已过期', en: 'This red packet has expired' },
  yours: { zh: '你发的红包', en: 'You sent this one' },
  summary: { zh: '{n} 个红包共 {amount}', en: '{n} red packets, {amount} in all' },
  summaryTaken: { zh: '已领取 {taken}/{n} 个，共 {got}/{amount}', en: '{taken}/{n} opened, {got}/{amount}' },
  refundedLine: { zh: '{n} 个没人领，已退回 {amount}', en: '{n} unopened, {amount} refunded' },
  bestMark: { zh: '👑 手气最佳', en: '👑 best luck' },
  back: { zh: 'Enter 返回聊天', en: 'Enter: back to the chat' },
  // The send form.
  send: { zh: '🧧 发红包', en: '🧧 Send a red packet' },
  sendHint: { zh: '拼手气 / 普通', en: 'lucky or equal' },
  tab: { zh: '🧧红包', en: '🧧Red' },
  sent: { zh: '红包已发出', en: 'Red packet sent' },
} as const;
