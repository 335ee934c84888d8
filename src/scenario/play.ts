// Playing a scenario: its steps become engine commands on an in-memory state. The same
// execute() the screens call decides every outcome.
import { execute, type Outcome } from '../domain/engine';
import { initialState, type World } from '../domain/world';
import type { Millis, State } from '../domain/types';
import type { Scenario, Step } from './parse';

export interface StepOutcome {
  step: Step;
  /** The clock when the step began. */
  at: Millis;
  outcome: Outcome;
}

export interface Played {
  scenario: Scenario;
  state: State;
  outcomes: StepOutcome[];
  /** label → packet id */
  labels: Map<string, string>;
  /** Wallets before the first step, for the account's "what moved". */
  startWallets: Record<string, number>;
}

/** A scenario's state before its first step. */
export function startScenario(scenario: Scenario, defaultWorld: World): Played {
  const state = initialState(scenario.world ?? defaultWorld, scenario.seed, scenario.start);
  return { scenario, state, outcomes: [], labels: new Map(), startWallets: Object.assign(Object.create(null), state.wallets) };
}

/** Play one step: the command it becomes, executed; labels remembered from accepted sends. */
export function playStep(played: Played, step: Step): StepOutcome {
  const at = played.state.now;
  const resolve = (ref: string) => played.labels.get(ref) ?? ref;
  const outcome = execute(played.state, step.command(at, resolve));
  if (outcome.ok && step.label !== null && typeof outcome.result?.packet === 'string') played.labels.set(step.label, outcome.result.packet);
  const result = { step, at, outcome };
  played.outcomes.push(result);
  return result;
}

export function playScenario(scenario: Scenario, defaultWorld: World): Played {
  const played = startScenario(scenario, defaultWorld);
  for (const step of scenario.steps) playStep(played, step);
  return played;
}
