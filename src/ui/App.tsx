// The root component: the panes side by side (or the help), the timeline and the status bar,
// laid out for the terminal's size. One useInput for the whole app: keys go to the controller,
// which reads the one key table.
import { Box, useApp, useInput } from 'ink';
import React, { useEffect, useSyncExternalStore } from 'react';
import type { Controller } from './controller';
import { HelpOverlay } from './components/HelpOverlay';
import { Pane } from './components/Pane';
import { MarksOverlay, PlayerBar } from './components/PlayerBar';
import { StatusBar } from './components/StatusBar';
import { Timeline } from './components/Timeline';
import { TooSmall } from './components/TooSmall';
import { frameFor } from './layout';

export function App({ c, cols, rows }: { c: Controller; cols: number; rows: number }) {
  const version = useSyncExternalStore(c.subscribe, c.getVersion);
  useEffect(() => {
    c.drawnVersion = version;
  });
  const { exit } = useApp();
  useEffect(() => {
    c.options.onQuit = () => exit();
  }, [c, exit]);
  useInput((input, key) => {
    void c.handleKey(input, key);
  });
  const ui = c.snapshot();
  const player = c.player?.view() ?? null;
  const frame = frameFor(cols, rows, ui.panes.length, player ? 1 : 0);
  // The controller lays screens out with the same sizes the panes draw with.
  c.layout = { paneWidth: frame.innerWidth, bodyHeight: frame.bodyHeight };
  if (!frame.ok) return <TooSmall lang={c.lang} cols={cols} rows={rows} need={frame.need} />;
  return (
    <Box flexDirection="column" width={cols} height={frame.height}>
      {ui.overlay === 'help' ? (
        <HelpOverlay lang={c.lang} width={cols} height={frame.paneHeight} />
      ) : player?.marksOpen ? (
        <MarksOverlay view={player} lang={c.lang} width={cols} height={frame.paneHeight} />
      ) : (
        <Box width={cols} height={frame.paneHeight}>
          {ui.panes.map((p, i) => (
            <Pane
              key={`${i}:${p.user}`}
              c={c}
              index={i}
              pane={p}
              focused={ui.focus === i}
              typing={ui.overlay === null}
              stateVersion={c.stateVersion}
              width={frame.paneWidth}
              height={frame.paneHeight}
              inner={frame.innerWidth}
              body={frame.bodyHeight}
            />
          ))}
        </Box>
      )}
      <Timeline state={c.state()} lang={c.lang} width={cols} height={frame.timelineHeight} />
      {player && <PlayerBar view={player} lang={c.lang} width={cols} />}
      <StatusBar c={c} width={cols} />
    </Box>
  );
}
