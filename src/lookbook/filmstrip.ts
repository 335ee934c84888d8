// A filmstrip: a scenario played in the panes, one frame per step, each kept as text and as an
// SVG picture with its colours (`bin/bluepacket lookbook --scenario FILE --out DIR`), so a
// designer can lay a flow's screens side by side or drop them into slides. The frame of a step
// is the moment its outcome is on screen (抢到了 in the actor's pane, the card in every chat),
// drawn by the real app at the size asked for; the same file and size give the same frames.
import chalk from 'chalk';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { initialState, type World } from '../domain/world';
import type { Lang } from '../i18n';
import { scenarioPanes } from '../player/panes';
import { Player } from '../player/player';
import { SwapStore } from '../player/swap-store';
import type { Scenario } from '../scenario/parse';
import { FakeStdout, plain } from '../testing/terminal';
import { displaySafe } from '../ui/text/sanitize';
import { Runner, type Snapshot } from '../ui/app/runner';
import { normalise, renderOffscreen } from './render';
import { frameToSvg } from './svg';

export interface FilmstripOptions {
  cols: number;
  rows: number;
  lang: Lang;
  /** The folder the frames go in (made if missing). */
  out: string;
}

/** A frame's file name without its extension: the step's index and its mark (else its verb). */
export function frameName(i: number, label: string): string {
  // Only letters, digits, - and _ from a mark's name: it becomes a file name on any system.
  const slug = [...label.normalize('NFC')]
    .map((c) => (/[\p{L}\p{N}_-]/u.test(c) ? c : '-'))
    .join('')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40);
  return `${String(i).padStart(3, '0')}-${slug || 'step'}`;
}

/** Play the scenario and write its frames; returns the files written, in order. */
export async function writeFilmstrip(scenario: Scenario, world: World, opts: FilmstripOptions): Promise<string[]> {
  mkdirSync(opts.out, { recursive: true });
  const store = new SwapStore(initialState(world, scenario.seed, scenario.start));
  const runner = new Runner(store, scenarioPanes(store.state(), scenario), opts.lang, { cols: opts.cols, rows: opts.rows });
  const stdout = new FakeStdout(opts.cols, opts.rows);
  let drawn: Snapshot | null = null;
  const waiting = new Set<() => void>();
  const onDrawn = (s: Snapshot) => {
    drawn = s;
    for (const fn of [...waiting]) fn();
  };
  const written: string[] = [];
  /** The frame that shows the latest snapshot, once drawn. */
  const frame = async (): Promise<string> => {
    for (;;) {
      await runner.idle();
      if (drawn === runner.snapshot()) return stdout.lastFrame();
      await new Promise<void>((resolve) => waiting.add(() => (waiting.clear(), resolve())));
    }
  };
  const shoot = async (i: number) => {
    const step = scenario.steps[i]!;
    const ansi = await frame();
    const name = frameName(i, step.mark ?? step.verb);
    const title = displaySafe(`#${i} ${step.mark ?? step.verb}${step.note ? ` — ${step.note}` : ''}`);
    const txt = join(opts.out, `${name}.txt`);
    const svg = join(opts.out, `${name}.svg`);
    writeFileSync(txt, `── ${title} (${opts.cols}×${opts.rows}) ──\n${normalise(plain(ansi).join('\n'))}`);
    writeFileSync(svg, frameToSvg(ansi, { cols: opts.cols, rows: opts.rows, title }));
    written.push(txt, svg);
  };
  // Ink colours only when chalk's level is above 0 (off without a terminal): on for the pictures.
  const level = chalk.level;
  chalk.level = 1;
  const app = renderOffscreen(runner, onDrawn, stdout);
  try {
    // Each step as its actor does it (no pauses), stopped at the moment its outcome shows.
    const player = new Player(runner, store, scenario, world, { speed: 1, step: true, sleep: async () => {}, onShown: shoot });
    await player.start();
    for (let i = 0; i < scenario.steps.length; i++) await player.forward();
    return written;
  } finally {
    app.unmount();
    app.cleanup();
    chalk.level = level;
  }
}
