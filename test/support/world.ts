// A small inline world for the domain tests: six named users, a crowd for the big group, and a
// catalog that has one of everything the rules care about.
import type { WorldInput } from '../../src/domain/world';
import { parseWorld, initialState, type World } from '../../src/domain/world';
import { parseIso, DEFAULT_START } from '../../src/domain/time';
import type { State } from '../../src/domain/types';

export const START = parseIso(DEFAULT_START)!;
export const SEED = 'test-seed';

const addr = (name: string, phone: string, region: string, detail: string) => ({ name, phone, region, detail });

/** Six named users. `uncle` has no saved address and is in `big` only; `gran` is poor. */
const named = [
  { id: 'mom', name: '妈妈', wallet: 500_000, friends: ['dad', 'ming', 'hong', 'gran', 'uncle'],
    addresses: [addr('王丽', '13800138000', '上海市 浦东新区', '世纪大道100号'), addr('王丽', '13800138000', '上海市 徐汇区', '漕溪北路88号')] },
  { id: 'dad', name: '爸爸', wallet: 300_000, friends: ['ming', 'hong'],
    addresses: [addr('李强', '13912345678', '上海市 浦东新区', '世纪大道100号')] },
  { id: 'ming', name: '小明', wallet: 200_000, friends: ['hong'],
    addresses: [addr('李明', '15000000001', '北京市 海淀区', '中关村大街1号')] },
  { id: 'hong', name: '小红', wallet: 200_000, friends: [],
    addresses: [addr('李红', '18600000002', '广东省 深圳市', '南山区科技园8栋')] },
  { id: 'gran', name: '奶奶', wallet: 1_000, friends: [],
    addresses: [addr('张秀英', '13300000003', '浙江省 杭州市', '西湖区文三路9号')] },
  { id: 'uncle', name: '舅舅', wallet: 100_000, friends: [], addresses: [] },
];

/** A crowd for `big`: c1..c6, friends of nobody, one saved address each. */
const crowd = Array.from({ length: 6 }, (_, i) => ({
  id: `c${i + 1}`,
  name: `群友${i + 1}`,
  wallet: 50_000,
  friends: [] as string[],
  addresses: [addr(`群友${i + 1}`, `1370000000${i}`, '江苏省 南京市', `玄武区中山路${i + 1}号`)],
}));

export const TEST_WORLD_INPUT: WorldInput = {
  users: [...named, ...crowd],
  groups: [
    { id: 'fam', name: '相亲相爱一家人', members: ['mom', 'dad', 'ming', 'hong', 'gran'] },
    { id: 'big', name: '大群', members: ['mom', 'dad', 'ming', 'hong', 'gran', 'uncle', ...crowd.map((c) => c.id)] },
  ],
  catalog: [
    // address delivery; two variants at the same price and one at another
    { id: 'tea', title: '龙井礼盒', category: 'food', delivery: 'address',
      specs: [{ id: 'red', label: '红茶', price: 5000 }, { id: 'green', label: '绿茶', price: 5000 }, { id: 'big', label: '大礼盒', price: 8800 }] },
    // stock-limited
    { id: 'nuts', title: '坚果礼盒', category: 'food', delivery: 'address', specs: [{ id: 'box', label: '一盒', price: 3000, stock: 5 }] },
    // stock-limited with two same-price variants (spec switching moves stock)
    { id: 'scarf', title: '围巾', category: 'clothing', delivery: 'address',
      specs: [{ id: 'grey', label: '灰色', price: 4000, stock: 3 }, { id: 'navy', label: '藏青', price: 4000, stock: 1 }] },
    { id: 'coffee', title: '咖啡券', category: 'drinks', delivery: 'voucher', specs: [{ id: 'cup', label: '一杯', price: 1990 }] },
    { id: 'card', title: '电子贺卡', category: 'virtual', delivery: 'virtual', specs: [{ id: 'e5', label: '贺卡', price: 500 }] },
    { id: 'ring', title: '金戒指', category: 'jewellery', delivery: 'address', specs: [{ id: 'gold', label: '足金', price: 20000 }] },
    { id: 'course', title: '网课', category: 'education', delivery: 'virtual', specs: [{ id: 'year', label: '一年', price: 9900 }] },
    // one variant is over ¥10,000
    { id: 'watch', title: '手表', category: 'watches', delivery: 'address',
      specs: [{ id: 'basic', label: '基础款', price: 99_900 }, { id: 'lux', label: '奢华款', price: 1_000_001 }] },
    { id: 'secret', title: '不可送', category: 'food', delivery: 'address', giftable: false, specs: [{ id: 'one', label: '一份', price: 100 }] },
    // a creator's product (小红's prints, limited), sold by her studio
    { id: 'art', title: '小红的插画', category: 'custom', delivery: 'address', tier: 'custom', creator: 'hong', merchant: 'hong-studio',
      specs: [{ id: 'print', label: '限量版', price: 10000, stock: 3 }] },
    { id: 'sticker', title: '蛇年表情', category: 'sticker', delivery: 'virtual', tier: 'basic', creator: 'hong', specs: [{ id: 's', label: '一套', price: 300 }] },
  ],
};

/** The test world with second-edition settings (and friend lists, when given). */
export function worldWith(settings: NonNullable<WorldInput['settings']>, friends: Record<string, string[]> = {}): WorldInput {
  return {
    ...TEST_WORLD_INPUT,
    users: TEST_WORLD_INPUT.users.map((u) => (friends[u.id] ? { ...u, friends: friends[u.id]! } : u)),
    settings,
  };
}

export function parseTestWorld(input: WorldInput = TEST_WORLD_INPUT): World {
  const r = parseWorld(input);
  if (!r.ok) throw new Error(`test world is invalid: ${JSON.stringify(r.problems)}`);
  return r.world;
}

export function testState(input: WorldInput = TEST_WORLD_INPUT, seed = SEED, start = START): State {
  return initialState(parseTestWorld(input), seed, start);
}

export const USERS = [...named.map((u) => u.id), ...crowd.map((c) => c.id)];

/** The test world with a company: `acme` employs the `work` group (dad, ming and three of the
 * crowd), and is in no other group; a second company `beta` has a group of its own. */
export function companyWorld(settings: NonNullable<WorldInput['settings']> = {}): WorldInput {
  return {
    ...TEST_WORLD_INPUT,
    users: [
      ...TEST_WORLD_INPUT.users,
      { id: 'acme', name: '蓝鲸科技', wallet: 100_000, friends: [], addresses: [], company: true },
      { id: 'beta', name: '白鲸科技', wallet: 100_000, friends: [], addresses: [], company: true },
    ],
    groups: [
      ...(TEST_WORLD_INPUT.groups ?? []),
      { id: 'work', name: '产品部', members: ['acme', 'dad', 'ming', 'c1', 'c2', 'c3'] },
      { id: 'solo', name: '白鲸', members: ['beta'] },
    ],
    // A broadcast gift (its 朋友圈 post), in two variants at one price (a recipient may switch).
    catalog: [
      ...(TEST_WORLD_INPUT.catalog ?? []),
      { id: 'rocket', title: '火箭', category: 'effect', delivery: 'virtual', tier: 'privilege', emoji: '🚀',
        specs: [{ id: 'red', label: '红', price: 2000 }, { id: 'gold', label: '金', price: 2000 }] },
    ],
    settings,
  };
}
