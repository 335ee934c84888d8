// What each refusal code says, in Chinese and English: the runner's report, the screens and the
// player all read it here. The codes themselves are the domain's (src/domain/errors.ts).
import type { RefusalCode } from '../domain/errors';
import type { Lang } from './index';

const MESSAGES: Record<RefusalCode, { zh: string; en: string }> = {
  UNKNOWN_USER: { zh: '没有这个用户', en: 'No such user' },
  UNKNOWN_GROUP: { zh: '没有这个群', en: 'No such group' },
  UNKNOWN_PACKET: { zh: '没有这个礼物', en: 'No such gift packet' },
  UNKNOWN_SKU: { zh: '没有这个商品', en: 'No such product' },
  UNKNOWN_SPEC: { zh: '没有这个规格', en: 'No such variant' },
  NOT_GIFTABLE: { zh: '该商品不支持送礼', en: 'This product cannot be given as a gift' },
  INSUFFICIENT_FUNDS: { zh: '零钱不足', en: 'Not enough money in the wallet' },
  OUT_OF_STOCK: { zh: '库存不足', en: 'Out of stock' },
  NOT_FRIEND: { zh: '对方不是你的好友', en: 'Not your friend' },
  NOT_MEMBER: { zh: '不是群成员', en: 'Not a member of the group' },
  BAD_COUNT: { zh: '礼物份数不对', en: 'Bad number of gifts' },
  MESSAGE_TOO_LONG: { zh: '赠言最多100个字', en: 'The message is longer than 100 characters' },
  BAD_DRAW_TIME: { zh: '开奖时间须在24小时内', en: 'The draw must be within 24 hours of sending' },
  OWN_PACKET: { zh: '不能领取自己发的礼物', en: 'You cannot take your own gift' },
  NOT_RECIPIENT: { zh: '这份礼物不是送给你的', en: 'This gift is not for you' },
  NOT_ELIGIBLE: { zh: '你不在可参与抽奖的名单中', en: 'You are not allowed to enter this lottery' },
  ALREADY_JOINED: { zh: '你已参与抽奖', en: 'You have already entered' },
  ALREADY_CLAIMED: { zh: '你已领取过这份礼物', en: 'You have already taken a gift from this packet' },
  SOLD_OUT: { zh: '手慢了，礼物已被领完', en: 'Too slow: all gifts have been taken' },
  NOT_DRAWN: { zh: '还没有开奖', en: 'The lottery has not been drawn yet' },
  DRAW_CLOSED: { zh: '已开奖，不能再参与', en: 'The lottery has been drawn: entries are closed' },
  NOT_WINNER: { zh: '很遗憾，未中奖', en: 'You did not win' },
  INVALID_ADDRESS: { zh: '地址信息不完整或有误', en: 'The address is incomplete or invalid' },
  EXPIRED: { zh: '礼物已过期', en: 'The gift has expired' },
  ACCEPTED: { zh: '礼物已收下，规格不能再改', en: 'The gift is accepted: its variant is locked' },
  SPEC_PRICE_MISMATCH: { zh: '只能换成同价的规格', en: 'You can only switch to a variant at the same price' },
  NO_VOUCHER: { zh: '你没有这份礼物的券码', en: 'You hold no voucher from this packet' },
  ALREADY_REDEEMED: { zh: '券码已核销', en: 'The voucher is already redeemed' },
  WRONG_MODE: { zh: '这种礼物不能这样操作', en: 'This kind of gift does not allow that' },
  DAILY_LIMIT: { zh: '今天送礼次数已达上限，明天再送吧', en: 'You have reached today\'s sending limit: try again tomorrow' },
  NOT_MUTUAL_FRIEND: { zh: '仅限双向好友之间送礼', en: 'Gifts only go between mutual friends' },
  BAD_AMOUNT: { zh: '红包金额不对（每个至少 ¥0.01，单个红包最多 ¥200）', en: 'Bad amount: at least ¥0.01 each, at most ¥200 a red packet' },
  BAD_CODE: { zh: '口令码不对', en: 'Wrong code' },
  CODE_LOCKED: { zh: '口令码错误次数过多，已锁定', en: 'Too many wrong codes: locked' },
  BAD_REPLY: { zh: '回礼只能送给原礼物的赠送人', en: 'A return gift goes to the one who sent the original' },
  NOT_ACCEPTED: { zh: '礼物还没有收下', en: 'The gift has not been accepted' },
  AFTERSALE_CLOSED: { zh: '已超出售后期限，或该礼物不支持售后', en: 'After-sales is closed for this gift' },
  ALREADY_REFUNDED: { zh: '已经售后退款过了', en: 'Already refunded by after-sales' },
  INVALID_TEXT: { zh: '文字含有不允许的控制字符', en: 'The text contains control characters' },
  BAD_DURATION: { zh: '时间长度不对', en: 'Bad duration' },
  CLOCK_LIMIT: { zh: '时钟不能超过 9999-12-31 23:59:59（北京时间）', en: 'The clock cannot go past 9999-12-31 23:59:59 (Beijing time)' },
  BAD_SETTING: { zh: '设置的值不对', en: 'Bad setting value' },
  NOT_COMPANY: { zh: '只有企业账号可以给员工批量送礼', en: 'Only a company account sends a gift to all its staff' },
  ALREADY_SHARED: { zh: '这份礼物你已经晒过了', en: 'You have already shared this gift' },
};

export function refusalMessage(code: RefusalCode, lang: Lang = 'zh'): string {
  return MESSAGES[code][lang];
}
