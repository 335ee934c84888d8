// A crowd race without a screen: the real runner on a memory store, the crowd driver on a
// virtual clock, and what happened (who claimed, in which order, when the packet sold out).
import type { Command } from '../../src/domain/commands';
import type { Outcome } from '../../src/domain/engine';
import { DEFAULT_START, parseIso } from '../../src/domain/time';
import type { GrabPolicy, State } from '../../src/domain/types';
import { initialState } from '../../src/domain/world';
import { CrowdDriver, VirtualScheduler, type CrowdStep } from '../../src/crowd';
import { memoryStore } from '../../src/store';
import { Runner } from '../../src/ui/app/runner';
import { bundledWorld } from '../../src/world-file';

export const PANES = ['dad', 'ming', 'zhangwei'];

export function workState(seed: string, policy: GrabPolicy = 'first-address'): State {
  const s = initialState(bundledWorld(), seed, parseIso(DEFAULT_START)!);
  s.settings.grabPolicy = policy;
  // Colleagues mostly list each other one way; these tests give direct gifts to bots, which the
  // bundled world's mutual-friends-only rule would refuse: the crowd is what they test.
  s.settings.mutualFriendsOnly = false;
  return s;
}

export interface Played {
  step: CrowdStep & { at: number };
  outcome: Outcome;
}

export function crowdRig(state: State, size = 30) {
  const store = memoryStore(state);
  const c = new Runner(store, PANES.map((user) => ({ user, chat: 'group:work' })), 'zh');
  const clock = new VirtualScheduler();
  const played: Played[] = [];
  const driver = new CrowdDriver(c, { size, scheduler: clock, exclude: PANES, onStep: (step, outcome) => played.push({ step, outcome }) });
  driver.start();
  return {
    c,
    clock,
    driver,
    played,
    state: () => store.state(),
    run: (cmd: Command) => c.run(cmd),
    advance: (ms: number) => clock.advance(ms, () => driver.idle()),
  };
}

/** Who claimed a unit of the packet, in the engine's order. */
export function claimers(state: State, packet: string): string[] {
  return state.events.filter((e) => e.type === 'claimed' && e.packet === packet).map((e) => (e as { user: string }).user);
}

/** A 10-unit (by default) grab of luckin coffee from dad into the work group, raced by the crowd
 * until nothing is pending; returns the virtual time the last unit went. */
export async function grabRace(seed: string, policy: GrabPolicy, opts: { count?: number; size?: number } = {}) {
  const rig = crowdRig(workState(seed, policy), opts.size ?? 30);
  const sent = await rig.run({ type: 'send', as: 'dad', mode: 'grab', group: 'work', sku: 'luckin', spec: '6cups', count: opts.count ?? 10 });
  if (!sent.ok) throw new Error(`send refused: ${sent.code}`);
  const packet = String(sent.result!.packet);
  let soldOutAt: number | null = null;
  let reservedOutAt: number | null = null;
  while (rig.driver.pending > 0) {
    await rig.advance(100);
    const p = rig.state().packets[packet]!;
    if (reservedOutAt === null && p.units.every((u) => u.state !== 'open')) reservedOutAt = rig.clock.now();
    if (soldOutAt === null && p.units.every((u) => u.state === 'claimed')) soldOutAt = rig.clock.now();
  }
  rig.driver.stop();
  return { ...rig, packet, soldOutAt, reservedOutAt, winners: claimers(rig.state(), packet) };
}
