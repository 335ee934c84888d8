// The whole app as one component, for ink-testing-library (or Ink's own render) to render as it
// is: `render(<Bluepacket users={['mom', 'dad']} seed="qa" size={{ cols: 120, rows: 40 }} />)`.
// It opens a session on an in-memory store with a fixed seed and clock (unless given a store or
// a state) and draws it with the same Root, runner, screens and engine as `bin/bluepacket`.
// The session is made when the component mounts: rendering it again with another `size` lays it
// out again; other props are read once (to start over, unmount and render anew).
import { useStdout } from 'ink';
import React, { useEffect, useState } from 'react';
import { Root } from '../ui/Root';
import { register, Session, type BluepacketProps } from './session';

export type { BluepacketProps };

export function Bluepacket(props: BluepacketProps) {
  const { stdout } = useStdout();
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
