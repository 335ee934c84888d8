// 消费偏好标签: the tag a person earns from the catalog category of what they give. One fixed table,
// by category (data/world.json's `category`); a category not listed here gives no tag. The insights
// view and `bluepacket insights` show a person's three most given categories that have a tag.
import type { Words } from './index';

export const CATEGORY_TAGS: Readonly<Record<string, Words>> = {
  drinks: { zh: '咖啡党', en: 'coffee crowd' },
  snacks: { zh: '零食控', en: 'snacker' },
  food: { zh: '吃货', en: 'foodie' },
  beauty: { zh: '颜值党', en: 'beauty buff' },
  voucher: { zh: '券达人', en: 'voucher pro' },
  ecard: { zh: '贺卡派', en: 'card sender' },
  sticker: { zh: '表情包达人', en: 'sticker fan' },
  effect: { zh: '排面担当', en: 'show-stopper' },
  membership: { zh: '追剧党', en: 'binge-watcher' },
  custom: { zh: '定制控', en: 'made-to-order' },
  clothing: { zh: '穿搭派', en: 'dresser' },
  watches: { zh: '腕表控', en: 'watch lover' },
  jewellery: { zh: '珠光宝气', en: 'jeweller' },
  education: { zh: '学习派', en: 'learner' },
};

/** The tag of a category, or null when the table has none. */
export const categoryTag = (category: string): Words | null => (Object.hasOwn(CATEGORY_TAGS, category) ? CATEGORY_TAGS[category]! : null);
