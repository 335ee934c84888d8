// A state without an event log (a headless run) takes a sent packet's units as the send made them
// instead of copying them (src/domain/evolve.ts): the two states must stay equal, and a state that
// keeps its log must still keep each `sent` event's packet as it was sent.
import { describe, expect, it } from 'vitest';
import { execute } from '../../src/domain/engine';
import { withoutEventLog } from '../../src/domain/evolve';
import type { Command } from '../../src/domain/commands';
import type { DomainEvent, State } from '../../src/domain/types';
import { HOUR } from '../../src/domain/time';
import { advance, claim, direct, grab, luckybag, pid, redpacket } from '../support/commands';
import { testState } from '../support/world';

const STEPS: Command[] = [
  grab('mom', 'fam', 3),
  direct('mom', 'dad'),
  luckybag('mom', 'fam', [{ sku: 'tea', spec: 'red', count: 2 }]),
  redpacket('dad', 'fam', 300, 3),
  claim('dad', pid(1), 0),
  claim('ming', pid(1), 0),
  claim('dad', pid(2), 0),
  claim('ming', pid(3), 0),
  claim('mom', pid(4)),
  advance(30 * HOUR),
];

function play(state: State): DomainEvent[] {
  const events: DomainEvent[] = [];
  for (const cmd of STEPS) {
    const o = execute(state, cmd);
    if (!o.ok) throw new Error(`${JSON.stringify(cmd)} refused: ${o.code}`);
    events.push(...o.events);
  }
  return events;
}

describe('the event log', () => {
  it('keeps each sent packet as it was sent, whatever became of its units', () => {
    const state = testState();
    play(state);
    const sent = state.events.find((e) => e.type === 'sent' && e.packet.id === pid(1));
    if (sent?.type !== 'sent') throw new Error('no sent event');
    expect(sent.packet.units.map((u) => [u.state, u.holder])).toEqual([
      ['open', null],
      ['open', null],
      ['open', null],
    ]);
    expect(state.packets[pid(1)]!.units[0]!.state).toBe('claimed');
    expect(sent.packet.units[0]).not.toBe(state.packets[pid(1)]!.units[0]);
  });

  it('without a log, the state is the same as with one', () => {
    const logged = testState();
    const lean = testState();
    withoutEventLog(lean);
    const a = play(logged);
    const b = play(lean);
    expect(lean.events).toEqual([]);
    expect(JSON.stringify({ ...lean, events: [] })).toBe(JSON.stringify({ ...logged, events: [] }));
    expect(b.length).toBe(a.length);
    expect(b.map((e) => e.type)).toEqual(a.map((e) => e.type));
  });
});
