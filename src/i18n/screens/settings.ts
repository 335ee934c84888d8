// The settings panel (s): the second edition's restraint and platform settings, switched in a
// session so a designer can compare with and without.
export const SETTINGS = {
  title: { zh: '设置 · 对比有无克制', en: 'Settings: compare with and without' },
  daily: { zh: '每日送礼上限', en: 'Daily send limit' },
  dailyOff: { zh: '不限', en: 'none' },
  dailyN: { zh: '{n} 次', en: '{n} a day' },
  mutual: { zh: '仅限双向好友', en: 'Mutual friends only' },
  on: { zh: '开', en: 'on' },
  off: { zh: '关', en: 'off' },
  commission: { zh: '平台佣金', en: 'Platform fee' },
  codeDiscount: { zh: '口令礼物平台补贴', en: 'Code gift discount' },
  percent: { zh: '{n}%', en: '{n}%' },
  grab: { zh: '抢礼物规则', en: 'Grab rule' },
  grabKey: { zh: '按 p 切换', en: 'p switches' },
  apply: { zh: '应用设置', en: 'Apply' },
  nothing: { zh: '没有改动', en: 'Nothing changed' },
  pending: { zh: '* 改动还没应用', en: '* not applied yet' },
  today: { zh: '{who}今天已送 {n}/{limit} 次 · 明天 00:00 重置', en: '{who}: {n}/{limit} sent today · resets at 00:00' },
  todayNoLimit: { zh: '{who}今天已送 {n} 次', en: '{who}: {n} sent today' },
  hint: { zh: '←/→ 调整 · Enter 切换或下一项', en: '←/→ change · Enter toggles or moves on' },
} as const;
