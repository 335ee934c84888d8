// Whether screens may animate: a live terminal (a session, play --tui) says yes; tests and the
// lookbook draw every outcome at once, so a frame is a function of the state alone.
import { createContext, useContext, useEffect, useRef, useState } from 'react';

export const Motion = createContext(false);

/**
 * A short run of `count` frames, `ms` apart, when `phase` turns from `from` to `to` while the
 * component is up (never on mounting: a screen drawn already in its final phase shows it at
 * once). The frame's number, or null when there is none to show.
 */
export function useTransitionFrames(phase: string, from: string, to: string, count: number, ms: number): number | null {
  const motion = useContext(Motion);
  const last = useRef(phase);
  const [i, setI] = useState<number | null>(null);
  useEffect(() => {
    const was = last.current;
    last.current = phase;
    if (!motion || was !== from || phase !== to) return;
    let n = 0;
    setI(0);
    const timer = setInterval(() => {
      n++;
      if (n >= count) {
        clearInterval(timer);
        setI(null);
      } else setI(n);
    }, ms);
    return () => clearInterval(timer);
  }, [phase, motion, from, to, count, ms]);
  return i;
}
