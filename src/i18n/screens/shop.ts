// The gift shop's words: tabs, categories, why a gift cannot be given; and the variant screen's.
import type { Words } from '../index';

export const SHOP = {
  title: { zh: '选礼物', en: 'Gift shop' },
  titleBag: { zh: '选礼物 · 加入礼物袋', en: 'Gift shop · add to the bag' },
  titleReply: { zh: '选礼物 · 回礼给{who}', en: 'Gift shop · a return gift for {who}' },
  search: { zh: '/ 搜索', en: '/ search' },
  searching: { zh: '输入名称或品牌，Enter 完成', en: 'a name or brand, Enter when done' },
  nothing: { zh: '这里还没有礼物', en: 'Nothing here yet' },
  noMatch: { zh: '没有找到「{query}」· / 换个词', en: 'Nothing matches "{query}" · / to try another' },
  from: { zh: '起', en: '+' },
  notGiftable: { zh: '{title}：{reason}', en: '{title}：{reason}' },
  all: { zh: '全部', en: 'All' },
  friends: { zh: '朋友送过', en: 'Friends sent' },
  sent: { zh: '我送过的', en: 'I sent' },
  received: { zh: '我收到的', en: 'I received' },
} as const;

export const REASON = {
  category: { zh: '此类商品不支持送礼', en: 'this category cannot be gifted' },
  price: { zh: '超过¥10,000不可送礼', en: 'over ¥10,000: not giftable' },
  other: { zh: '不支持送礼', en: 'not giftable' },
} as const;

export const CATEGORY: Record<string, Words> = {
  drinks: { zh: '饮品', en: 'Drinks' },
  snacks: { zh: '零食', en: 'Snacks' },
  food: { zh: '食品', en: 'Food' },
  beauty: { zh: '美妆', en: 'Beauty' },
  voucher: { zh: '到店券', en: 'Vouchers' },
  ecard: { zh: '电子卡', en: 'E-cards' },
  sticker: { zh: '表情', en: 'Stickers' },
  virtual: { zh: '虚拟礼物', en: 'Virtual' },
  custom: { zh: '定制', en: 'Custom' },
  jewellery: { zh: '珠宝', en: 'Jewellery' },
  education: { zh: '教育', en: 'Education' },
  effect: { zh: '特效', en: 'Effects' },
  membership: { zh: '会员卡', en: 'Memberships' },
};

export const PRODUCT = {
  pick: { zh: '选规格：', en: 'Pick a variant:' },
  address: { zh: '快递到家', en: 'delivered' },
  voucher: { zh: '到店核销', en: 'voucher, redeemed in a shop' },
  virtual: { zh: '虚拟礼物，即时到账', en: 'virtual, instant' },
  left: { zh: ' 剩{n}', en: ' {n} left' },
  soldOut: { zh: '无货', en: 'sold out' },
  outOfStock: { zh: '库存不足', en: 'Out of stock' },
} as const;
