// Lays the app out at the size it is given, or else follows the terminal's size: a resize
// re-lays the panes out (or shows the enlarge message). A test gives a size because a test
// terminal's width is not the app's to choose (ink-testing-library's stdout says 100 columns).
import { useStdin, useStdout } from 'ink';
import React, { useEffect, useState } from 'react';
import { App } from './App';
import { fieldHasKeyboard } from './app/decide';
import type { Runner, Snapshot } from './app/runner';
import { guardInput } from './keys/input-guard';
import { Motion } from './components/motion';
import { PhoneApp } from './phone/PhoneApp';

export interface Size {
  cols: number;
  rows: number;
}

export function Root({ runner, size, onDrawn, motion = false }: { runner: Runner; size?: Size; onDrawn?: (s: Snapshot) => void; motion?: boolean }) {
  const { stdout } = useStdout();
  // While a field has the keyboard, a chunk's text pieces reach it as one input event.
  guardInput(useStdin().internal_eventEmitter, () => fieldHasKeyboard(runner.snapshot().ui));
  const read = (): Size => ({ cols: stdout.columns || 80, rows: stdout.rows || 24 });
  const [terminal, setTerminal] = useState(read);
  const following = size === undefined;
  useEffect(() => {
    if (!following) return;
    // The same object when nothing changed, so React skips the render.
    const onResize = () => {
      const now = read();
      setTerminal((t) => (t.cols === now.cols && t.rows === now.rows ? t : now));
    };
    onResize(); // the terminal may have changed while a size was given
    stdout.on('resize', onResize);
    return () => {
      stdout.off('resize', onResize);
    };
  }, [following, stdout]);
  const { cols, rows } = size ?? terminal;
  const Layout = runner.layout === 'phone' ? PhoneApp : App;
  return (
    <Motion.Provider value={motion}>
      <Layout runner={runner} cols={cols} rows={rows} {...(onDrawn ? { onDrawn } : {})} />
    </Motion.Provider>
  );
}
