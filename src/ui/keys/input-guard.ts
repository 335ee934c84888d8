// ink 6.8 throws on escape sequences it cannot name: a pasted colour code such as ESC[31m is
// parsed as a ctrl key with no name, and useInput calls .startsWith on the undefined name,
// which kills the app. Such sequences are never keys: drop them before ink's handlers see them.
import type { EventEmitter } from 'node:events';

// eslint-disable-next-line no-control-regex
const CSI = /^\u001b\[[0-?]*[ -/]*([@-~])$/;
/** Final bytes of the CSI sequences ink names as keys (arrows, home/end, F-keys, shift-tab, ~ keys, kitty u). */
const KEY_FINALS = /[A-FHPQRSZa-eu~^]/;

export function isStrayEscape(input: string): boolean {
  const m = CSI.exec(input);
  return m !== null && !KEY_FINALS.test(m[1]!);
}

const guarded = new WeakSet<EventEmitter>();

/** Wrap ink's input emitter (useStdin().internal_eventEmitter) once. */
export function guardInput(events: EventEmitter | undefined): void {
  if (!events || guarded.has(events)) return;
  guarded.add(events);
  const emit = events.emit.bind(events);
  events.emit = ((name: string | symbol, ...args: unknown[]) =>
    name === 'input' && typeof args[0] === 'string' && isStrayEscape(args[0]) ? false : emit(name, ...args)) as typeof events.emit;
}
