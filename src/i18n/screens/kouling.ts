// The words of a code gift (Taobao's 口令): the share text and code its sender passes on, and
// the screen where anyone enters them (k) to claim one.
export const SHARE = {
  title: { zh: '口令已生成 · 复制给朋友', en: 'Your share code is ready: pass it on' },
  text: {
    zh: '【礼物口令】{who}送你「{gift}」，复制 ¥{token}¥ 打开 bluepacket，按 k 输入口令和领取码',
    en: '[Gift] {who} sends you “{gift}”: copy ¥{token}¥, open bluepacket, press k and enter it with the code',
  },
  code: { zh: '领取码', en: 'Code' },
  codeNote: { zh: '单独告诉对方，别和口令放在一起', en: 'tell it separately from the share code' },
  terms: { zh: '{n} 份 · 每人一份 · {at} 前有效 · 错 {tries} 次锁定', en: '{n} to give · one each · valid until {at} · locked after {tries} wrong codes' },
  back: { zh: 'Enter 返回', en: 'Enter: back' },
} as const;

export const KOULING = {
  title: { zh: '输入口令', en: 'Enter a share code' },
  kouling: { zh: '口令', en: 'Share code' },
  paste: { zh: '粘贴口令，或 ¥p0001¥', en: 'paste it, or ¥p0001¥' },
  code: { zh: '领取码', en: 'Code' },
  codeHint: { zh: '4 位数字', en: '4 digits' },
  notFound: { zh: '没有找到这个口令', en: 'No code gift goes by that share code' },
  gift: { zh: '{who}的口令礼物', en: "{who}'s code gift" },
  left: { zh: '剩 {left}/{total} · {at} 前有效', en: '{left}/{total} left · valid until {at}' },
  tries: { zh: '已输错 {n} 次 · 还能试 {left} 次', en: '{n} wrong so far · {left} tries left' },
  locked: { zh: '已输错 {n} 次 · 已锁定', en: '{n} wrong · locked' },
  own: { zh: '这是你发的口令礼物', en: 'You sent this one' },
  mine: { zh: '你已领取过这份礼物', en: 'You have taken one already' },
  next: { zh: 'Enter 下一步', en: 'Enter: next' },
  take: { zh: '领取', en: 'Take it' },
  takeWithAddress: { zh: '填地址领取', en: 'Fill an address and take it' },
} as const;
