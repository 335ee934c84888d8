// What each key of the key table does, in words: the status bar and the help say these.
import type { Words } from './index';

/** By the key table's action ids (src/ui/keys/keymap.ts). */
export const KEY_WORDS = {
  help: { zh: '帮助', en: 'help' },
  quit: { zh: '退出', en: 'quit' },
  nextPane: { zh: '下一个人', en: 'next pane' },
  prevPane: { zh: '上一个人', en: 'previous pane' },
  pane: { zh: '切换到第 N 人', en: 'pane N' },
  hour: { zh: '时间 +1小时', en: 'time +1 h' },
  deadline: { zh: '跳到下个截止', en: 'next deadline' },
  policy: { zh: '切换抢礼物规则', en: 'switch grab rule' },
  up: { zh: '上', en: 'up' },
  down: { zh: '下', en: 'down' },
  left: { zh: '左', en: 'left' },
  right: { zh: '右', en: 'right' },
  select: { zh: '确定', en: 'select' },
  back: { zh: '返回', en: 'back' },
  shop: { zh: '选礼物', en: 'gift shop' },
  chats: { zh: '切换聊天', en: 'chats' },
  search: { zh: '搜索', en: 'search' },
  minus: { zh: '减少', en: 'fewer' },
  plus: { zh: '增加', en: 'more' },
  add: { zh: '再加一件', en: 'add a gift' },
  playPause: { zh: '暂停/继续', en: 'pause/resume' },
  stepForward: { zh: '下一步', en: 'next step' },
  stepBack: { zh: '上一步', en: 'step back' },
  marks: { zh: '跳到标记', en: 'marks' },
  restart: { zh: '从头再来', en: 'restart' },
  stopEdit: { zh: '结束输入', en: 'stop typing' },
  nextField: { zh: '下一项', en: 'next field' },
  prevField: { zh: '上一项', en: 'previous field' },
} satisfies Record<string, Words>;
