// The root component: the panes side by side (or the help), the timeline and the status bar,
// laid out for the size it is given. It draws the runner's snapshots; the one app-wide key
// handler is inactive while a text field has the keyboard (the field owns it then).
import { Box } from 'ink';
import React from 'react';
import { HelpOverlay } from './components/HelpOverlay';
import { Pane } from './components/Pane';
import { MarksOverlay, PlayerBar } from './components/PlayerBar';
import { StatusBar } from './components/StatusBar';
import { Timeline } from './components/Timeline';
import { QuitOverlay } from './components/QuitOverlay';
import { TooSmall } from './components/TooSmall';
import { screenLayout } from './app/screen-layout';
import { LiveBar } from './live/LiveBar';
import { InsightsView } from './screens/insights/view';
import { useRunner, type AppProps } from './use-runner';

export function App(props: AppProps) {
  const { runner, cols, rows } = props;
  const snap = useRunner(props);
  const { ui, world, player } = snap;
  // The size drawn is the one given (the snapshot takes it in an effect, a moment later).
  const { frame, shown } = screenLayout({ ...snap, cols, rows }, runner.lang);
  const insights = ui.overlay === 'insights' && !player?.marksOpen;
  if (!frame.ok) return <TooSmall lang={runner.lang} cols={cols} rows={rows} need={frame.need} />;
  return (
    <Box flexDirection="column" width={cols} height={frame.height}>
      {ui.overlay === 'help' ? (
        // The help takes the timeline's rows too: every heading and key fits at 80×24.
        <HelpOverlay lang={runner.lang} width={cols} height={frame.paneHeight + frame.timelineHeight} />
      ) : ui.overlay === 'quit' ? (
        <QuitOverlay ui={ui} state={world.state} lang={runner.lang} width={cols} height={frame.paneHeight} />
      ) : player?.marksOpen ? (
        <MarksOverlay view={player} lang={runner.lang} width={cols} height={frame.paneHeight} />
      ) : insights ? (
        // The insights take the timeline's rows too: a picture needs the room.
        <InsightsView world={world} lang={runner.lang} width={cols} height={frame.paneHeight + frame.timelineHeight} />
      ) : (
        <Box width={cols} height={frame.paneHeight}>
          {shown.map((i) => {
            const p = ui.panes[i]!;
            return (
              <Pane
                key={`${i}:${p.user}`}
                runner={runner}
                index={i}
                pane={p}
                world={world}
                focused={ui.focus === i}
                typing={ui.overlay === null}
                width={frame.paneWidth}
                height={frame.paneHeight}
                inner={frame.innerWidth}
                body={frame.bodyHeight}
              />
            );
          })}
        </Box>
      )}
      {ui.overlay !== 'help' && !insights && (
        // Race times are the live session's: a scenario in the panes tells its own time.
        <Timeline world={world} lang={runner.lang} width={cols} height={frame.timelineHeight} {...(player ? {} : { stamps: runner.stamps })} />
      )}
      {snap.live && <LiveBar live={snap.live} state={world.state} lang={runner.lang} width={cols} />}
      {player && <PlayerBar view={player} lang={runner.lang} width={cols} />}
      <StatusBar runner={runner} snap={snap} width={cols} />
    </Box>
  );
}
