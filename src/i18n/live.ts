// Several terminals on one data file: who else is connected, who moved the shared clock, who
// runs the bots, and one person's phone (`--as`).
export const LIVE = {
  online: { zh: '在线：{who}', en: 'online: {who}' },
  justYou: { zh: '只有你', en: 'just you' },
  presenter: { zh: '主持人', en: 'presenter' },
  times: { zh: '{who}×{n}', en: '{who}×{n}' },
  anotherTerminal: { zh: '另一个终端', en: 'another terminal' },
  crowdHere: { zh: '🤖 机器人在本终端运行', en: '🤖 bots run here' },
  crowdThere: { zh: '🤖 机器人在{who}的终端运行', en: '🤖 bots run by: {who}' },
  movedClock: { zh: '{who} 拨了时间：{what}', en: '{who} moved the clock: {what}' },
  polling: { zh: '每秒刷新', en: 'refreshed every second' },
  failed: { zh: '⚠ 在线状态不可用：{reason}', en: '⚠ presence unavailable: {reason}' },
} as const;

export const PHONE = {
  home: { zh: '微信', en: 'WeChat' },
} as const;
