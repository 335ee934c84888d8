// Playing a scenario: its steps become engine commands on an in-memory state. The same
// execute() the screens call decides every outcome.
import { execute, type Outcome } from '../domain/engine';
import { withoutEventLog } from '../domain/evolve';
import type { World } from '../domain/world';
import { initialState } from '../domain/world-state';
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
  /** Every step played so far, in order; empty when the scenario is played without history. */
  outcomes: StepOutcome[];
  /** label → packet id */
  labels: Map<string, string>;
  /** packet id → label: how the reports name a labelled packet. */
  labelOf: Map<string, string>;
  /** A label's packet id (a name that is no label is taken as an id): made once with the run, not
   * a closure per step. */
  resolve: (ref: string) => string;
  /** Wallets before the first step, for the account's "what moved". */
  startWallets: Record<string, number>;
  /** Whether outcomes and the state's event log are kept. */
  history: boolean;
}

/**
 * A scenario's state before its first step. Without history (`history: false`), neither the
 * outcomes nor the state's event log are kept: a headless run reports each step as it is played,
 * and a long scenario's memory is then its packets, not every event it ever made.
 */
export function startScenario(scenario: Scenario, defaultWorld: World, options: { history?: boolean } = {}): Played {
  const state = initialState(scenario.world ?? defaultWorld, scenario.seed, scenario.start);
  const history = options.history ?? true;
  if (!history) withoutEventLog(state);
  const startWallets = Object.assign(Object.create(null), state.wallets);
  const labels = new Map<string, string>();
  const resolve = (ref: string) => labels.get(ref) ?? ref;
  return { scenario, state, outcomes: [], labels, labelOf: new Map(), resolve, startWallets, history };
}

/** Play one step: the command it becomes, executed; labels remembered from accepted sends. */
export function playStep(played: Played, step: Step): StepOutcome {
  const at = played.state.now;
  const outcome = execute(played.state, step.command(at, played.resolve));
  if (outcome.ok && step.label !== null && typeof outcome.result?.packet === 'string') {
    played.labels.set(step.label, outcome.result.packet);
    played.labelOf.set(outcome.result.packet, step.label);
  }
  const result = { step, at, outcome };
  if (played.history) played.outcomes.push(result);
  return result;
}

export function playScenario(scenario: Scenario, defaultWorld: World): Played {
  const played = startScenario(scenario, defaultWorld);
  for (const step of scenario.steps) playStep(played, step);
  return played;
}
