// The words of a gift card: in the chat, opened, and the results of taking it; the address form.
export const CARD = {
  take: { zh: '领取', en: 'Take it' },
  takeWithAddress: { zh: '填地址领取', en: 'Fill an address to take it' },
  join: { zh: '参与抽奖', en: 'Enter the lottery' },
  switchTo: { zh: '换成 {spec}', en: 'Switch to {spec}' },
  accept: { zh: '收下礼物', en: 'Accept the gift' },
  acceptWithAddress: { zh: '填地址，收下礼物', en: 'Fill an address and accept' },
  redeem: { zh: '到店核销券码', en: 'Redeem at the shop' },
  close: { zh: '返回聊天', en: 'Back to the chat' },
  joined: { zh: '已参与抽奖，等待开奖', en: 'You are in: wait for the draw' },
  redeemed: { zh: '已核销 {code}', en: 'Redeemed {code}' },
  noSuchGift: { zh: '没有这份礼物', en: 'No such gift' },
  // The detail lines of an opened card.
  inAll: { zh: '共', en: 'In all' },
  oneGift: { zh: '份', en: 'gift' },
  manyGifts: { zh: '份', en: 'gifts' },
  drawAt: { zh: '开奖 {at} · {n}人参与', en: 'draw {at} · {n} in' },
  winners: { zh: '中奖', en: 'Winners' },
  nobody: { zh: '无', en: 'none' },
  seed: { zh: '种子', en: 'seed' },
  commit: { zh: '承诺', en: 'commit' },
  acceptBy: { zh: '中奖者 {at} 前收下', en: 'winners accept by {at}' },
  validUntil: { zh: '{at} 前有效', en: 'valid until {at}' },
  addressFilled: { zh: ' · 已填地址', en: ' · address filled' },
  code: { zh: '券码', en: 'code' },
  codeRedeemed: { zh: ' 已核销', en: ' redeemed' },
  inWallet: { zh: ' · 已放入卡包', en: ' · in your wallet' },
} as const;

/** A card in the chat whose gifts do not all fit: the ones shown, then how many more. */
export const CARD_MORE = { zh: '等 {n} 件礼物', en: 'and {n} more' } as const;

/** A card in the chat: its state line for the viewer. */
export const CARD_STATE = {
  claimable: { zh: '可领取 · 剩 {left}/{total}', en: 'take one · {left}/{total} left' },
  wonToAccept: { zh: '你中奖了 · 待收下', en: 'you won · accept it' },
  forYou: { zh: '送给你的 · 待收下', en: 'for you · accept it' },
  held: { zh: '已占到 · 请填地址', en: 'held for you · fill an address' },
  heldUntil: { zh: '已占到 · {at} 前填地址', en: 'held for you · fill an address by {at}' },
  wonAccepted: { zh: '你中奖了 · 已收下', en: 'you won · accepted' },
  taken: { zh: '已领取', en: 'taken' },
  soldOut: { zh: '手慢了 · 已领完', en: 'too slow · all taken' },
  allTaken: { zh: '已领完', en: 'all taken' },
  joinable: { zh: '参与抽奖 · {n}人已参与', en: 'enter · {n} in' },
  joined: { zh: '已参与 · {at} 开奖', en: 'entered · draw {at}' },
  notEligible: { zh: '不在抽奖名单内', en: 'not on the list' },
  won: { zh: '你中奖了', en: 'you won' },
  lost: { zh: '未中奖', en: 'not drawn' },
  expired: { zh: '已过期', en: 'expired' },
  entrants: { zh: '{n}人参与 · {at} 开奖', en: '{n} in · draw {at}' },
  accepted: { zh: '对方已收下', en: 'accepted' },
  refunded: { zh: '已过期 · 已退回', en: 'expired · refunded' },
  waiting: { zh: '等待对方收下', en: 'waiting' },
  progress: { zh: '已领 {taken}/{total}', en: '{taken}/{total} taken' },
  back: { zh: ' · 退回{n}', en: ' · {n} back' },
  notForYou: { zh: '不是给你的', en: 'not for you' },
} as const;

/** The moment after taking (or trying to take) a gift. */
export const RESULT = {
  gotIt: { zh: '抢到了！', en: 'Got it!' },
  accepted: { zh: '已收下礼物', en: 'Gift accepted' },
  voucher: { zh: ' 券码 {code}', en: ' voucher {code}' },
  tooSlow: { zh: '手慢了', en: 'Too slow' },
  allTaken: { zh: '礼物已被领完', en: 'All the gifts have been taken' },
  expired: { zh: '已过期', en: 'Expired' },
  expiredDetail: { zh: '这份礼物已过期并退回', en: 'This gift expired and was refunded' },
  notDrawn: { zh: '未中奖', en: 'Not drawn' },
  nextTime: { zh: '下次好运', en: 'Better luck next time' },
  back: { zh: 'Enter 返回聊天', en: 'Enter: back to the chat' },
} as const;

export const ADDRESS = {
  title: { zh: '填写收货地址', en: 'Delivery address' },
  saved: { zh: '选一个常用地址（最快）：', en: 'A saved address (fastest):' },
  orNew: { zh: '或填写新地址：', en: 'Or a new one:' },
  type: { zh: 'Enter 输入', en: 'Enter to type' },
  typing: { zh: '输入，Enter 下一项', en: 'type, Enter for the next' },
  submit: { zh: '提交并领取', en: 'Submit and take it' },
  name: { zh: '收货人', en: 'Name' },
  phone: { zh: '手机号', en: 'Phone' },
  region: { zh: '所在地区', en: 'Region' },
  detail: { zh: '详细地址', en: 'Detail' },
  required: { zh: '必填', en: 'required' },
  control: { zh: '含有不允许的字符', en: 'has control characters' },
  format: { zh: '须为 1 开头的 11 位手机号', en: 'an 11-digit mobile number starting 1[3-9]' },
  detailLength: { zh: '5–120 个字', en: '5–120 characters' },
  nameLength: { zh: '1–20 个字', en: '1–20 characters' },
  tooLong: { zh: '太长了', en: 'too long' },
} as const;
