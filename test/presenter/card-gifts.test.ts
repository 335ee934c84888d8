// A card that cannot list all its gifts names as many as fit whole and says how many more (等 N
// 件礼物); one product in several variants is the product and its count; the state line drops the
// price before it would cut it; the news line under a pane's header gives way without cutting a
// name or losing "c 查看".
import { expect, it } from 'vitest';
import { execute } from '../../src/domain/engine';
import { DEFAULT_START, parseIso } from '../../src/domain/time';
import type { State } from '../../src/domain/types';
import { initialState } from '../../src/domain/world';
import type { PaneState } from '../../src/ui/app/types';
import { inboxText } from '../../src/ui/components/Pane';
import { cardLayout, cardLook } from '../../src/ui/components/card-lines';
import { width } from '../../src/ui/text/width';
import { bundledWorld } from '../../src/world-file';
import { direct, grab, luckybag, say } from '../support/commands';

function world(): State {
  const s = initialState(bundledWorld(), 'cards', parseIso(DEFAULT_START)!);
  s.settings.mutualFriendsOnly = false;
  return s;
}
function run(s: State, ...cmds: Parameters<typeof execute>[1][]): void {
  for (const c of cmds) { const o = execute(s, c); expect(o.ok ? true : JSON.stringify(o)).toBe(true); }
}
const lastPacket = (s: State) => Object.values(s.packets).at(-1)!;

it('a lucky bag of five gifts in a narrow chat: whole names, then 等 N 件礼物', () => {
  const s = world();
  const items = [['guazi', '6cans'], ['nuts', 'box'], ['heytea', 'one'], ['starbucks', 'tall'], ['ecard', 'fu']].map(([sku, spec]) => ({ sku: sku!, spec, count: 1 }));
  run(s, luckybag('mom', 'family', items));
  const look = cardLook(s, lastPacket(s), 'dad', 'zh');
  expect(look.gifts).toHaveLength(5);
  const box = cardLayout(look, 30);
  expect(box.gifts.length).toBeLessThanOrEqual(2);
  const text = box.gifts.join('');
  expect(text).not.toContain('…');
  const more = /等 (\d+) 件礼物$/.exec(text);
  expect(more, text).not.toBeNull();
  const shown = look.gifts.length - Number(more![1]);
  expect(shown).toBeGreaterThanOrEqual(1);
  for (const g of look.gifts.slice(0, shown)) expect(text.replace(/\s/g, ''), g).toContain(g.replace(/\s/g, ''));
  for (const l of [box.title, ...box.gifts, ...box.state]) expect(width(l)).toBeLessThanOrEqual(box.width - 4);
  // Wide enough, every gift is listed and nothing is counted.
  expect(cardLayout(look, 200).gifts.join('')).not.toContain('等');
});

it('one product in two variants is named once with its count', () => {
  const s = world();
  run(s, luckybag('mom', 'family', [{ sku: 'luckin', spec: '6cups', count: 1 }, { sku: 'luckin', spec: '6cups-oat', count: 1 }]));
  const look = cardLook(s, lastPacket(s), 'dad', 'zh');
  expect(look.gifts).toEqual([`${s.catalog.luckin!.title} ×2`]);
});

it("the state line drops the price rather than cut it, and cuts only the state's own words when nothing else is left", () => {
  const look = { icon: '📤', color: 'gray', stateText: '1人参与 · 21:00 开奖', role: 'gift', lines: ['礼物抽奖 · 妈妈', '瓜子', '1人参与 · 21:00 开奖 · ¥39.90'], names: ['瓜子'], gifts: ['瓜子'], more: (n: number) => `等 ${n} 件礼物` } as const;
  const card = { ...look, lines: [...look.lines] as [string, string, string], names: [...look.names], gifts: [...look.gifts] };
  expect(cardLayout(card, 31).state).toEqual(['1人参与 · 21:00 开奖']);
  expect(cardLayout(card, 60).state).toEqual(['1人参与 · 21:00 开奖 · ¥39.90']);
});

function pane(user: string, chat: string): PaneState {
  return { user, chat, since: 0, seen: new Map() } as unknown as PaneState;
}

it('news of a gift in another chat keeps the sender whole and "c 查看" at any width', () => {
  const s = world();
  const since = s.messages.at(-1)?.id ?? 0;
  run(s, direct('mom', 'dad', 'guazi', null));
  const p = { ...pane('dad', 'group:family'), since };
  const wide = inboxText(s, p, 'zh', 120)!;
  expect(wide).toContain('妈妈私聊送你礼物');
  for (const w of [40, 24]) {
    const line = inboxText(s, p, 'zh', w)!;
    expect(width(line), `${w}: ${line}`).toBeLessThanOrEqual(w);
    expect(line, `${w}`).toContain('妈妈');
    expect(line, `${w}`).toContain('c 查看');
  }
  // A group gift: the group's name goes before the sender's.
  run(s, grab('mom', 'family', 1, 'guazi', null));
  const inDm = { ...pane('dad', 'dm:dad|mom'), since };
  expect(inboxText(s, inDm, 'zh', 120)).toContain('妈妈在「相亲相爱一家人」发了礼物');
  const narrow = inboxText(s, inDm, 'zh', 28)!;
  expect(width(narrow), narrow).toBeLessThanOrEqual(28);
  expect(narrow).toContain('妈妈');
  expect(narrow).toContain('c 查看');
});

it('news of a line in another chat: its text gives way, then the chat name, never the sender', () => {
  const s = world();
  const since = s.messages.at(-1)?.id ?? 0;
  run(s, say('dad', 'group:work', '今晚八点大家一起在群里抢红包，记得准时来，别错过了哦'));
  const p = { ...pane('ming', 'group:family'), since };
  const wide = inboxText(s, p, 'zh', 200)!;
  expect(wide).toContain('今晚八点大家一起在群里抢红包，记得准时来，别错过了哦');
  for (const w of [50, 36, 28]) {
    const line = inboxText(s, p, 'zh', w)!;
    expect(width(line), `${w}: ${line}`).toBeLessThanOrEqual(w);
    expect(line, `${w}`).toContain('爸爸');
    expect(line, `${w}`).toContain('c 查看');
  }
});
