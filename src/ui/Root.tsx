// Follows the terminal's size: a resize re-lays the panes out (or shows the enlarge message).
import { useStdout } from 'ink';
import React, { useEffect, useState } from 'react';
import { App } from './App';
import type { Controller } from './controller';

export function Root({ c }: { c: Controller }) {
  const { stdout } = useStdout();
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
