// The lookbook: named states of the app rendered as text (`bin/bluepacket lookbook`), and the
// check of those texts against the golden files committed in lookbook/ (`--check`), so any
// change to a screen shows up in review as a change to a golden file.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { packageRoot } from '../paths';
import { formatDiff } from './compare';
import { renderState } from './render';
import { STATES, type LookState } from './states';

export { STATES, stateNamed, type LookState } from './states';
export { renderState, header, normalise } from './render';
export { diffLines, formatDiff } from './compare';

/** Where the golden files live: lookbook/ at the package root, one NAME.txt per state. */
export const goldenDir = () => join(packageRoot(), 'lookbook');

const goldenFile = (dir: string, name: string) => join(dir, `${name}.txt`);
const shown = (file: string) => {
  const r = relative(process.cwd(), file);
  return r && !r.startsWith('..') ? r : file;
};

export class UnknownStateError extends Error {}

/** The states with these names, in the lookbook's order (all when none are given). */
export function selectStates(names: string[]): LookState[] {
  const unknown = names.filter((n) => !STATES.some((s) => s.name === n));
  if (unknown.length > 0) throw new UnknownStateError(`no lookbook state named ${unknown.map((n) => `"${n}"`).join(', ')} (see lookbook --list)`);
  return names.length === 0 ? STATES : STATES.filter((s) => names.includes(s.name));
}

type Rendered = { state: LookState; text: string } | { state: LookState; error: Error };

/**
 * Render the states one after another, in the lookbook's order: building and drawing a state is
 * all CPU (each is its own app on its own store and terminal), so nothing is gained by overlap.
 */
export async function renderStates(states: LookState[]): Promise<Rendered[]> {
  const out: Rendered[] = [];
  for (const state of states) {
    try {
      out.push({ state, text: await renderState(state) });
    } catch (e) {
      out.push({ state, error: e instanceof Error ? e : new Error(String(e)) });
    }
  }
  return out;
}

/** Golden files in the folder that no state has (looked for only when checking every state). */
export function strayGoldens(dir: string, states: LookState[] = STATES): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt') && !states.some((s) => `${s.name}.txt` === f))
    .sort()
    .map((f) => join(dir, f));
}

export interface CheckResult {
  ok: boolean;
  /** One entry per problem: a diff, a missing or stray golden file, a state that did not render. */
  problems: string[];
  /** The whole report, as `--check` prints it. */
  report: string;
}

/** Render the states and compare each with its golden file. */
export async function checkLookbook(opts: { dir?: string; names?: string[] } = {}): Promise<CheckResult> {
  const dir = opts.dir ?? goldenDir();
  const names = opts.names ?? [];
  const rendered = await renderStates(selectStates(names));
  const problems: string[] = [];
  const differ: string[] = [];
  for (const r of rendered) {
    const file = goldenFile(dir, r.state.name);
    if ('error' in r) {
      problems.push(`✗ ${r.state.name}: the state did not render: ${r.error.message}\n`);
      differ.push(r.state.name);
      continue;
    }
    if (!existsSync(file)) {
      problems.push(`✗ ${r.state.name}: no golden file ${shown(file)} (run: bin/bluepacket lookbook --update ${r.state.name})\n`);
      differ.push(r.state.name);
      continue;
    }
    const diff = formatDiff(shown(file), r.state.name, readFileSync(file, 'utf8'), r.text);
    if (diff) {
      problems.push(`✗ ${r.state.name}: the screen changed\n${diff}`);
      differ.push(r.state.name);
    }
  }
  if (names.length === 0)
    for (const f of strayGoldens(dir)) problems.push(`✗ ${shown(f)}: a golden file with no state (remove it, or add the state)\n`);
  const ok = problems.length === 0;
  const summary = ok
    ? `lookbook: ${rendered.length === 1 ? 'the state matches its golden file' : `all ${rendered.length} states match their golden files`}\n`
    : `lookbook: ${problems.length} problem${problems.length === 1 ? '' : 's'}${differ.length ? ` (${differ.join(', ')})` : ''}.\n` +
      `If the change is intended, run \`bin/bluepacket lookbook --update\` and commit lookbook/ with it.\n`;
  return { ok, problems, report: problems.join('\n') + (problems.length ? '\n' : '') + summary };
}

export interface UpdateResult {
  ok: boolean;
  report: string;
}

/** Render the states and write their golden files; with no names, remove the stray ones too. */
export async function updateLookbook(opts: { dir?: string; names?: string[] } = {}): Promise<UpdateResult> {
  const dir = opts.dir ?? goldenDir();
  const names = opts.names ?? [];
  const rendered = await renderStates(selectStates(names));
  mkdirSync(dir, { recursive: true });
  const lines: string[] = [];
  let ok = true;
  for (const r of rendered) {
    const file = goldenFile(dir, r.state.name);
    if ('error' in r) {
      ok = false;
      lines.push(`✗ ${r.state.name}: the state did not render (its golden file is left as it was): ${r.error.message}`);
      continue;
    }
    const before = existsSync(file) ? readFileSync(file, 'utf8') : null;
    if (before === r.text) continue;
    writeFileSync(file, r.text);
    lines.push(`${before === null ? 'new' : 'updated'} ${shown(file)}`);
  }
  if (names.length === 0)
    for (const f of strayGoldens(dir)) {
      rmSync(f);
      lines.push(`removed ${shown(f)} (no such state)`);
    }
  const changed = lines.filter((l) => !l.startsWith('✗')).length;
  lines.push(`lookbook: ${rendered.length} states, ${changed} golden file${changed === 1 ? '' : 's'} changed`);
  return { ok, report: lines.join('\n') + '\n' };
}
