// The words of putting a gift together: how to give it, its options, who may have it, the
// confirm screen.
export const MODE = {
  title: { zh: '怎么送？', en: 'How to give it?' },
  direct: { zh: '送给朋友', en: 'To a friend' },
  directHint: { zh: '一对一', en: 'one to one' },
  grab: { zh: '群发礼物', en: 'Group gift' },
  grabHint: { zh: '拼手速：先填地址先得', en: 'fastest address wins' },
  lottery: { zh: '礼物抽奖', en: 'Gift lottery' },
  lotteryHint: { zh: '拼运气：到点开奖', en: 'luck: drawn at a set time' },
  luckybag: { zh: '拼手气礼物袋', en: 'Lucky bag' },
  luckybagHint: { zh: '几样礼物，随机领一样', en: 'several gifts, one at random each' },
  bulk: { zh: '年会福利', en: 'Staff gift' },
  bulkHint: { zh: '企业账号：每位员工一份', en: 'company: one for each of the staff' },
  noGroup: { zh: '你不在任何群里', en: 'You are in no group' },
} as const;

export const COMPOSE = {
  to: { zh: '收礼人', en: 'To' },
  pickFriend: { zh: '（选择朋友）', en: '(pick a friend)' },
  gifts: { zh: '份数', en: 'Gifts' },
  max: { zh: '最多{n}', en: 'max {n}' },
  draw: { zh: '开奖', en: 'Draw' },
  inHours: { zh: '{n}小时后', en: 'in {n} h' },
  who: { zh: '参与者', en: 'Who may enter' },
  everyone: { zh: '全部群成员', en: 'everyone' },
  chosen: { zh: '指定 {n} 人', en: '{n} chosen' },
  recipients: { zh: '发给', en: 'To' },
  showPrice: { zh: '朋友圈显示价格', en: 'Price in friends\' feeds' },
  yes: { zh: '◀ 显示 ▶', en: '◀ shown ▶' },
  no: { zh: '◀ 不显示 ▶', en: '◀ hidden ▶' },
  wholeGroup: { zh: '全群 {n} 人', en: 'the whole group ({n})' },
  add: { zh: '+ 再加一件礼物 (a)', en: '+ add another gift (a)' },
  message: { zh: '赠言', en: 'Message' },
  next: { zh: '下一步：确认', en: 'Next: confirm' },
  write: { zh: 'Enter 写赠言', en: 'Enter to write' },
  optional: { zh: '（可选）', en: '(optional)' },
  total: { zh: '合计', en: 'Total' },
  oneGift: { zh: '份', en: 'gift' },
  manyGifts: { zh: '份', en: 'gifts' },
  friendFirst: { zh: '先选一位朋友', en: 'Pick a friend first' },
} as const;

export const PICK = {
  whoMay: { zh: '谁可以参与抽奖？', en: 'Who may enter?' },
  whichFriend: { zh: '送给哪位朋友？', en: 'Which friend?' },
  whichStaff: { zh: '发给哪些员工？', en: 'Which of the staff?' },
  doneSome: { zh: '✓ 完成（{n} 人）', en: '✓ done ({n})' },
  doneAll: { zh: '✓ 完成（全部成员）', en: '✓ done (everyone)' },
} as const;

export const CONFIRM = {
  title: { zh: '确认送出', en: 'Confirm' },
  toFriend: { zh: '送给 {name}', en: 'to {name}' },
  toGroup: { zh: '发到 {name}', en: 'to {name}' },
  drawAll: { zh: '{n}小时后开奖 · 全部成员可参与', en: 'draw in {n} h · everyone may enter' },
  drawSome: { zh: '{n}小时后开奖 · {k}人可参与', en: 'draw in {n} h · {k} may enter' },
  toStaff: { zh: '发给 {n} 位员工，每人一份', en: 'to {n} of the staff, one each' },
  wallet: { zh: '零钱', en: 'Wallet' },
  pay: { zh: '确认支付', en: 'Pay and send' },
  back: { zh: '返回修改', en: 'Back' },
  sent: { zh: '礼物已发出', en: 'Gift sent' },
} as const;
