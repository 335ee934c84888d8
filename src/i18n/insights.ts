// The words of the insights view, `bluepacket insights`, and the 朋友圈 feed.
import type { Words } from './index';

export const INSIGHTS = {
  title: { zh: '📊 数据洞察 · {time}', en: '📊 Insights · {time}' },
  graph: { zh: '关系图谱', en: 'Who gives to whom' },
  noPairs: { zh: '还没有人收下礼物', en: 'No gift accepted yet' },
  pairs: { zh: '关系强度 · 前 {n} 对（共 {total} 对）', en: 'Strongest pairs · top {n} of {total}' },
  pairsAll: { zh: '关系强度 · {total} 对', en: 'Pairs · {total}' },
  pair: { zh: '{a}→{b} {ab} · {b}→{a} {ba}', en: '{a}→{b} {ab} · {b}→{a} {ba}' },
  more: { zh: '另有 {n} 人未画出', en: '{n} more people not drawn' },
  strong: { zh: '强', en: 'strong' },
  medium: { zh: '中', en: 'medium' },
  weak: { zh: '弱', en: 'weak' },
  board: { zh: '送礼排行榜 · 🔥连续天数 🏅徽章', en: 'Gift value given · 🔥 streak 🏅 badge' },
  noBoard: { zh: '还没有送出的礼物被收下', en: 'No gift given has been accepted yet' },
  streak: { zh: '🔥{n}天', en: '🔥{n}d' },
  badge: { zh: '🏅{n}天', en: '🏅{n}d' },
  tags: { zh: '消费偏好标签', en: 'What they give' },
  noTags: { zh: '还没有人送礼', en: 'Nobody has given yet' },
  chart: { zh: '礼物数 · 每{unit} · 共 {total} 份', en: 'Gifts sent per {unit} · {total} in all' },
  peak: { zh: '峰值 {n} 份 · {at}', en: 'peak {n} · {at}' },
  hour: { zh: '小时', en: 'hour' },
  day: { zh: '天', en: 'day' },
  hours: { zh: '{n}小时', en: '{n} hours' },
  days: { zh: '{n}天', en: '{n} days' },
  money: { zh: '钱去哪儿了 · 共 {total}', en: 'Where the money went · {total}' },
  moneyIn: { zh: '送礼人付 {paid} + 平台口令补贴 {subsidy}', en: 'senders paid {paid} + platform code subsidy {subsidy}' },
  merchants: { zh: '商家', en: 'merchants' },
  commission: { zh: '平台佣金', en: 'commission' },
  creators: { zh: '创作者', en: 'creators' },
  red: { zh: '红包', en: 'red packets' },
  refunds: { zh: '退回', en: 'refunds' },
  escrow: { zh: '托管中', en: 'in escrow' },
  subsidy: { zh: '口令补贴', en: 'code subsidy' },
  platform: { zh: '平台净收入 = 佣金 {fee} − 补贴 {subsidy} = {net}', en: 'platform net = fees {fee} − subsidy {subsidy} = {net}' },
  sums: { zh: '合计 {out} ✓', en: 'adds up to {out} ✓' },
  noSums: { zh: '合计 {out} ≠ {in} ✗', en: 'adds up to {out} ≠ {in} ✗' },
  keys: { zh: 'Esc 返回 · i 关闭', en: 'Esc back · i closes' },
} satisfies Record<string, Words>;

/** The festivals a gift chart names at its peak (Beijing dates). */
export const FESTIVALS: Readonly<Record<string, Words>> = {
  '2025-01-28': { zh: '除夕', en: "New Year's Eve" },
  '2025-01-29': { zh: '春节', en: 'Spring Festival' },
  '2025-02-12': { zh: '元宵', en: 'Lantern Festival' },
  '2025-02-14': { zh: '情人节', en: "Valentine's" },
  '2026-02-16': { zh: '除夕', en: "New Year's Eve" },
  '2026-02-17': { zh: '春节', en: 'Spring Festival' },
};

export const FEED = {
  title: { zh: '朋友圈 · {name}', en: 'Moments · {name}' },
  empty: { zh: '朋友圈还没有动态：朋友送出特效礼物、晒出收到的礼物时会出现在这里', en: 'Nothing yet: friends\' broadcast gifts and shared gifts appear here' },
  broadcast: { zh: '{by} 送出 {gift}', en: '{by} sent {gift}' },
  toFriend: { zh: ' 给 {to}', en: ' to {to}' },
  toGroup: { zh: ' 到 {group}', en: ' to {group}' },
  shared: { zh: '{by} 晒出了 {sender} 送的 {gift}', en: '{by} shared {gift} from {sender}' },
  mystery: { zh: '一份神秘礼物', en: 'a mystery gift' },
  price: { zh: '价值 {price}', en: 'worth {price}' },
  keys: { zh: '↑↓ 浏览 · Esc 返回', en: '↑↓ browse · Esc back' },
  sharedNotice: { zh: '已晒到朋友圈', en: 'Shared with your friends' },
  share: { zh: '晒到朋友圈', en: 'Share with friends' },
} satisfies Record<string, Words>;
