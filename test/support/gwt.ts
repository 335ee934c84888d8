// given / when / then for the decider, in the style of emmett's DeciderSpecification:
//   given(world?, ...commands).when(command).then([...expected event partials])
//   given(...).when(command).thenRefused('SOLD_OUT', 'packet')
// The given commands run through execute() and must all be accepted. Every refusal is also
// checked to leave the state byte-for-byte unchanged, and every decide() to be pure.
import { expect } from 'vitest';
import type { Command } from '../../src/domain/commands';
import { decide, execute, type Outcome } from '../../src/domain/engine';
import { evolve } from '../../src/domain/evolve';
import type { RefusalCode } from '../../src/domain/errors';
import { refusalMessage } from '../../src/i18n/refusals';
import { invariantViolations } from '../../src/domain/invariants';
import type { DomainEvent, State } from '../../src/domain/types';
import type { WorldInput } from '../../src/domain/world';
import { testState } from './world';

/** A partial event: any subset of an event's fields (nested objects match partially too). */
export type EventPartial = { type: DomainEvent['type'] } & Record<string, unknown>;

/** Every refusal code a thenRefused() saw, so a test file can check its coverage. */
export const refusalsSeen = new Set<RefusalCode>();

const isWorld = (x: unknown): x is WorldInput => typeof x === 'object' && x !== null && 'users' in x;

export function describeOutcome(o: Outcome): string {
  return o.ok ? `accepted (${o.events.map((e) => e.type).join(', ')})` : `refused ${o.code}${o.field ? ` (${o.field})` : ''}`;
}

/** Run one command the way every front end does, checking decide() is pure and agrees with execute(). */
export function run(state: State, cmd: Command): Outcome {
  if (cmd.type === 'advance' || cmd.type === 'advanceTo') return execute(state, cmd);
  const before = JSON.stringify(state);
  const decided = decide(state, cmd);
  expect(JSON.stringify(state), 'decide() must not change the state').toBe(before);
  const executed = execute(state, cmd);
  expect(executed, 'execute() must apply exactly what decide() decided').toEqual(decided);
  return executed;
}

export class Then {
  constructor(
    readonly state: State,
    readonly outcome: Outcome,
  ) {}
  get events(): DomainEvent[] {
    return this.outcome.ok ? this.outcome.events : [];
  }
  get result(): Record<string, unknown> | undefined {
    return this.outcome.ok ? this.outcome.result : undefined;
  }
  /** Further checks on the state after the command. */
  andState(check: (state: State) => void): this {
    check(this.state);
    return this;
  }
}

export class When {
  private readonly before: string;
  readonly outcome: Outcome;
  constructor(
    readonly state: State,
    readonly command: Command,
  ) {
    this.before = JSON.stringify(state);
    this.outcome = run(state, command);
  }

  /** Accepted, and the events are exactly these (in order, each matching its partial). */
  then(expected: EventPartial[]): Then {
    expect(this.outcome.ok, `expected ${JSON.stringify(this.command)} to be accepted, was ${describeOutcome(this.outcome)}`).toBe(true);
    const events = this.outcome.ok ? this.outcome.events : [];
    expect(events.map((e) => e.type), 'event types').toEqual(expected.map((e) => e.type));
    expect(events).toMatchObject(expected);
    expect(invariantViolations(this.state)).toEqual([]);
    return new Then(this.state, this.outcome);
  }

  /** Accepted, and these events appear among the events in this order (others may come between). */
  thenIncludes(expected: EventPartial[]): Then {
    expect(this.outcome.ok, `expected ${JSON.stringify(this.command)} to be accepted, was ${describeOutcome(this.outcome)}`).toBe(true);
    const events = this.outcome.ok ? this.outcome.events : [];
    let from = 0;
    for (const want of expected) {
      const i = events.findIndex((e, j) => j >= from && matches(e, want));
      expect(i, `no event matching ${JSON.stringify(want)} in ${JSON.stringify(events.slice(from))}`).toBeGreaterThanOrEqual(0);
      from = i + 1;
    }
    expect(invariantViolations(this.state)).toEqual([]);
    return new Then(this.state, this.outcome);
  }

  /** Refused with this code (and field, when given), and nothing changed. */
  thenRefused(code: RefusalCode, field?: string): Then {
    expect(this.outcome.ok, `expected ${JSON.stringify(this.command)} to be refused ${code}, was ${describeOutcome(this.outcome)}`).toBe(false);
    if (!this.outcome.ok) {
      expect(this.outcome.code).toBe(code);
      if (field !== undefined) expect(this.outcome.field).toBe(field);
      expect(refusalMessage(this.outcome.code, 'zh').length).toBeGreaterThan(0);
      expect(refusalMessage(this.outcome.code, 'en').length).toBeGreaterThan(0);
    }
    const trace = this.outcome.ok ? [] : (this.outcome.events ?? []);
    if (trace.length === 0) expect(JSON.stringify(this.state), 'a refused command must change nothing').toBe(this.before);
    else {
      // The one refusal that leaves a trace (a wrong code's count): exactly its events, nothing else.
      expect(trace.map((e) => e.type)).toEqual(trace.map(() => 'codeTried'));
      const expected: State = JSON.parse(this.before);
      for (const e of trace) evolve(expected, e);
      expect(JSON.stringify(this.state), 'a refusal changes only what its trace says').toBe(JSON.stringify(expected));
    }
    refusalsSeen.add(code);
    return new Then(this.state, this.outcome);
  }
}

export class Given {
  constructor(readonly state: State) {}

  /** Commands that are refused but leave a trace (wrong codes): each must be refused. */
  refused(...commands: Command[]): this {
    commands.forEach((cmd, i) => {
      const o = run(this.state, cmd);
      if (o.ok) throw new Error(`given refused command #${i} ${JSON.stringify(cmd)} was accepted`);
    });
    return this;
  }

  /** More given commands, each of which must be accepted. */
  and(...commands: Command[]): this {
    commands.forEach((cmd, i) => {
      const o = run(this.state, cmd);
      if (!o.ok) throw new Error(`given command #${i} ${JSON.stringify(cmd)} was refused: ${o.code} (${o.field ?? ''})`);
      const bad = invariantViolations(this.state);
      if (bad.length > 0) throw new Error(`given command #${i} ${JSON.stringify(cmd)} broke invariants: ${bad.join('; ')}`);
    });
    return this;
  }

  when(command: Command): When {
    return new When(this.state, command);
  }
}

/** given(world?, ...commands): the test world (or an inline one) after the commands. */
export function given(world?: WorldInput | Command, ...commands: Command[]): Given {
  if (world !== undefined && !isWorld(world)) return new Given(testState()).and(world, ...commands);
  return new Given(testState(world)).and(...commands);
}

function matches(actual: unknown, want: unknown): boolean {
  if (want === null || typeof want !== 'object') return Object.is(actual, want);
  if (actual === null || typeof actual !== 'object') return false;
  if (Array.isArray(want)) return Array.isArray(actual) && actual.length === want.length && want.every((w, i) => matches(actual[i], w));
  return Object.entries(want).every(([k, v]) => matches((actual as Record<string, unknown>)[k], v));
}
