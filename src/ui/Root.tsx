// Follows the terminal's size: a resize re-lays the panes out (or shows the enlarge message).
import { useStdin, useStdout } from 'ink';
import React, { useEffect, useState } from 'react';
import { App } from './App';
import { editingField } from './app/decide';
import type { Runner, Snapshot } from './app/runner';
import { top } from './app/types';
import { guardInput } from './keys/input-guard';
import { PhoneApp } from './phone/PhoneApp';

export function Root({ runner, onDrawn }: { runner: Runner; onDrawn?: (s: Snapshot) => void }) {
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
  const Layout = runner.layout === 'phone' ? PhoneApp : App;
  return <Layout runner={runner} cols={size.cols} rows={size.rows} {...(onDrawn ? { onDrawn } : {})} />;
}
