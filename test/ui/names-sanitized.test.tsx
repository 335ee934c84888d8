// Names, gift titles and variant labels come from users and world files: every pane line that
// carries one goes through displaySafe. A bidi override and a zero-width character stand for the
// whole unsafe set here (src/text/sanitize.ts; test/text has the corpus).
import { render } from 'ink-testing-library';
import React from 'react';
import { expect, it } from 'vitest';
import { execute } from '../../src/domain/engine';
import type { State } from '../../src/domain/types';
import { Menu } from '../../src/ui/components/Menu';
import { chatItem } from '../../src/ui/model/chat-items';
import { detailLines } from '../../src/ui/screens/card/view';
import { smallState } from '../store/helpers';

const HOSTILE = '坏\u202e人\u200b';
const UNSAFE = /[\u202e\u200b]/;

function withHostileNames(): { s: State; packet: string } {
  const s = smallState(5);
  s.users.u4!.name = HOSTILE;
  s.catalog.card!.title = `贺卡${HOSTILE}`;
  const o = execute(s, { type: 'send', as: 'u1', mode: 'grab', group: 'fam', sku: 'card', count: 2, message: '新年' });
  if (!o.ok) throw new Error(o.code);
  const packet = String(o.result!.packet);
  expect(execute(s, { type: 'claim', as: 'u4', packet }).ok).toBe(true);
  return { s, packet };
}

it('an opened card’s detail: the holders and the gifts', () => {
  const { s, packet } = withHostileNames();
  const lines = detailLines(s, s.packets[packet]!, 'u1', 'zh', 80).map((l) => l.text);
  expect(lines.join('\n')).toContain('坏人');
  for (const l of lines) expect(l).not.toMatch(UNSAFE);
});

it('a card in the chat: its sender’s name above it', () => {
  const { s } = withHostileNames();
  s.users.u1!.name = HOSTILE;
  const card = s.messages.find((m) => m.packet !== undefined && !m.system)!;
  const item = chatItem(s, card, 'u2', 'zh', 60);
  expect(item.lines.join('')).toContain('坏人');
  expect(item.lines.join('')).not.toMatch(UNSAFE);
});

it('every list (a card’s options, the shop, the chats): its labels, hints and reasons', () => {
  const { lastFrame, unmount } = render(<Menu width={60} cursor={0} items={[{ id: 'a', label: `回礼 ${HOSTILE}`, hint: HOSTILE, disabled: HOSTILE }]} />);
  expect(lastFrame()).toContain('回礼 坏人');
  expect(lastFrame()).not.toMatch(UNSAFE);
  unmount();
});
