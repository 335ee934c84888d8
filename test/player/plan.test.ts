// The player's step-to-actions translation, without rendering: a step becomes the UI actions a
// person would take in the actor's pane, run through the same decider as the keyboard. Where the
// step is one the screens can say, they ask for exactly the step's command; where they cannot
// (a refusal the screens do not offer, a draw at +90m, an address the form refuses), they get
// as close as they can and the player runs the step's own command in their place.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Command } from '../../src/domain/commands';
import { HOUR } from '../../src/domain/time';
import { parseWorld } from '../../src/domain/world';
import { execute } from '../../src/domain/engine';
import { parseScenario } from '../../src/scenario/parse';
import { playStep, startScenario } from '../../src/scenario/play';
import { scenarioPanes } from '../../src/player/panes';
import { planStep } from '../../src/player/steps';
import { initialUi } from '../../src/ui/app/decide';
import { top } from '../../src/ui/app/types';
import { bundledWorld } from '../../src/world-file';
import { bundledState, ctxOf } from '../support/decider';

const DIR = join(__dirname, '../../data/scenarios');
/** A step's command as the engine reads it (a send's label is the runner's, not the screens'). */
const bare = (cmd: Command) => {
  const { label: _label, ...rest } = cmd as Command & { label?: unknown };
  return rest;
};

describe('every step of the library scenarios', () => {
  for (const file of readdirSync(DIR).filter((f) => f.endsWith('.json'))) {
    it(`${file}: the screens ask for the step's command whenever the engine accepts it`, () => {
      const scenario = parseScenario(readFileSync(join(DIR, file), 'utf8'), file, parseWorld);
      const played = startScenario(scenario, bundledWorld());
      const panes = scenarioPanes(played.state, scenario);
      let planned = 0;
      for (const step of scenario.steps) {
        const cmd: Command = step.command(played.state.now, (r) => played.labels.get(r) ?? r);
        // A settings step has no actor: the presenter changes them in the first pane.
        const pane = 'as' in cmd ? panes.findIndex((p) => p.user === cmd.as) : cmd.type === 'settings' ? 0 : -1;
        const plan = pane >= 0 ? planStep(initialUi(panes), pane, cmd, ctxOf(played.state)) : null;
        const { outcome } = playStep(played, step);
        if (!plan || cmd.type === 'say') continue;
        planned++;
        if (outcome.ok) expect(plan.ui?.command, `step ${step.i}`).toEqual(bare(cmd));
        else if (plan.ui) expect(plan.ui.command, `step ${step.i}`).toEqual(bare(cmd));
      }
      expect(planned).toBeGreaterThan(0);
    });
  }
});

describe('one step', () => {
  const state = () => bundledState('plan');
  const panes = [
    { user: 'mom', chat: 'group:family' },
    { user: 'dad', chat: 'group:family' },
  ];
  const grab = (s: ReturnType<typeof state>) => {
    const o = execute(s, { type: 'send', as: 'mom', mode: 'grab', group: 'family', sku: 'chayan', spec: 'youlan', count: 2 });
    return String(o.ok && o.result?.packet);
  };

  it('a send: the shop, the variant, the mode, the options, the 赠言, then the confirm screen', () => {
    const s = state();
    const cmd: Command = { type: 'send', as: 'mom', mode: 'lottery', group: 'family', sku: 'luckin', spec: '6cups', count: 3, drawAt: s.now + 2 * HOUR, eligible: ['dad', 'ming'], message: '抽奖' };
    const plan = planStep(initialUi(panes), 0, cmd, ctxOf(s));
    const kinds = new Set<string>();
    for (const a of plan.actions) if (a.type === 'key' || a.type === 'text' || a.type === 'submit') kinds.add(a.type === 'key' ? a.id : a.type);
    const ui = plan.before;
    expect(top(ui.panes[0]!).kind).toBe('confirm');
    expect([...kinds]).toEqual(expect.arrayContaining(['shop', 'down', 'select', 'plus', 'text', 'submit']));
    expect(plan.commit).toEqual({ type: 'key', id: 'select', pane: 0 });
    expect(plan.ui?.command).toEqual(cmd);
    // dad's pane was not touched.
    expect(ui.panes[1]).toEqual(initialUi(panes).panes[1]);
  });

  it('a draw at +90m: the form can only say whole hours, so the screens ask for +2h and the step runs its own', () => {
    const s = state();
    const cmd: Command = { type: 'send', as: 'mom', mode: 'lottery', group: 'family', sku: 'luckin', spec: '6cups', count: 1, drawAt: s.now + 90 * 60_000, eligible: 'all' };
    const plan = planStep(initialUi(panes), 0, cmd, ctxOf(s));
    expect(plan.ui?.command).toEqual({ ...cmd, drawAt: s.now + 2 * HOUR });
  });

  it('a claim with an address typed in: the card, the form, each field typed, Enter on the last', () => {
    const s = state();
    const id = grab(s);
    const address = { name: '李明', phone: '13700137000', region: '北京市 海淀区', detail: '中关村大街1号' };
    const plan = planStep(initialUi(panes), 1, { type: 'claim', as: 'dad', packet: id, address }, ctxOf(s));
    expect(plan.actions.filter((a) => a.type === 'text').map((a) => a.type === 'text' && a.value)).toEqual(Object.values(address));
    // The open on the way is the screens' own: answered as accepted, not run.
    expect(plan.actions.some((a) => a.type === 'outcome' && a.command.type === 'open')).toBe(true);
    expect(s.events.some((e) => e.type === 'opened')).toBe(false);
    expect(plan.commit).toEqual({ type: 'submit', pane: 1 });
    expect(plan.ui?.command).toEqual({ type: 'claim', as: 'dad', packet: id, address });
    expect(plan.ui?.from.kind).toBe('address');
  });

  it('a claim with an address the form refuses: the form shows the errors, and the step runs its own command', () => {
    const s = state();
    const id = grab(s);
    const plan = planStep(initialUi(panes), 1, { type: 'claim', as: 'dad', packet: id, address: { name: '李明', phone: '123', region: '北京', detail: '' } }, ctxOf(s));
    expect(plan.ui).toBeNull();
    expect(top(plan.before.panes[1]!).kind).toBe('address');
  });

  it('a claim with a saved address: the card, the form, the saved row', () => {
    const s = state();
    const id = grab(s);
    const plan = planStep(initialUi(panes), 1, { type: 'claim', as: 'dad', packet: id, address: 1 }, ctxOf(s));
    expect(plan.ui?.command).toEqual({ type: 'claim', as: 'dad', packet: id, address: 1 });
    expect(top(plan.before.panes[1]!)).toMatchObject({ kind: 'address', cursor: 1 });
  });
});

describe('a company, the feed', () => {
  const state = () => bundledState('plan');
  const work = [
    { user: 'bluewhale', chat: 'group:work' },
    { user: 'dad', chat: 'group:work' },
    { user: 'ming', chat: 'group:work' },
  ];

  it('a bulk gift to the whole group: the company\'s pane picks the product, 年会福利, a 赠言, and confirms', () => {
    const cmd: Command = { type: 'send', as: 'bluewhale', mode: 'bulk', group: 'work', sku: 'dfzx', spec: 'std', message: '年会福利' };
    const plan = planStep(initialUi(work), 0, cmd, ctxOf(state()));
    expect(top(plan.before.panes[0]!).kind).toBe('confirm');
    expect(plan.ui?.command).toEqual(cmd);
  });

  it('a bulk gift to a list: the people are picked one by one, in the step\'s order', () => {
    const cmd: Command = { type: 'send', as: 'bluewhale', mode: 'bulk', recipients: ['lina', 'ming', 'zhangwei'], sku: 'starbucks', spec: 'grande' };
    const plan = planStep(initialUi(work), 0, cmd, ctxOf(state()));
    expect(plan.ui?.command).toEqual(cmd);
  });

  it('a person\'s pane offers no 年会福利: the screens cannot say it, and the step runs its own (refused) command', () => {
    const cmd: Command = { type: 'send', as: 'dad', mode: 'bulk', group: 'work', sku: 'dfzx', spec: 'std' };
    const plan = planStep(initialUi(work), 1, cmd, ctxOf(state()));
    expect(plan.ui?.command).not.toEqual(cmd);
  });

  it('a broadcast gift whose sender shows the price: the form\'s 朋友圈显示价格 row', () => {
    const family = [{ user: 'grandpa', chat: 'group:family' }, { user: 'ming', chat: 'group:family' }];
    const cmd: Command = { type: 'send', as: 'grandpa', mode: 'direct', to: 'ming', sku: 'fireworks', spec: 'std', showPrice: true };
    const plan = planStep(initialUi(family), 0, cmd, ctxOf(state()));
    expect(plan.ui?.command).toEqual(cmd);
  });

  it('晒礼物: the chat, the card opened again, its 晒到朋友圈 row', () => {
    const s = state();
    const o = execute(s, { type: 'send', as: 'mom', mode: 'grab', group: 'family', sku: 'chayan', spec: 'youlan', count: 2 });
    const id = String(o.ok && o.result?.packet);
    execute(s, { type: 'claim', as: 'dad', packet: id, address: 0 });
    const plan = planStep(initialUi([{ user: 'mom', chat: 'group:family' }, { user: 'dad', chat: 'group:family' }]), 1, { type: 'share', as: 'dad', packet: id }, ctxOf(s));
    expect(top(plan.before.panes[1]!).kind).toBe('card');
    expect(plan.ui?.command).toEqual({ type: 'share', as: 'dad', packet: id });
  });

  it('company-annual-gifts, every actor in a pane: the screens ask for each accepted step\'s command', () => {
    const file = 'company-annual-gifts.json';
    const scenario = parseScenario(readFileSync(join(DIR, file), 'utf8'), file, parseWorld);
    const played = startScenario(scenario, bundledWorld());
    const actors = [...new Set(scenario.steps.map((s) => s.as).filter((a): a is string => a !== null))];
    const panes = scenarioPanes(played.state, scenario, actors);
    let planned = 0;
    for (const step of scenario.steps) {
      const cmd: Command = step.command(played.state.now, (r) => played.labels.get(r) ?? r);
      const pane = 'as' in cmd ? panes.findIndex((p) => p.user === cmd.as) : -1;
      const plan = pane >= 0 ? planStep(initialUi(panes), pane, cmd, ctxOf(played.state)) : null;
      const { outcome } = playStep(played, step);
      if (!plan || !outcome.ok) continue;
      planned++;
      expect(plan.ui?.command, `step ${step.i}`).toEqual(bare(cmd));
    }
    expect(planned).toBeGreaterThan(25);
  });
});
