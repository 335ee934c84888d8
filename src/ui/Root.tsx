// Follows the terminal's size: a resize re-lays the panes out (or shows the enlarge message).
import { useStdin, useStdout } from 'ink';
import React, { useEffect, useState } from 'react';
import { App } from './App';
import type { Controller } from './controller';
import { guardInput } from './keys/input-guard';

export function Root({ c }: { c: Controller }) {
  const { stdout } = useStdout();
  guardInput(useStdin().internal_eventEmitter);
  const read = () => ({ cols: stdout.columns || 80, rows: stdout.rows || 24 });
  const [size, setSize] = useState(read);
  useEffect(() => {
    const onResize = () => setSize(read());
    stdout.on('resize', onResize);
    return () => {
      stdout.off('resize', onResize);
    };
  });
  return <App c={c} cols={size.cols} rows={size.rows} />;
}
