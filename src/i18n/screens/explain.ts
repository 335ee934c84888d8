// What a refusal means here and now: the detail the screens add after the refusal's own words
// (src/i18n/refusals.ts), from the state: how many sends are left today, who has not added whom,
// how many tries a code has left, when after-sales closed.
export const EXPLAIN = {
  dailyLimit: { zh: '已送 {n}/{limit} · 明天 00:00 重置', en: 'sent {n}/{limit} today · resets at 00:00' },
  notMutualThey: { zh: '{who}没有加你为好友（单向好友）', en: '{who} has not added you back (one-sided)' },
  notMutualYou: { zh: '你没有加{who}为好友（单向好友）', en: 'you have not added {who} (one-sided)' },
  notFriend: { zh: '你和{who}不是好友', en: 'you and {who} are not friends' },
  badAmount: { zh: '你填了 {amount} 分 {n} 个', en: 'you asked for {amount} in {n}' },
  codeFormat: { zh: '领取码须为 4 位数字', en: 'the code must be 4 digits' },
  triesLeft: { zh: '还能试 {left} 次', en: '{left} tries left' },
  nowLocked: { zh: '错了 {n} 次，已锁定', en: '{n} wrong: locked' },
  locked: { zh: '错了 {n} 次，码对了也不能再领', en: '{n} wrong: not even the right code works now' },
  notAccepted: { zh: '收下之后才能申请售后', en: 'accept it first' },
  closedAt: { zh: '售后期 {at} 截止（送达后 7 天）', en: 'it closed at {at} (7 days after delivery)' },
  noAftersale: { zh: '虚拟礼物和兑换券不走售后', en: 'virtual gifts and vouchers have none' },
  badReply: { zh: '回礼只能给{who}', en: 'it can only go to {who}' },
} as const;
