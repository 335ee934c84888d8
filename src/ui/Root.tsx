// Follows the terminal's size: a resize re-lays the panes out (or shows the enlarge message).
import { useStdin, useStdout } from 'ink';
import React, { useEffect, useState } from 'react';
import { App } from './App';
import { editingField } from './app/decide';
import type { Runner, Snapshot } from './app/runner';
import { top } from './app/types';
import { guardInput } from './keys/input-guard';
import { Motion } from './components/motion';

export function Root({ runner, onDrawn, motion = false }: { runner: Runner; onDrawn?: (s: Snapshot) => void; motion?: boolean }) {
  const { stdout } = useStdout();
  // While a field has the keyboard, a chunk's text pieces reach it as one input event.
  guardInput(useStdin().internal_eventEmitter, () => {
    const ui = runner.snapshot().ui;
    return ui.overlay === null && editingField(top(ui.panes[ui.focus]!)) !== null;
  });
  const read = () => ({ cols: stdout.columns || 80, rows: stdout.rows || 24 });
  const [size, setSize] = useState(read);
  useEffect(() => {
    const onResize = () => setSize(read());
    stdout.on('resize', onResize);
    return () => {
      stdout.off('resize', onResize);
    };
  });
  return (
    <Motion.Provider value={motion}>
      <App runner={runner} cols={size.cols} rows={size.rows} {...(onDrawn ? { onDrawn } : {})} />
    </Motion.Provider>
  );
}
