// What both layouts (the panes, one person's phone) do with the runner besides drawing: take its
// snapshots, end the app when it quits, tell it the size drawn at, tell the test harness of each
// frame, and hand it the keyboard while no text field has it.
import { useApp, useInput } from 'ink';
import { useEffect, useSyncExternalStore } from 'react';
import { fieldHasKeyboard } from './app/decide';
import type { Runner, Snapshot } from './app/runner';

export interface AppProps {
  runner: Runner;
  cols: number;
  rows: number;
  /** Told of each snapshot once its frame is drawn (the test harness waits on it). */
  onDrawn?: (snapshot: Snapshot) => void;
}

export function useRunner({ runner, cols, rows, onDrawn }: AppProps): Snapshot {
  const snap = useSyncExternalStore(runner.subscribe, runner.snapshot);
  const { exit } = useApp();
  useEffect(() => runner.onQuit(() => exit()), [runner, exit]);
  useEffect(() => runner.resize(cols, rows), [runner, cols, rows]);
  useEffect(() => onDrawn?.(snap));
  useInput((input, key) => void runner.key(input, key), { isActive: !fieldHasKeyboard(snap.ui) });
  return snap;
}
