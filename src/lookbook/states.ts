// The lookbook's named states: each is built as data — engine commands for the world and the
// UI actions a user takes in their pane, through the real runner and decider (book.ts) — and
// drawn once by the real app; the lookbook keeps the frame as text.
import { HOUR } from '../domain/time';
import type { RenderOptions } from '../testing';
import type { Act, Book } from './book';

export interface LookState {
  name: string;
  /** One line: what the frame shows. */
  description: string;
  cols: number;
  rows: number;
  /** Who gets a pane, the language… (the seed, the start time and the world are fixed). */
  options?: Pick<RenderOptions, 'users' | 'lang' | 'group' | 'as'>;
  /** Build the state. The frame is drawn when it returns. */
  build(book: Book): Promise<void>;
}

/** The fixed inputs of every state: the bundled world, this seed, 除夕 20:00 (the default start). */
export const LOOKBOOK_SEED = 'lookbook';
export const DEFAULT_USERS = ['mom', 'dad', 'ming'];
const COLS = 120;
const ROWS = 32;
const GROUP = 'family';

// ---- steps

/** A grab packet of 茶颜悦色 幽兰拿铁 in the family group, sent with an engine command. */
const grab = (book: Book, count: number, message = '新年快乐，先到先得') => book.send({ mode: 'grab', group: GROUP, sku: 'chayan', spec: 'youlan', count, message });

/** A lottery of 瑞幸 drawn in an hour, sent with an engine command. */
const lottery = (book: Book, count: number) =>
  book.send({ mode: 'lottery', group: GROUP, sku: 'luckin', spec: '6cups', count, message: '新春抽奖', drawAt: book.state().now + HOUR, eligible: 'all' });

/** Take a unit with the first saved address, by engine command. */
const take = (book: Book, as: string, id: string) => book.run({ type: 'claim', as, packet: id, address: 0 });

/** Select the newest card in the user's chat (↑) and open it (Enter). */
const OPEN_NEWEST: Act[] = ['up', 'select'];

/** g, / QUERY, Enter (search done), Enter (the first hit): the product's variants. */
const openProduct = (query: string): Act[] => ['shop', 'search', { text: query }, 'submit', 'select'];

/** From the shop's first hit for 'luckin': the first variant, the lottery, 2 gifts, a 赠言. */
const COMPOSE_LOTTERY: Act[] = [
  ...openProduct('luckin'),
  'select', // the first variant
  'down',
  'down',
  'select', // 礼物抽奖
  'plus', // 2 gifts
  'down',
  'down',
  'down',
  'select', // the 赠言 row: start typing
  { text: '新春抽奖，人人有份' },
  'submit', // done typing: the cursor goes to 下一步
];

/** The company's pane: 东方甄选's first variant, then 年会福利 (a company's fifth way to give). */
const COMPOSE_BULK: Act[] = [...openProduct('dfzx'), 'select', 'down', 'down', 'down', 'down', 'down', 'select'];

/** A lottery of 1 that dad and ming entered in their panes, drawn by the presenter's t: one wins, one loses. */
async function drawnLottery(book: Book): Promise<{ id: string; winner: string; loser: string }> {
  const id = await lottery(book, 1);
  for (const u of ['dad', 'ming']) await book.as(u, ...OPEN_NEWEST, 'select', 'back'); // enter the lottery, back to the chat
  await book.as('mom', 'hour');
  const winner = book.packet(id).lottery!.winners![0]!;
  return { id, winner, loser: winner === 'dad' ? 'ming' : 'dad' };
}

/** A lucky red packet of ¥88.88 in 5 from dad, sent with an engine command. */
const redPacket = (book: Book, count = 5, amount = 8888) =>
  book.send({ as: 'dad', mode: 'redpacket', group: GROUP, amount, count, split: 'lucky', message: '除夕快乐，拼手气！' });

/** Take a red packet by engine command (opening is taking). */
const openRed = (book: Book, as: string, id: string) => book.run({ type: 'claim', as, packet: id });

/** 三胖蛋瓜子 ×2 as a code gift from mom, code 8866, by engine command. */
const codeGift = (book: Book) => book.send({ mode: 'code', sku: 'guazi', spec: '6cans', count: 2, code: '8866', message: '三胖蛋瓜子，过年嗑起来！' });

/** k, the 口令 (its packet between ¥ signs), Enter: the code field has the keyboard. */
const enterKouling = (id: string): Act[] => ['kouling', { text: `¥${id}¥` }, 'submit'];

/** A wrong code typed on the 口令 screen, the first saved address: BAD_CODE, back on the 口令 screen. */
const WRONG_CODE: Act[] = [{ text: '1234' }, 'submit', 'select'];

/** 三胖蛋瓜子 by keys: the first variant, 口令礼物 (the fifth mode), 2 gifts, the code 8866 typed, 下一步. */
const CODE_GIFT_TO_CONFIRM: Act[] = [...openProduct('guazi'), 'select', 'down', 'down', 'down', 'down', 'select', 'plus', 'down', 'select', { text: '8866' }, 'submit', 'down', 'select'];

/** Grandpa's gift to ming (三只松鼠 大礼包), accepted with ming's first saved address. */
async function acceptedOrder(book: Book): Promise<string> {
  const id = await book.send({ as: 'grandpa', mode: 'direct', to: 'ming', sku: 'nuts', spec: 'big', message: '大孙子，过年多吃点' });
  await book.run({ type: 'claim', as: 'ming', packet: id, address: 0 });
  return id;
}

/** Mom's first 8 sends of the day: e-cards to her family, by engine command. */
async function eightSends(book: Book): Promise<void> {
  for (const to of ['dad', 'ming', 'hong', 'grandpa', 'grandma', 'uncle', 'aunt', 'dad']) await book.send({ mode: 'direct', to, sku: 'ecard', spec: 'fu' });
}

// ---- the states

export const STATES: LookState[] = [
  {
    name: 'chat-empty',
    description: 'the start: three panes on an empty family chat',
    cols: COLS,
    rows: ROWS,
    build: async () => {},
  },
  {
    name: 'card-claimable',
    description: 'a grab of 2: dad opened it (填地址领取), ming sees it 可领取, mom sees 已领 0/2',
    cols: COLS,
    rows: ROWS,
    async build(book) {
      await grab(book, 2);
      await book.as('dad', ...OPEN_NEWEST);
      book.expect('dad', 'card');
    },
  },
  {
    name: 'card-claimed',
    description: 'dad took one with a saved address and opened the card again: his unit, his masked phone',
    cols: COLS,
    rows: ROWS,
    async build(book) {
      await grab(book, 2);
      // Open, the address form, the first saved address: 抢到了; back to the chat, open it again.
      await book.as('dad', ...OPEN_NEWEST, 'select', 'select', 'select', 'select');
      book.expect('dad', 'card');
    },
  },
  {
    name: 'card-sold-out',
    description: 'a grab of 1 that dad took: ming selected the card in the chat (手慢了 · 已领完)',
    cols: COLS,
    rows: ROWS,
    async build(book) {
      const id = await grab(book, 1);
      await take(book, 'dad', id);
      await book.as('ming', 'up');
    },
  },
  {
    name: 'card-joinable',
    description: 'a lottery of 2 drawn in an hour: dad opened it (参与抽奖), the commitment shown',
    cols: COLS,
    rows: ROWS,
    async build(book) {
      await lottery(book, 2);
      await book.as('dad', ...OPEN_NEWEST);
      book.expect('dad', 'card');
    },
  },
  {
    name: 'card-joined',
    description: 'dad entered the lottery and opened it again; ming has not entered yet',
    cols: COLS,
    rows: ROWS,
    async build(book) {
      await lottery(book, 2);
      // Enter the lottery, back to the chat, open it again.
      await book.as('dad', ...OPEN_NEWEST, 'select', 'back', 'select');
      book.expect('dad', 'card');
    },
  },
  {
    name: 'card-won',
    description: 'the draw picked one of dad and ming: the winner opened the card (你中奖了 · 待收下)',
    cols: COLS,
    rows: ROWS,
    async build(book) {
      const { winner } = await drawnLottery(book);
      await book.as(winner, 'select'); // the chat keeps the cursor on the card
      book.expect(winner, 'card');
    },
  },
  {
    name: 'card-lost',
    description: 'the same draw: the one not drawn opened the card (未中奖), nothing to take',
    cols: COLS,
    rows: ROWS,
    async build(book) {
      const { loser } = await drawnLottery(book);
      await book.as(loser, 'select');
      book.expect(loser, 'card');
    },
  },
  {
    name: 'lottery-result',
    description: 'a lottery of 2 with 4 entrants after the draw: mom opened her card (winners, the seed)',
    cols: 160,
    rows: 36,
    options: { users: ['mom', 'dad', 'ming', 'hong'] },
    async build(book) {
      const id = await lottery(book, 2);
      for (const u of ['dad', 'ming', 'hong']) await book.as(u, ...OPEN_NEWEST, 'select', 'back');
      await book.run({ type: 'join', as: 'grandpa', packet: id });
      await book.as('mom', 'deadline'); // the presenter's key: to the draw
      await book.as('mom', ...OPEN_NEWEST);
      book.expect('mom', 'card');
    },
  },
  {
    name: 'card-expired',
    description: 'a grab nobody took, a day later (n: to the expiry): dad opened it, mom got the refund',
    cols: COLS,
    rows: ROWS,
    async build(book) {
      await grab(book, 2);
      await book.as('mom', 'deadline');
      await book.as('dad', ...OPEN_NEWEST);
      book.expect('dad', 'card');
    },
  },
  {
    name: 'card-direct-to-accept',
    description: 'mom sent dad a gift with a 赠言 by keys; dad opened it in their private chat (switch the variant, accept)',
    cols: COLS,
    rows: ROWS,
    async build(book) {
      await book.as(
        'mom',
        ...openProduct('luckin'),
        'select', // the first variant
        'select', // 送给朋友
        'select', // the 收礼人 row
        'select', // the first friend: 爸爸
        'select', // the 赠言 row
        { text: '新年快乐，少熬夜' },
        'submit', // done typing
        'select', // 下一步
        'select', // pay
      );
      await book.as('mom', 'chats', 'select'); // mom's private chat with dad
      await book.as('dad', 'chats', 'select');
      await book.as('dad', ...OPEN_NEWEST);
      book.expect('dad', 'card');
    },
  },
  {
    name: 'card-sender-progress',
    description: 'a grab of 3 that dad and ming took: mom opened her card (who took it, never where)',
    cols: COLS,
    rows: ROWS,
    async build(book) {
      const id = await grab(book, 3);
      await take(book, 'dad', id);
      await take(book, 'ming', id);
      await book.as('mom', ...OPEN_NEWEST);
      book.expect('mom', 'card');
    },
  },
  {
    name: 'shop',
    description: 'g: the gift shop, the first tab (全部), every product with its lowest price',
    cols: COLS,
    rows: ROWS,
    async build(book) {
      await book.as('mom', 'shop');
    },
  },
  {
    name: 'shop-search',
    description: 'the shop searched for 茶, the search done (Enter), the second hit selected',
    cols: COLS,
    rows: ROWS,
    async build(book) {
      await book.as('mom', 'shop', 'search', { text: '茶' }, 'submit', 'down');
    },
  },
  {
    name: 'shop-tab-category',
    description: 'the shop on a category tab (→ four times: the first category), the tab strip scrolled',
    cols: COLS,
    rows: ROWS,
    async build(book) {
      await book.as('mom', 'shop', 'right', 'right', 'right', 'right');
    },
  },
  {
    name: 'product-variants',
    description: 'a product with a variant over ¥10,000 (not giftable): selecting it says why',
    cols: COLS,
    rows: ROWS,
    async build(book) {
      await book.as('mom', ...openProduct('dahongpao'), 'down', 'select');
      book.expect('mom', 'product');
    },
  },
  {
    name: 'mode',
    description: 'a variant picked: how to give it (送给朋友, 群发礼物, 礼物抽奖, 拼手气礼物袋)',
    cols: COLS,
    rows: ROWS,
    async build(book) {
      await book.as('mom', ...openProduct('luckin'), 'select');
      book.expect('mom', 'mode');
    },
  },
  {
    name: 'compose-lottery',
    description: 'the lottery form: 2 gifts, drawn in an hour, everyone may enter, a 赠言 typed',
    cols: COLS,
    rows: ROWS,
    async build(book) {
      await book.as('mom', ...COMPOSE_LOTTERY);
      book.expect('mom', 'compose');
    },
  },
  {
    name: 'compose-luckybag',
    description: 'a lucky bag of two gifts (a: add another gift from the shop)',
    cols: COLS,
    rows: ROWS,
    async build(book) {
      // The first variant, 拼手气礼物袋; a: the shop again, the first hit for guazi, its first variant.
      await book.as('mom', ...openProduct('luckin'), 'select', 'down', 'down', 'down', 'select', 'add', 'search', { text: 'guazi' }, 'submit', 'select', 'select');
      book.expect('mom', 'compose');
    },
  },
  {
    name: 'confirm',
    description: 'the lottery form confirmed: what goes where, the total, the wallet after',
    cols: COLS,
    rows: ROWS,
    async build(book) {
      await book.as('mom', ...COMPOSE_LOTTERY, 'select');
      book.expect('mom', 'confirm');
    },
  },
  {
    name: 'address-form-errors',
    description: 'the address form submitted with a bad phone and no detail: ⚠ on both fields',
    cols: COLS,
    rows: ROWS,
    async build(book) {
      await grab(book, 2);
      await book.as(
        'dad',
        ...OPEN_NEWEST,
        'select', // the address form
        'down',
        'down',
        'select', // past the 2 saved addresses: 收货人
        { text: '李建国' },
        'submit', // 手机号
        { text: '1380013' },
        'submit', // 所在地区
        { text: '上海市 浦东新区' },
        'submit', // 详细地址
        'submit', // left empty: Enter submits
      );
      book.expect('dad', 'address');
    },
  },
  {
    name: 'result-got-it',
    description: 'dad took a unit of a grab: 抢到了 with the gift',
    cols: COLS,
    rows: ROWS,
    async build(book) {
      await grab(book, 2);
      await book.as('dad', ...OPEN_NEWEST, 'select', 'select');
      book.expect('dad', 'result');
    },
  },
  {
    name: 'result-too-slow',
    description: 'a grab of 1 that dad took first: ming opened it (手慢了)',
    cols: COLS,
    rows: ROWS,
    async build(book) {
      const id = await grab(book, 1);
      await take(book, 'dad', id);
      await book.as('ming', ...OPEN_NEWEST);
      book.expect('ming', 'card');
    },
  },
  {
    name: 'result-voucher',
    description: 'a 喜茶 voucher taken: the code is shown on the result',
    cols: COLS,
    rows: ROWS,
    async build(book) {
      await book.send({ mode: 'grab', group: GROUP, sku: 'heytea', spec: 'one', count: 1 });
      await book.as('dad', ...OPEN_NEWEST, 'select');
      book.expect('dad', 'result');
    },
  },
  {
    name: 'chat-list',
    description: 'c: the chat list, the group and the private chats, newest first',
    cols: COLS,
    rows: ROWS,
    async build(book) {
      await book.send({ mode: 'direct', to: 'dad', sku: 'sticker', spec: 'daji' });
      await book.as('dad', 'chats');
    },
  },
  {
    name: 'help',
    description: '?: the help, every key of the key table, grouped',
    cols: COLS,
    rows: ROWS,
    async build(book) {
      await book.as('mom', 'help');
    },
  },
  {
    name: 'english-grab',
    description: 'lang en: a grab of 2 with a message; dad took one, ming opened the card',
    cols: COLS,
    rows: ROWS,
    options: { lang: 'en' },
    async build(book) {
      const id = await book.send({ mode: 'grab', group: GROUP, sku: 'luckin', spec: '6cups', count: 2, message: 'Happy new year' });
      await take(book, 'dad', id);
      await book.as('ming', ...OPEN_NEWEST);
      book.expect('ming', 'card');
    },
  },
  {
    name: 'narrow-terminal',
    description: 'a 50×15 terminal: too short for even one pane, the enlarge message naming --users',
    cols: 50,
    rows: 15,
    build: async () => {},
  },
  {
    name: 'narrow-two-panes',
    description: 'the smallest layout that fits: 60×20, two panes of 30 columns, a grab card',
    cols: 60,
    rows: 20,
    options: { users: ['mom', 'dad'] },
    async build(book) {
      await grab(book, 2);
      await book.as('dad', 'up');
    },
  },
  {
    name: 'layout-100x30',
    description: 'a 100×30 terminal (three panes of 33): a lottery and a grab in the chat',
    cols: 100,
    rows: 30,
    async build(book) {
      const id = await lottery(book, 2);
      await book.run({ type: 'join', as: 'dad', packet: id });
      await grab(book, 3);
      await book.as('ming', 'up');
    },
  },
  {
    name: 'phone-home',
    description: 'dad’s phone (--as dad), 80×24: the chat list, the newest message under each chat',
    cols: 80,
    rows: 24,
    options: { as: 'dad' },
    async build(book) {
      await book.run({ type: 'say', as: 'mom', chat: 'dm:dad|mom', text: '晚饭回来吃吗？' });
      await grab(book, 3);
    },
  },
  {
    name: 'phone-chat-cards',
    description: 'dad’s phone (--as dad), 100×30, in the family chat: larger cards, a lottery he entered and a grab selected',
    cols: 100,
    rows: 30,
    options: { as: 'dad' },
    async build(book) {
      const id = await lottery(book, 2);
      await book.run({ type: 'join', as: 'dad', packet: id });
      await grab(book, 3);
      await book.as('dad', 'select', 'up');
      book.expect('dad', 'chat');
    },
  },
  // ---- the second edition: 红包, code gifts, 保密 and 回礼, orders, restraint
  {
    name: 'hongbao-card',
    description: 'a red 红包 beside a blue grab in the family chat: dad sent it, ming selected it (领取红包), mom sees it',
    cols: COLS,
    rows: ROWS,
    options: { users: ['dad', 'ming', 'mom'] },
    async build(book) {
      await redPacket(book);
      await grab(book, 2);
      await book.as('ming', 'up', 'up');
    },
  },
  {
    name: 'hongbao-opened',
    description: 'ming opened the red packet (Enter: opened and taken): the amount the engine drew, 已存入零钱',
    cols: COLS,
    rows: ROWS,
    options: { users: ['dad', 'ming', 'mom'] },
    async build(book) {
      await redPacket(book);
      await book.as('ming', ...OPEN_NEWEST);
      book.expect('ming', 'hongbao');
    },
  },
  {
    name: 'hongbao-too-slow',
    description: 'a red packet of 1 that mom took: ming opened it (手慢了，红包派完了) and sees who got it',
    cols: COLS,
    rows: ROWS,
    options: { users: ['dad', 'ming', 'mom'] },
    async build(book) {
      const id = await redPacket(book, 1, 666);
      await openRed(book, 'mom', id);
      await book.as('ming', ...OPEN_NEWEST);
      book.expect('ming', 'hongbao');
    },
  },
  {
    name: 'hongbao-best-luck',
    description: 'a lucky red packet of 3, all opened: dad (its sender) opened it, the claimants with 👑 手气最佳; the cards say what each got',
    cols: COLS,
    rows: ROWS,
    options: { users: ['dad', 'ming', 'mom'] },
    async build(book) {
      const id = await redPacket(book, 3);
      for (const u of ['ming', 'mom', 'grandpa']) await openRed(book, u, id);
      await book.as('dad', ...OPEN_NEWEST);
      book.expect('dad', 'hongbao');
    },
  },
  {
    name: 'compose-redpacket',
    description: 'g ← (the shop\'s 红包 tab), Enter: ¥88.88 typed, 5 packets, 普通红包 (each the same)',
    cols: COLS,
    rows: ROWS,
    async build(book) {
      await book.as('mom', 'shop', 'left', 'select', 'select', { text: '88.88' }, 'submit', 'plus', 'plus', 'plus', 'plus', 'down', 'right');
      book.expect('mom', 'compose');
    },
  },
  {
    name: 'confirm-code-gift',
    description: 'a code gift of 2 三胖蛋瓜子 with the code 8866 typed: the list price, the platform\'s 15%, what mom pays',
    cols: COLS,
    rows: ROWS,
    async build(book) {
      await book.as('mom', ...CODE_GIFT_TO_CONFIRM);
      book.expect('mom', 'confirm');
    },
  },
  {
    name: 'code-share',
    description: 'the code gift paid: mom sees the 口令 to pass on and the code, to tell separately',
    cols: COLS,
    rows: ROWS,
    async build(book) {
      await book.as('mom', ...CODE_GIFT_TO_CONFIRM, 'select'); // pay
      book.expect('mom', 'share');
    },
  },
  {
    name: 'code-claim-tries',
    description: 'k in 李娜\'s pane (in no group with mom, not her friend): the 口令 recognised, one wrong code: 还能试 4 次',
    cols: COLS,
    rows: ROWS,
    options: { users: ['mom', 'lina', 'zhangwei'] },
    async build(book) {
      const id = await codeGift(book);
      await book.as('lina', ...enterKouling(id), ...WRONG_CODE);
      book.expect('lina', 'kouling');
    },
  },
  {
    name: 'code-claim-locked',
    description: '张伟 guessed five wrong codes: locked; the right code now is CODE_LOCKED',
    cols: COLS,
    rows: ROWS,
    options: { users: ['mom', 'lina', 'zhangwei'] },
    async build(book) {
      const id = await codeGift(book);
      await book.as('zhangwei', ...enterKouling(id));
      for (let i = 0; i < 5; i++) await book.as('zhangwei', ...WRONG_CODE);
      await book.as('zhangwei', { text: '8866' }, 'submit', 'select');
      book.expect('zhangwei', 'kouling');
    },
  },
  {
    name: 'card-mystery',
    description: 'a 保密 gift from dad to mom: mom opened it (神秘礼物, no product, no price); dad sees what he sent',
    cols: COLS,
    rows: ROWS,
    options: { users: ['dad', 'mom', 'ming'] },
    async build(book) {
      await book.send({ as: 'dad', mode: 'direct', to: 'mom', sku: 'cream', spec: '50ml', secret: true, message: '猜猜是什么？' });
      await book.as('dad', 'chats', 'select');
      await book.as('mom', 'chats', 'select', ...OPEN_NEWEST);
      book.expect('mom', 'card');
    },
  },
  {
    name: 'card-mystery-grab',
    description: 'a 保密 grab of 2 from mom: dad took one (revealed to him), ming still sees 神秘礼物',
    cols: COLS,
    rows: ROWS,
    async build(book) {
      const id = await book.send({ mode: 'grab', group: GROUP, sku: 'collab', spec: 'ltd', count: 2, secret: true, message: '谁抢到谁知道' });
      await take(book, 'dad', id);
      await book.as('dad', 'up');
      await book.as('ming', 'up');
    },
  },
  {
    name: 'card-return-gift',
    description: 'mom accepted dad\'s secret gift and answered with a 回礼 from its card (回礼给爸爸, the shop, a sticker): dad\'s chat shows the 回礼 card',
    cols: COLS,
    rows: ROWS,
    options: { users: ['dad', 'mom', 'ming'] },
    async build(book) {
      const id = await book.send({ as: 'dad', mode: 'direct', to: 'mom', sku: 'cream', spec: '50ml', secret: true });
      await book.run({ type: 'claim', as: 'mom', packet: id, address: 0 });
      // The card, 回礼给爸爸 (its first option once taken), the shop: the sticker, its first variant; 下一步, pay.
      await book.as('mom', 'chats', 'select', ...OPEN_NEWEST, 'select', 'search', { text: 'sticker' }, 'submit', 'select', 'select', 'down', 'down', 'select', 'select');
      await book.as('dad', 'chats', 'select', 'up');
    },
  },
  {
    name: 'orders-recipient',
    description: 'o in ming\'s pane: grandpa\'s gift opened from 我的订单, shipped on the clock, his address, after-sales open',
    cols: COLS,
    rows: ROWS,
    options: { users: ['grandpa', 'ming', 'hong'] },
    async build(book) {
      await acceptedOrder(book);
      await book.as('ming', 'hour', 'hour', 'hour', 'orders', 'select');
      book.expect('ming', 'order');
    },
  },
  {
    name: 'orders-sender',
    description: 'o in grandpa\'s pane, 我送出的: the same order as its sender sees it, never the address',
    cols: COLS,
    rows: ROWS,
    options: { users: ['grandpa', 'ming', 'hong'] },
    async build(book) {
      await acceptedOrder(book);
      await book.as('grandpa', 'hour', 'hour', 'hour', 'orders', 'right');
      await book.as('grandpa', 'select');
      book.expect('grandpa', 'order');
    },
  },
  {
    name: 'aftersale-refused',
    description: 'ming asked for after-sales 9 days after delivery: AFTERSALE_CLOSED, with when it closed',
    cols: COLS,
    rows: ROWS,
    options: { users: ['grandpa', 'ming', 'hong'] },
    async build(book) {
      await acceptedOrder(book);
      await book.run({ type: 'advance', by: 11 * 24 * HOUR });
      await book.as('ming', 'orders', 'select', 'select');
      book.expect('ming', 'order');
    },
  },
  {
    name: 'settings-panel',
    description: 's: the settings panel, the daily cap down to 6 and mutual friends off, not applied yet',
    cols: COLS,
    rows: ROWS,
    async build(book) {
      await book.as('mom', 'settings', 'left', 'left', 'down', 'select');
      book.expect('mom', 'settings');
    },
  },
  {
    name: 'daily-limit',
    description: 'mom sent 8 gifts today; a 9th by keys is refused on the confirm screen: DAILY_LIMIT, 已送 8/8 · 明天 00:00 重置',
    cols: COLS,
    rows: ROWS,
    async build(book) {
      await eightSends(book);
      // An e-card, its first variant, 送给朋友, the first friend, 下一步, pay.
      await book.as('mom', ...openProduct('ecard'), 'select', 'select', 'select', 'select', 'down', 'select', 'select');
      book.expect('mom', 'confirm');
    },
  },
  {
    name: 'one-sided-friend',
    description: '张伟 (who lists 小明; 小明 does not list him) sends 小明 a sticker: NOT_MUTUAL_FRIEND, said with who has not added whom',
    cols: COLS,
    rows: ROWS,
    options: { users: ['zhangwei', 'ming', 'mom'] },
    async build(book) {
      // A sticker, its first variant, 送给朋友, the first friend (小明), 下一步, pay.
      await book.as('zhangwei', ...openProduct('sticker'), 'select', 'select', 'select', 'select', 'down', 'select', 'select');
      book.expect('zhangwei', 'confirm');
    },
  },
  {
    name: 'english-hongbao',
    description: 'lang en: a lucky red packet of 3 all opened; ming opened it: his amount, the claimants, best luck',
    cols: COLS,
    rows: ROWS,
    options: { lang: 'en', users: ['dad', 'ming', 'mom'] },
    async build(book) {
      const id = await redPacket(book, 3);
      for (const u of ['mom', 'grandpa']) await openRed(book, u, id);
      await book.as('ming', ...OPEN_NEWEST);
      book.expect('ming', 'hongbao');
    },
  },
  {
    name: 'english-code-claim',
    description: 'lang en: Lina enters the share code and a wrong code (tries left); mom\'s orders show the code gift',
    cols: COLS,
    rows: ROWS,
    options: { lang: 'en', users: ['mom', 'lina', 'zhangwei'] },
    async build(book) {
      const id = await codeGift(book);
      await book.as('lina', ...enterKouling(id), ...WRONG_CODE);
      await book.as('mom', 'orders', 'right');
    },
  },
  {
    name: 'four-people-at-100x30',
    description: 'four people in a 100×30 terminal: three panes shown, 小红 (4) focused in her shop, the pane longest out of focus left out',
    cols: 100,
    rows: 30,
    options: { users: ['mom', 'dad', 'ming', 'hong'] },
    async build(book) {
      await book.as('hong', 'shop');
      book.expect('hong', 'shop');
    },
  },
  {
    name: 'news-from-another-chat',
    description: "mom sent 小明 and dad direct gifts: 小明's pane, in the group, says so on a line of its own; dad's chat list counts what is new",
    cols: COLS,
    rows: ROWS,
    async build(book) {
      await book.send({ mode: 'direct', to: 'ming', sku: 'guazi', message: '小明新年快乐' });
      await book.send({ mode: 'direct', to: 'dad', sku: 'guazi', message: '老公辛苦了' });
      await book.as('dad', 'chats');
      book.expect('dad', 'chats');
    },
  },
  {
    name: 'quit-with-typing',
    description: 'dad typed a name and a phone into the address form, then q: the question before quitting',
    cols: COLS,
    rows: ROWS,
    async build(book) {
      await grab(book, 1);
      const saved = book.state().users.dad!.addresses.length;
      await book.as('dad', ...OPEN_NEWEST, 'select', ...Array<Act>(saved).fill('down'), 'select', { text: '李爸爸' }, 'submit', { text: '13800138000' }, 'stopEdit', 'quit');
      book.expect('dad', 'address');
    },
  },
  // ---- the insights, the 朋友圈 feed, a company's bulk gift
  {
    name: 'insights-family-100x30',
    description: 'i: the insights over the panes after a family evening (a grab, gifts both ways, a broadcast): the graph, the leaderboard, tags, the chart, the money',
    cols: 100,
    rows: 30,
    async build(book) {
      await familyEvening(book);
      await book.as('mom', 'insights');
    },
  },
  {
    name: 'insights-work-160x45',
    description: 'lang en, 160×45, the work group: the company gave every member a gift, a grab raced, a few gifts back: the graph keeps the strongest pairs, the company in the middle',
    cols: 160,
    rows: 45,
    options: { lang: 'en', group: 'work', users: ['bluewhale', 'dad', 'ming', 'lina'] },
    async build(book) {
      // Colleagues mostly list each other one way: gifts between them need this off.
      await book.run({ type: 'settings', changes: { mutualFriendsOnly: false } });
      const bulk = await book.send({ as: 'bluewhale', mode: 'bulk', group: 'work', sku: 'dfzx', spec: 'std', message: '年会福利' });
      for (const u of ['dad', 'ming', 'lina', 'zhangwei', 'wangfang', 'liuyang', 'chenjing']) await take(book, u, bulk);
      const race = await book.send({ as: 'dad', mode: 'grab', group: 'work', sku: 'luckin', spec: '6cups', count: 4 });
      for (const u of ['ming', 'zhangwei', 'lina', 'wangfang']) await take(book, u, race);
      for (const [from, to] of [['ming', 'dad'], ['lina', 'dad'], ['dad', 'ming'], ['zhangwei', 'dad']] as const) {
        const id = await book.send({ as: from, mode: 'direct', to, sku: 'ecard', spec: 'snake', message: '谢谢' });
        await book.run({ type: 'claim', as: to, packet: id });
      }
      await book.as('dad', 'insights');
    },
  },
  {
    name: 'feed',
    description: "f: ming's 朋友圈: grandpa's fireworks with their effect and the price he chose to show, dad's shared grab, mom's shared secret gift as a mystery",
    cols: COLS,
    rows: ROWS,
    async build(book) {
      await familyEvening(book);
      await book.as('ming', 'feed');
      book.expect('ming', 'feed');
    },
  },
  {
    name: 'bulk-compose',
    description: "the company's pane in the work group: a product, then 年会福利 (one for each member): the form says who gets one and the total",
    cols: COLS,
    rows: ROWS,
    options: { group: 'work', users: ['bluewhale', 'dad', 'ming'] },
    async build(book) {
      await book.as('bluewhale', ...COMPOSE_BULK);
      book.expect('bluewhale', 'compose');
    },
  },
  {
    name: 'bulk-sent',
    description: "the company paid once for 40 gifts: its card (已领 1/40) beside dad's, taken, and ming's, 送给你的 · 待收下",
    cols: COLS,
    rows: ROWS,
    options: { group: 'work', users: ['bluewhale', 'dad', 'ming'] },
    async build(book) {
      // 年会福利, a 赠言, 下一步, pay: the card appears in every member's pane.
      await book.as('bluewhale', ...COMPOSE_BULK, 'down', 'select', { text: '年会福利，每人一份' }, 'submit', 'select', 'select');
      await book.as('dad', ...OPEN_NEWEST, 'select', 'select');
      await book.as('dad', 'back');
      await book.as('ming', 'up');
    },
  },
];

/** A family evening for the insights and the feed: a grab taken by three, gifts both ways, grandpa's
 * fireworks to ming (he shows the price), dad shares what he took, hong's secret print that mom
 * accepts and shares. */
async function familyEvening(book: Book): Promise<void> {
  const g = await grab(book, 3);
  for (const u of ['dad', 'grandpa', 'hong']) await take(book, u, g);
  const gifts: Array<[string, string, string, string]> = [
    ['dad', 'mom', 'luckin', '6cups'],
    ['mom', 'dad', 'sticker', 'caishen'],
    ['dad', 'mom', 'ecard', 'snake'],
    ['mom', 'dad', 'ecard', 'fu'],
    ['grandma', 'mom', 'ecard', 'family'],
  ];
  for (const [as, to, sku, spec] of gifts) {
    const id = await book.send({ as, mode: 'direct', to, sku, spec });
    await book.run({ type: 'claim', as: to, packet: id, address: 0 });
  }
  const fireworks = await book.send({ as: 'grandpa', mode: 'direct', to: 'ming', sku: 'fireworks', spec: 'std', showPrice: true, message: '孙子新年快乐' });
  await book.run({ type: 'claim', as: 'ming', packet: fireworks });
  await book.run({ type: 'share', as: 'dad', packet: g });
  const print = await book.send({ as: 'hong', mode: 'direct', to: 'mom', sku: 'hong-print', spec: 'a4', secret: true });
  await book.run({ type: 'claim', as: 'mom', packet: print, address: 0 });
  await book.run({ type: 'share', as: 'mom', packet: print });
}

export function stateNamed(name: string): LookState | undefined {
  return STATES.find((s) => s.name === name);
}
