// Building a lookbook state without a screen: the real runner on a memory store (the bundled
// world, the lookbook's seed and start time), engine commands for the world, and UI actions in
// a user's pane through the same decider the keyboard feeds. Nothing is drawn until the state is
// built; then the real app draws it once (render.ts).
import type { Command, SendCommand } from '../domain/commands';
import type { Packet, State } from '../domain/types';
import { Runner } from '../ui/app/runner';
import { top } from '../ui/app/types';
import type { ActionId } from '../ui/keys/keymap';

/** In a user's pane: a key of the key table, text the focused field takes, or Enter in it. */
export type Act = ActionId | { text: string } | 'submit';

export class Book {
  constructor(readonly runner: Runner) {}

  state(): State {
    return this.runner.state();
  }

  packet(id: string): Packet {
    return this.state().packets[id]!;
  }

  /** An engine command, as a front end would send it; a refusal is a broken state, so it throws. */
  async run(command: Command): Promise<void> {
    const o = await this.runner.run(command);
    if (!o.ok) throw new Error(`${command.type} was refused: ${o.code}`);
  }

  /** Send a packet (from mom by default) with an engine command; returns its id. */
  async send(cmd: Omit<SendCommand, 'type' | 'as'> & { as?: string }): Promise<string> {
    await this.run({ type: 'send', as: 'mom', ...cmd } as SendCommand);
    const order = this.state().order;
    return order[order.length - 1]!;
  }

  /** Act in a user's pane, as they would: their pane takes the focus, then each action in turn. */
  async as(user: string, ...acts: Act[]): Promise<void> {
    const pane = this.runner.snapshot().ui.panes.findIndex((p) => p.user === user);
    if (pane < 0) throw new Error(`lookbook: no pane for "${user}"`);
    await this.runner.dispatch({ type: 'key', id: 'pane', n: pane });
    for (const a of acts) {
      if (a === 'submit') await this.runner.dispatch({ type: 'submit', pane });
      else if (typeof a === 'string') await this.runner.dispatch({ type: 'key', id: a });
      else await this.runner.dispatch({ type: 'text', pane, value: a.text });
    }
    await this.runner.idle();
  }

  /** The kind of the screen on top of a user's pane (a state checks it got where it meant to). */
  screen(user: string): string {
    const pane = this.runner.snapshot().ui.panes.find((p) => p.user === user);
    return pane ? top(pane).kind : '';
  }

  /** Fail the build when the pane is not where the state means it to be. */
  expect(user: string, kind: string): void {
    if (this.screen(user) !== kind) throw new Error(`lookbook: ${user}'s pane shows ${this.screen(user)}, not ${kind}`);
  }
}
