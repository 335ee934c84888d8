// The whole app as one component, for ink-testing-library (or Ink's own render) to render as it
// is: `render(<Bluepacket users={['mom', 'dad']} seed="qa" size={{ cols: 120, rows: 40 }} />)`.
// It opens a session on an in-memory store with a fixed seed and clock (unless given a store or
// a state) and draws it with the same Root, runner, screens and engine as `bin/bluepacket`.
// The session is made when the component mounts: rendering it again with another `size` lays it
// out again; other props are read once (to start over, unmount and render anew).
import { useStdout } from 'ink';
import React, { useEffect, useState } from 'react';
import { Root } from '../ui/Root';
import { register, Session, type BluepacketProps, type Size } from './session';

export type { BluepacketProps };

/** Ink lays its root out as wide as stdout.columns and cuts off whatever is wider, so the test
 * terminal is made to report the size the app is given (an own property over
 * ink-testing-library's fixed 100 columns), in the render that lays it out. */
function fitTerminal(stdout: NodeJS.WriteStream, size: Size): void {
  if (stdout.columns !== size.cols) Object.defineProperty(stdout, 'columns', { value: size.cols, configurable: true, writable: true });
  if (stdout.rows !== size.rows) Object.defineProperty(stdout, 'rows', { value: size.rows, configurable: true, writable: true });
}

export function Bluepacket(props: BluepacketProps) {
  const { stdout } = useStdout();
  if (props.size) fitTerminal(stdout, props.size);
  // Made and registered while rendering, so the test's first helper call finds it as soon as
  // render() returns.
  const [session] = useState(() => {
    const s = new Session(props, { cols: stdout.columns || 80, rows: stdout.rows || 24 });
    register(stdout, s);
    return s;
  });
  session.props = props;
  useEffect(() => () => session.close(), [session]);
  return <Root runner={session.runner} onDrawn={session.onDrawn} {...(props.size ? { size: props.size } : {})} />;
}
