// The app's own words: the status bar, the help, the timeline, the panes' headers, the clock's
// notices, the store's failures, the scenario player's bar.
import type { Words } from './index';

export const APP = {
  beijing: { zh: '北京时间', en: 'Beijing' },
  seed: { zh: '种子', en: 'seed' },
  firstAddress: { zh: '先填地址先得', en: 'first address wins' },
  reserveOnOpen: { zh: '打开即占位', en: 'reserve on open' },
  anyKeyCloses: { zh: '任意键关闭帮助', en: 'any key closes the help' },
  wallet: { zh: '零钱', en: 'wallet' },
  timelineEmpty: { zh: '时间线：引擎事件会出现在这里', en: 'Timeline: engine events appear here' },
  enlarge: { zh: '请把终端窗口放大', en: 'Please enlarge the terminal' },
  onePane: { zh: '一个窗格至少要 {cols} 列、终端至少 {rows} 行；--users 可以只放想看的人', en: 'one pane needs {cols} columns and the terminal {rows} rows; --users chooses who gets a pane' },
  ctrlCQuits: { zh: 'Ctrl-C 退出', en: 'Ctrl-C quits' },
  ctrlCAlways: { zh: 'Ctrl-C 随时退出', en: 'Ctrl-C always quits' },
  helpTitle: { zh: '帮助 · 按任意键关闭 · Ctrl-C 随时退出', en: 'Help · any key closes · Ctrl-C always quits' },
  nothingDue: { zh: '没有待到期的礼物', en: 'Nothing is due' },
  timeTo: { zh: '时间 → {at}', en: 'time → {at}' },
  drawn: { zh: '{n} 个抽奖开奖', en: '{n} lotteries drawn' },
  drawnOne: { zh: '1 个抽奖开奖', en: 'a lottery drawn' },
  refunded: { zh: '{n} 份礼物退回', en: '{n} gifts refunded' },
  refundedOne: { zh: '1 份礼物退回', en: 'a gift refunded' },
  movedAside: { zh: '旧数据已移到 {file}', en: 'the old data file was moved to {file}' },
  // News from a chat the pane is not showing, under its header.
  inboxGift: { zh: '🎁 {who}在「{chat}」发了礼物 · c 查看', en: '🎁 {who} sent a gift in {chat} · c to see' },
  inboxGiftDm: { zh: '🎁 {who}私聊送你礼物 · c 查看', en: '🎁 {who} sent you a gift · c to see' },
  inboxGiftShort: { zh: '🎁 {who}发了礼物 · c 查看', en: '🎁 a gift from {who} · c' },
  inboxText: { zh: '💬 「{chat}」{who}：{text} · c 查看', en: '💬 {chat}, {who}: {text} · c to see' },
  inboxTextDm: { zh: '💬 {who}：{text} · c 查看', en: '💬 {who}: {text} · c to see' },
  inboxMore: { zh: '（{n} 条新消息）', en: ' ({n} new)' },
} as const;

/** A store failure, said in the pane that met it: what went wrong and with which file. */
export const STORE_FAILURE = {
  CORRUPT: { zh: '⚠ 数据文件已损坏，未保存：{file}', en: '⚠ the data file is damaged, nothing was saved: {file}' },
  TRUNCATED: { zh: '⚠ 数据文件不完整，未保存：{file}', en: '⚠ the data file is cut short, nothing was saved: {file}' },
  VERSION: { zh: '⚠ 数据文件版本不同，未保存：{file}', en: '⚠ the data file is of another version, nothing was saved: {file}' },
  FOREIGN: { zh: '⚠ 不是本程序的数据文件，未保存：{file}', en: '⚠ not a bluepacket data file, nothing was saved: {file}' },
  LOCKED: { zh: '⚠ 数据文件被另一进程锁住，未保存：{file}', en: '⚠ the data file is locked by another process, nothing was saved: {file}' },
  IO: { zh: '⚠ 无法读写数据文件，未保存：{file}', en: '⚠ cannot read or write the data file, nothing was saved: {file}' },
  other: { zh: '⚠ 未保存：{reason}', en: '⚠ nothing was saved: {reason}' },
} as const;

/** A store failure while reading history back (scrolling a chat back, an archived gift). */
export const READ_FAILURE = {
  CORRUPT: { zh: '⚠ 归档已损坏，读不出更早的记录：{file}', en: '⚠ the archive is damaged, older history cannot be read: {file}' },
  TRUNCATED: { zh: '⚠ 归档不完整，读不出更早的记录：{file}', en: '⚠ the archive is cut short, older history cannot be read: {file}' },
  VERSION: { zh: '⚠ 归档版本不同，读不出更早的记录：{file}', en: '⚠ the archive is of another version, older history cannot be read: {file}' },
  FOREIGN: { zh: '⚠ 不是本程序的归档，读不出更早的记录：{file}', en: '⚠ not a bluepacket archive, older history cannot be read: {file}' },
  LOCKED: { zh: '⚠ 数据文件被另一进程锁住，读不出更早的记录：{file}', en: '⚠ the data file is locked by another process, older history cannot be read: {file}' },
  IO: { zh: '⚠ 无法读取归档，读不出更早的记录：{file}', en: '⚠ cannot read the archive, older history cannot be read: {file}' },
  other: { zh: '⚠ 读不出更早的记录：{reason}', en: '⚠ older history cannot be read: {reason}' },
} as const;

export const HELP_GROUPS = {
  app: { zh: '窗格与程序', en: 'Panes and the app' },
  time: { zh: '时间与规则', en: 'Time and rules' },
  move: { zh: '移动与选择', en: 'Moving and choosing' },
  chat: { zh: '聊天', en: 'Chat' },
  shop: { zh: '选礼物', en: 'Gift shop' },
  form: { zh: '表单与输入', en: 'Forms and typing' },
  player: { zh: '播放场景（play --tui）', en: 'Playing a scenario (play --tui)' },
} as const;

export const PLAYER = {
  live: { zh: '● 现场操作', en: '● live' },
  playing: { zh: '▶ 播放中', en: '▶ playing' },
  paused: { zh: '⏸ 已暂停', en: '⏸ paused' },
  finished: { zh: '■ 播放完毕', en: '■ finished' },
  // A step is named by its index, as in the scenario file's account (#0 is steps[0]).
  step: { zh: '步骤 #{i}（共 {total} 步）', en: 'step #{i} of {total}' },
  before: { zh: '开始前（共 {total} 步）', en: 'before step #0 ({total} steps)' },
  marksTitle: { zh: '跳到标记 · ↑↓ 选择 · Enter 跳转 · Esc 关闭', en: 'Jump to a mark · ↑↓ choose · Enter jump · Esc close' },
  noMarks: { zh: '这个场景没有标记', en: 'This scenario has no marks' },
  afterStep: { zh: '#{n} 之后', en: 'after #{n}' },
} as const;

/** The question before quitting with unsaved typing. */
export const QUIT = {
  title: { zh: '还有没提交的输入', en: 'Something typed is not sent yet' },
  where: { zh: '{who} 的窗格：{what}', en: "{who}'s pane: {what}" },
  lost: { zh: '现在退出，这些输入会丢失。', en: 'Quitting now loses it.' },
  keys: { zh: 'y 仍然退出 · n 或 Esc 留下继续填', en: 'y quits anyway · n or Esc stays' },
} as const;

/** What holds the typing, by the kind of screen (others: `form`). */
export const QUIT_WHAT: Record<string, Words> = {
  address: { zh: '收货地址（没有提交）', en: 'the address form (not submitted)' },
  compose: { zh: '礼物的赠言、金额或挑好的人（没有付款）', en: "a gift's message, amount or people picked (not paid)" },
  confirm: { zh: '礼物的赠言、金额或挑好的人（没有付款）', en: "a gift's message, amount or people picked (not paid)" },
  pick: { zh: '挑好的人（没有点完成）', en: 'people picked (not done)' },
  kouling: { zh: '口令或领取码（没有领取）', en: 'a share code or code (not taken)' },
  settings: { zh: '设置（没有应用）', en: 'the settings (not applied)' },
  chat: { zh: '聊天输入（没有发送）', en: 'a chat line (not sent)' },
  form: { zh: '没有提交的输入', en: 'typing not sent' },
};
