// The result screen after a claim names the moment right: 抢到了 only after a race; a gift meant
// for the claimant (a direct gift, a company's 年会福利, a lottery win) is 已收下礼物.
import { describe, expect, it } from 'vitest';
import { execute } from '../../src/domain/engine';
import type { State } from '../../src/domain/types';
import { initialUi } from '../../src/ui/app/decide';
import type { Env } from '../../src/ui/app/types';
import { claimed } from '../../src/ui/screens/card/reducer';
import { detailLines } from '../../src/ui/screens/card/view';
import type { Draft } from '../../src/ui/screens/compose/reducer';
import { confirmReducer } from '../../src/ui/screens/confirm/reducer';
import { bundledState } from '../support/decider';

const world = () => bundledState('claim-title');
const env = (state: State, user: string): Env => ({ state, user, pane: initialUi([{ user, chat: 'group:work' }]).panes[0]!, lang: 'zh', width: 40, height: 30 });

function titleAfter(send: Parameters<typeof execute>[1], claimant: string): string {
  const s = world();
  const sent = execute(s, send);
  if (!sent.ok) throw new Error(sent.code);
  const packet = String(sent.result!.packet);
  const o = execute(s, { type: 'claim', as: claimant, packet, address: 0 });
  expect(o.ok).toBe(true);
  const step = claimed(packet, o, env(s, claimant), 0);
  const json = JSON.stringify(step);
  return json.includes('已收下礼物') ? 'accepted' : json.includes('抢到了') ? 'got' : json;
}

describe('the title of a claim that went through', () => {
  it('a company gift is accepted, not won in a race', () => {
    expect(titleAfter({ type: 'send', as: 'bluewhale', mode: 'bulk', group: 'work', sku: 'dfzx', spec: 'std' }, 'dad')).toBe('accepted');
  });

  it('a grab is 抢到了', () => {
    expect(titleAfter({ type: 'send', as: 'mom', mode: 'grab', group: 'family', sku: 'dfzx', spec: 'std', count: 2 }, 'dad')).toBe('got');
  });
});

describe('a company gift opened by one of its recipients', () => {
  it('shows the recipient their own unit and only how many others got one; the company sees everyone', () => {
    const s = world();
    const sent = execute(s, { type: 'send', as: 'bluewhale', mode: 'bulk', group: 'work', sku: 'dfzx', spec: 'std' });
    if (!sent.ok) throw new Error(sent.code);
    const p = s.packets[String(sent.result!.packet)]!;
    const text = (user: string) => detailLines(s, p, user, 'zh', 80).map((l) => l.text).join('\n');
    const others = p.units.filter((u) => u.holder !== 'dad').length;
    expect(others).toBeGreaterThan(1);
    expect(text('dad')).toContain('爸爸');
    expect(text('dad')).not.toContain('小明');
    expect(text('dad')).toContain(`另有 ${others} 位同事各收到一份`);
    expect(text('bluewhale')).toContain('小明');
    expect(text('bluewhale')).not.toContain('另有');
  });
});

describe('after a company gift is sent', () => {
  const draft = (over: Partial<Draft>): Draft => ({ mode: 'bulk', items: [{ sku: 'dfzx', spec: 'std', count: 1 }], to: null, group: null, drawHours: 1, eligible: 'all', message: '', ...over });
  const after = (send: Parameters<typeof execute>[1], d: Draft) => {
    const s = world();
    const o = execute(s, send);
    if (!o.ok) throw new Error(o.code);
    return JSON.stringify(confirmReducer.outcome!({ kind: 'confirm', draft: d, cursor: 0, error: null }, send, o, env(s, 'bluewhale')));
  };

  it('to a list: the pane stays where it was and says how many went (each card is in its own private chat)', () => {
    const step = after({ type: 'send', as: 'bluewhale', mode: 'bulk', recipients: ['dad', 'ming', 'zhangwei'], sku: 'dfzx', spec: 'std' }, draft({ eligible: ['dad', 'ming', 'zhangwei'] }));
    expect(step).toContain('"type":"home"');
    expect(step).toContain('已送出 3 份');
    expect(step).not.toContain('dm:');
  });

  it('to its group: the pane shows the group, where the card is', () => {
    const step = after({ type: 'send', as: 'bluewhale', mode: 'bulk', group: 'work', sku: 'dfzx', spec: 'std' }, draft({ group: 'work' }));
    expect(step).toContain('"chat":"group:work"');
  });
});
