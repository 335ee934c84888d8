// bluepacket/testing: scripted flow tests on the real app (the same runner, screens and engine).
//
//   import { render } from 'ink-testing-library';
//   import { Bluepacket, press, waitFor, pane } from 'bluepacket/testing';
//   const app = render(<Bluepacket users={['mom', 'dad']} seed="qa" size={{ cols: 120, rows: 40 }} />);
//   await press(app, 'mom', 'g');
//
// <Bluepacket/> renders the app on an in-memory store with a fixed seed and clock, laid out at
// the size it is given; the helpers act as a user on the render's result, each key waiting for
// the work it started and the frame that shows it (docs/flow-tests.md). renderApp is the same
// component in a terminal of this repo's own that can be resized and recorded.
export { Bluepacket, type BluepacketProps } from './Bluepacket';
export { advance, advanceCrowd, frame, idle, later, pane, paste, press, resize, shown, state, typeText, waitFor, type Key, type Rendered } from './helpers';
export { sessionOf, type Session, type Size, type TestCrowd } from './session';
export { renderApp, renderPlayer, type AppHarness, type CrowdHarness, type PlayerHarness, type RenderOptions } from './harness';
export { KEYS, plain, sliceColumns, type KeyName } from './terminal';
