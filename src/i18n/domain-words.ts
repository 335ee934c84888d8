// Names of the domain's things, shared by the runner's account and the screens.
import type { Mode, OrderState, Tier, UnitState } from '../domain/types';
import type { PacketStatus } from '../domain/rules';
import type { Lang } from './index';

export const MODE_NAMES: Record<Mode, { zh: string; en: string }> = {
  direct: { zh: '礼物', en: 'Gift' },
  grab: { zh: '群发礼物', en: 'Group gift' },
  lottery: { zh: '礼物抽奖', en: 'Gift lottery' },
  luckybag: { zh: '拼手气礼物袋', en: 'Lucky bag' },
  redpacket: { zh: '红包', en: 'Red packet' },
  code: { zh: '口令礼物', en: 'Code gift' },
  bulk: { zh: '年会福利', en: 'Staff gift' },
};

export const ORDER_NAMES: Record<OrderState, { zh: string; en: string }> = {
  accepted: { zh: '待发货', en: 'to ship' },
  shipped: { zh: '已发货', en: 'shipped' },
  delivered: { zh: '已送达', en: 'delivered' },
  refunded: { zh: '已售后退款', en: 'refunded (after-sales)' },
};

export const TIER_NAMES: Record<Tier, { zh: string; en: string }> = {
  basic: { zh: '基础礼物', en: 'basic' },
  custom: { zh: '定制礼物', en: 'custom' },
  privilege: { zh: '场景特权', en: 'privilege' },
};

export const UNIT_STATE_NAMES: Record<UnitState, { zh: string; en: string }> = {
  open: { zh: '待领取', en: 'open' },
  assigned: { zh: '待收下', en: 'awaiting acceptance' },
  claimed: { zh: '已领取', en: 'claimed' },
  refunded: { zh: '已退回', en: 'refunded' },
};

export const STATUS_NAMES: Record<PacketStatus, { zh: string; en: string }> = {
  open: { zh: '进行中', en: 'open' },
  drawn: { zh: '已开奖', en: 'drawn' },
  done: { zh: '已结束', en: 'done' },
};

export const modeName = (m: Mode, lang: Lang) => MODE_NAMES[m][lang];
export const unitStateName = (s: UnitState, lang: Lang) => UNIT_STATE_NAMES[s][lang];
export const statusName = (s: PacketStatus, lang: Lang) => STATUS_NAMES[s][lang];
export const orderName = (s: OrderState, lang: Lang) => ORDER_NAMES[s][lang];
export const tierName = (s: Tier, lang: Lang) => TIER_NAMES[s][lang];
