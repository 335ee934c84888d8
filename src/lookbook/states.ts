// The lookbook's named states: each builds one screen through the real app (src/testing renders
// the real controller, screens and engine on an in-memory store with a fixed seed and clock) and
// the lookbook keeps its frame as text. Screens are reached by key presses, as a user would; the
// world behind them (a packet with entrants, a draw) is sometimes set up with engine commands,
// where that says more plainly what the state is.
import type { Command, SendCommand } from '../domain/commands';
import { HOUR } from '../domain/time';
import type { Packet } from '../domain/types';
import type { AppHarness, RenderOptions } from '../testing';

export interface LookState {
  name: string;
  /** One line: what the frame shows. */
  description: string;
  cols: number;
  rows: number;
  /** Who gets a pane, the language… (the seed, the start time and the world are fixed). */
  options?: Pick<RenderOptions, 'users' | 'lang' | 'group'>;
  /** Drive the app to the state. The frame is read when it returns. */
  build(app: AppHarness): Promise<void>;
}

/** The fixed inputs of every state: the bundled world, this seed, 除夕 20:00 (the default start). */
export const LOOKBOOK_SEED = 'lookbook';
export const DEFAULT_USERS = ['mom', 'dad', 'ming'];
const COLS = 120;
const ROWS = 32;
const GROUP = 'family';

// ---- steps

/** An engine command, as a front end would send it; a refusal is a broken state, so it throws. */
async function run(app: AppHarness, command: Command): Promise<void> {
  const o = await app.controller.run(command);
  if (!o.ok) throw new Error(`${command.type} was refused: ${o.code}`);
  await app.idle();
}

/** Send a packet from mom (by default) with an engine command; returns its id. */
async function send(app: AppHarness, cmd: Omit<SendCommand, 'type' | 'as'> & { as?: string }): Promise<string> {
  await run(app, { type: 'send', as: 'mom', ...cmd } as SendCommand);
  const order = app.state().order;
  return order[order.length - 1]!;
}

const packet = (app: AppHarness, id: string): Packet => app.state().packets[id]!;

/** A grab packet of 茶颜悦色 幽兰拿铁 in the family group, sent with an engine command. */
const grab = (app: AppHarness, count: number, message = '新年快乐，先到先得') =>
  send(app, { mode: 'grab', group: GROUP, sku: 'chayan', spec: 'youlan', count, message });

/** A lottery of 瑞幸 drawn in an hour, sent with an engine command. */
const lottery = (app: AppHarness, count: number) =>
  send(app, { mode: 'lottery', group: GROUP, sku: 'luckin', spec: '6cups', count, message: '新春抽奖', drawAt: app.state().now + HOUR, eligible: 'all' });

/** Take a unit with the first saved address, by engine command. */
const take = (app: AppHarness, as: string, id: string) => run(app, { type: 'claim', as, packet: id, address: 0 });

/**
 * Esc in a user's pane, waiting until the pane's screen stack is one shorter. A lone ESC reaches
 * the app only when ink flushes it (setImmediate, in case more of an escape sequence follows);
 * the harness's press() can return before that when the event loop is busy, and the next key
 * would then be read as Meta+key. So wait for the screen to go, not for the frame.
 */
async function back(app: AppHarness, user: string): Promise<void> {
  const depth = () => app.controller.snapshot().panes.find((p) => p.user === user)!.stack.length;
  const before = depth();
  await app.press(user, 'esc');
  const deadline = Date.now() + 2000;
  while (depth() >= before) {
    if (Date.now() > deadline) throw new Error(`Esc did not close the screen in ${user}'s pane`);
    await new Promise((r) => setTimeout(r, 5));
  }
  await app.idle();
}

/** Select the newest card in the user's chat (↑) and open it (Enter). */
async function openNewest(app: AppHarness, user: string, expect: string | RegExp): Promise<void> {
  await app.press(user, 'up', 'enter');
  await app.waitFor(expect, { user });
}

/** g, / QUERY, Enter (search done), Enter (the first hit). */
async function openProduct(app: AppHarness, user: string, query: string): Promise<void> {
  await app.press(user, { text: 'g' });
  await app.waitFor(/选礼物|Gift shop/, { user });
  await app.press(user, { text: '/' }, { text: query }, 'enter', 'enter');
  await app.waitFor(/选规格|Pick a variant/, { user });
}

/** From the shop's first hit for 'luckin': the first variant, the lottery, 2 gifts, a 赠言. */
async function composeLottery(app: AppHarness): Promise<void> {
  await openProduct(app, 'mom', 'luckin');
  await app.press('mom', 'enter');
  await app.waitFor('怎么送', { user: 'mom' });
  await app.press('mom', 'down', 'down', 'enter'); // 礼物抽奖
  await app.waitFor('开奖: ◀ 1小时后 ▶', { user: 'mom' });
  await app.press('mom', { text: '+' }); // 2 gifts
  await app.press('mom', 'down', 'down', 'down', 'enter'); // the 赠言 row: start typing
  await app.type('mom', '新春抽奖，人人有份');
  await app.press('mom', 'enter'); // done typing: the cursor goes to 下一步
  await app.waitFor('份数: ◀ 2 ▶', { user: 'mom' });
}

/** A lottery of 1 that dad and ming entered by keys, drawn by the presenter's t: one wins, one loses. */
async function drawnLottery(app: AppHarness): Promise<{ id: string; winner: string; loser: string }> {
  const id = await lottery(app, 1);
  for (const u of ['dad', 'ming']) {
    await openNewest(app, u, '参与抽奖');
    await app.press(u, 'enter'); // enter the lottery
    await back(app, u);
    await app.waitFor('已参与 · ', { user: u });
  }
  await app.press('mom', { text: 't' });
  await app.waitFor('1 个抽奖开奖');
  const winner = packet(app, id).lottery!.winners![0]!;
  return { id, winner, loser: winner === 'dad' ? 'ming' : 'dad' };
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
    async build(app) {
      await grab(app, 2);
      await openNewest(app, 'dad', '填地址领取');
    },
  },
  {
    name: 'card-claimed',
    description: 'dad took one with a saved address and opened the card again: his unit, his masked phone',
    cols: COLS,
    rows: ROWS,
    async build(app) {
      await grab(app, 2);
      await openNewest(app, 'dad', '填地址领取');
      await app.press('dad', 'enter', 'enter'); // the address form, the first saved address
      await app.waitFor('抢到了', { user: 'dad' });
      await app.press('dad', 'enter', 'enter'); // back to the chat, open the card again
      await app.waitFor('返回聊天', { user: 'dad' });
    },
  },
  {
    name: 'card-sold-out',
    description: 'a grab of 1 that dad took: ming selected the card in the chat (手慢了 · 已领完)',
    cols: COLS,
    rows: ROWS,
    async build(app) {
      const id = await grab(app, 1);
      await take(app, 'dad', id);
      await app.press('ming', 'up');
      await app.waitFor('手慢了', { user: 'ming' });
    },
  },
  {
    name: 'card-joinable',
    description: 'a lottery of 2 drawn in an hour: dad opened it (参与抽奖), the commitment shown',
    cols: COLS,
    rows: ROWS,
    async build(app) {
      await lottery(app, 2);
      await openNewest(app, 'dad', '参与抽奖');
    },
  },
  {
    name: 'card-joined',
    description: 'dad entered the lottery and opened it again; ming has not entered yet',
    cols: COLS,
    rows: ROWS,
    async build(app) {
      await lottery(app, 2);
      await openNewest(app, 'dad', '参与抽奖');
      await app.press('dad', 'enter'); // enter the lottery
      await app.waitFor('已参与抽奖，等待开奖');
      await back(app, 'dad');
      await app.press('dad', 'enter'); // open it again
      await app.waitFor('1人参与', { user: 'dad' });
    },
  },
  {
    name: 'card-won',
    description: 'the draw picked one of dad and ming: the winner opened the card (你中奖了 · 待收下)',
    cols: COLS,
    rows: ROWS,
    async build(app) {
      const { winner } = await drawnLottery(app);
      await app.press(winner, 'enter'); // the chat keeps the cursor on the card
      await app.waitFor('填地址，收下礼物', { user: winner });
    },
  },
  {
    name: 'card-lost',
    description: 'the same draw: the one not drawn opened the card (未中奖), nothing to take',
    cols: COLS,
    rows: ROWS,
    async build(app) {
      const { loser } = await drawnLottery(app);
      await app.press(loser, 'enter');
      await app.waitFor('返回聊天', { user: loser });
    },
  },
  {
    name: 'lottery-result',
    description: 'a lottery of 2 with 4 entrants after the draw: mom opened her card (winners, the seed)',
    cols: 160,
    rows: 36,
    options: { users: ['mom', 'dad', 'ming', 'hong'] },
    async build(app) {
      const id = await lottery(app, 2);
      for (const u of ['dad', 'ming', 'hong']) {
        await openNewest(app, u, '参与抽奖');
        await app.press(u, 'enter');
        await back(app, u);
      }
      await run(app, { type: 'join', as: 'grandpa', packet: id });
      await app.press('mom', { text: 'n' }); // the presenter's key: to the draw
      await app.waitFor('1 个抽奖开奖');
      await openNewest(app, 'mom', '种子');
    },
  },
  {
    name: 'card-expired',
    description: 'a grab nobody took, a day later (n: to the expiry): dad opened it, mom got the refund',
    cols: COLS,
    rows: ROWS,
    async build(app) {
      await grab(app, 2);
      await app.press('mom', { text: 'n' });
      await app.waitFor('份礼物退回');
      await app.press('dad', 'up', 'enter');
      await app.waitFor('已过期', { user: 'dad' });
    },
  },
  {
    name: 'card-direct-to-accept',
    description: 'mom sent dad a gift with a 赠言 by keys; dad opened it in their private chat (switch the variant, accept)',
    cols: COLS,
    rows: ROWS,
    async build(app) {
      await openProduct(app, 'mom', 'luckin');
      await app.press('mom', 'enter', 'enter'); // the first variant, 送给朋友
      await app.waitFor('收礼人', { user: 'mom' });
      await app.press('mom', 'enter', 'enter'); // pick a friend: 爸爸
      await app.press('mom', 'enter'); // the 赠言 row
      await app.type('mom', '新年快乐，少熬夜');
      await app.press('mom', 'enter', 'enter'); // done typing, 下一步
      await app.waitFor('确认送出', { user: 'mom' });
      await app.press('mom', 'enter'); // pay
      await app.waitFor('礼物已发出');
      await app.press('mom', { text: 'c' }, 'enter'); // mom's private chat with dad
      await app.press('dad', { text: 'c' }, 'enter');
      await openNewest(app, 'dad', '换成');
    },
  },
  {
    name: 'card-sender-progress',
    description: 'a grab of 3 that dad and ming took: mom opened her card (who took it, never where)',
    cols: COLS,
    rows: ROWS,
    async build(app) {
      const id = await grab(app, 3);
      await take(app, 'dad', id);
      await take(app, 'ming', id);
      await openNewest(app, 'mom', '已填地址');
    },
  },
  {
    name: 'shop',
    description: 'g: the gift shop, the first tab (全部), every product with its lowest price',
    cols: COLS,
    rows: ROWS,
    async build(app) {
      await app.press('mom', { text: 'g' });
      await app.waitFor('选礼物', { user: 'mom' });
    },
  },
  {
    name: 'shop-search',
    description: 'the shop searched for 茶, the search done (Enter), the second hit selected',
    cols: COLS,
    rows: ROWS,
    async build(app) {
      await app.press('mom', { text: 'g' }, { text: '/' }, { text: '茶' }, 'enter', 'down');
      await app.waitFor('大红袍', { user: 'mom' });
    },
  },
  {
    name: 'shop-tab-category',
    description: 'the shop on a category tab (→ four times: the first category), the tab strip scrolled',
    cols: COLS,
    rows: ROWS,
    async build(app) {
      await app.press('mom', { text: 'g' }, 'right', 'right', 'right', 'right');
      await app.waitFor('[饮品]', { user: 'mom' });
    },
  },
  {
    name: 'product-variants',
    description: 'a product with a variant over ¥10,000 (not giftable): selecting it says why',
    cols: COLS,
    rows: ROWS,
    async build(app) {
      await openProduct(app, 'mom', 'dahongpao');
      await app.press('mom', 'down', 'enter');
      await app.waitFor('超过¥10,000不可送礼');
    },
  },
  {
    name: 'mode',
    description: 'a variant picked: how to give it (送给朋友, 群发礼物, 礼物抽奖, 拼手气礼物袋)',
    cols: COLS,
    rows: ROWS,
    async build(app) {
      await openProduct(app, 'mom', 'luckin');
      await app.press('mom', 'enter');
      await app.waitFor('怎么送', { user: 'mom' });
    },
  },
  {
    name: 'compose-lottery',
    description: 'the lottery form: 2 gifts, drawn in an hour, everyone may enter, a 赠言 typed',
    cols: COLS,
    rows: ROWS,
    async build(app) {
      await composeLottery(app);
    },
  },
  {
    name: 'compose-luckybag',
    description: 'a lucky bag of two gifts (a: add another gift from the shop)',
    cols: COLS,
    rows: ROWS,
    async build(app) {
      await openProduct(app, 'mom', 'luckin');
      await app.press('mom', 'enter', 'down', 'down', 'down', 'enter'); // the first variant, 拼手气礼物袋
      await app.waitFor('再加一件礼物', { user: 'mom' });
      await app.press('mom', { text: 'a' }, { text: '/' }, { text: 'guazi' }, 'enter', 'enter', 'enter');
      await app.waitFor('合计 ¥159.80 · 2 份', { user: 'mom' });
    },
  },
  {
    name: 'confirm',
    description: 'the lottery form confirmed: what goes where, the total, the wallet after',
    cols: COLS,
    rows: ROWS,
    async build(app) {
      await composeLottery(app);
      await app.press('mom', 'enter');
      await app.waitFor('确认支付', { user: 'mom' });
    },
  },
  {
    name: 'address-form-errors',
    description: 'the address form submitted with a bad phone and no detail: ⚠ on both fields',
    cols: COLS,
    rows: ROWS,
    async build(app) {
      await grab(app, 2);
      await openNewest(app, 'dad', '填地址领取');
      await app.press('dad', 'enter');
      await app.waitFor('填写收货地址', { user: 'dad' });
      await app.press('dad', 'down', 'down', 'enter'); // past the 2 saved addresses: 收货人
      await app.type('dad', '李建国');
      await app.press('dad', 'enter'); // 手机号
      await app.type('dad', '1380013');
      await app.press('dad', 'enter'); // 所在地区
      await app.type('dad', '上海市 浦东新区');
      await app.press('dad', 'enter', 'enter'); // 详细地址 left empty: Enter submits
      await app.waitFor('⚠', { user: 'dad' });
    },
  },
  {
    name: 'result-got-it',
    description: 'dad took a unit of a grab: 抢到了 with the gift',
    cols: COLS,
    rows: ROWS,
    async build(app) {
      await grab(app, 2);
      await openNewest(app, 'dad', '填地址领取');
      await app.press('dad', 'enter', 'enter');
      await app.waitFor('抢到了', { user: 'dad' });
    },
  },
  {
    name: 'result-too-slow',
    description: 'a grab of 1 that dad took first: ming opened it (手慢了)',
    cols: COLS,
    rows: ROWS,
    async build(app) {
      const id = await grab(app, 1);
      await take(app, 'dad', id);
      await app.press('ming', 'up', 'enter');
      await app.waitFor('手慢了', { user: 'ming' });
    },
  },
  {
    name: 'result-voucher',
    description: 'a 喜茶 voucher taken: the code is shown on the result',
    cols: COLS,
    rows: ROWS,
    async build(app) {
      await send(app, { mode: 'grab', group: GROUP, sku: 'heytea', spec: 'one', count: 1 });
      await openNewest(app, 'dad', '▶ 领取');
      await app.press('dad', 'enter');
      await app.waitFor('券码', { user: 'dad' });
    },
  },
  {
    name: 'chat-list',
    description: 'c: the chat list, the group and the private chats, newest first',
    cols: COLS,
    rows: ROWS,
    async build(app) {
      await send(app, { mode: 'direct', to: 'dad', sku: 'sticker', spec: 'daji' });
      await app.press('dad', { text: 'c' });
      await app.waitFor('👤 妈妈', { user: 'dad' });
    },
  },
  {
    name: 'help',
    description: '?: the help, every key of the key table, grouped',
    cols: COLS,
    rows: ROWS,
    async build(app) {
      await app.press('mom', { text: '?' });
      await app.waitFor('帮助');
    },
  },
  {
    name: 'english-grab',
    description: 'lang en: a grab of 2 with a message; dad took one, ming opened the card',
    cols: COLS,
    rows: ROWS,
    options: { lang: 'en' },
    async build(app) {
      const id = await send(app, { mode: 'grab', group: GROUP, sku: 'luckin', spec: '6cups', count: 2, message: 'Happy new year' });
      await take(app, 'dad', id);
      await openNewest(app, 'ming', 'Fill an address to take it');
    },
  },
  {
    name: 'narrow-terminal',
    description: 'a 50×15 terminal: too small for three panes, the enlarge message',
    cols: 50,
    rows: 15,
    async build(app) {
      await app.waitFor('请把终端窗口放大');
    },
  },
  {
    name: 'narrow-two-panes',
    description: 'the smallest layout that fits: 60×20, two panes of 30 columns, a grab card',
    cols: 60,
    rows: 20,
    options: { users: ['mom', 'dad'] },
    async build(app) {
      await grab(app, 2);
      await app.press('dad', 'up');
      await app.waitFor('可领取', { user: 'dad' });
    },
  },
  {
    name: 'layout-100x30',
    description: 'a 100×30 terminal (three panes of 33): a lottery and a grab in the chat',
    cols: 100,
    rows: 30,
    async build(app) {
      const id = await lottery(app, 2);
      await run(app, { type: 'join', as: 'dad', packet: id });
      await grab(app, 3);
      await app.press('ming', 'up');
      await app.waitFor('可领取', { user: 'ming' });
    },
  },
];

export function stateNamed(name: string): LookState | undefined {
  return STATES.find((s) => s.name === name);
}
