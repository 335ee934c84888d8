// Two guards on ink's input events, installed once on its emitter (useStdin().internal_eventEmitter).
//
// Escape sequences that are no key are dropped: ink 6.8 parses a pasted colour code such as
// ESC[31m as a ctrl key with no name, and useInput calls .startsWith on the undefined name,
// which kills the app.
//
// While a text field has the keyboard, the text pieces of one chunk of input reach it as one
// event. Ink splits a chunk at every escape sequence and emits the pieces in one tick;
// ink-text-input computes each edit from the value of its last render, so a second piece in the
// same tick would be applied to a stale value and undo the first. A paste lands whole instead,
// and cleaned as the field keeps it, so ink-text-input moves its cursor by what it inserted.
import type { EventEmitter } from 'node:events';
import { displaySafe } from '../text/sanitize';

// eslint-disable-next-line no-control-regex
const CSI = /^\u001b\[[0-?]*[ -/]*([@-~])$/;
/** Final bytes of the CSI sequences ink names as keys (arrows, home/end, F-keys, shift-tab, ~ keys, kitty u). */
const KEY_FINALS = /[A-FHPQRSZa-eu~^]/;

export function isStrayEscape(input: string): boolean {
  const m = CSI.exec(input);
  return m !== null && !KEY_FINALS.test(m[1]!);
}

/** Text a field takes as typed: not an escape sequence, and not a one-byte key (Enter, Tab,
 * Backspace…). Controls inside longer text are the field's to clean. */
// eslint-disable-next-line no-control-regex
export const isText = (input: string): boolean => input.length > 0 && !input.startsWith('\u001b') && !/^[\u0000-\u001f\u007f]$/.test(input);

/** One control byte that is not a key a field or the key table answers (Enter, Tab, Backspace, Esc). */
// eslint-disable-next-line no-control-regex
const isJunkControl = (input: string): boolean => /^[\u0000-\u0007\u000a-\u000c\u000e-\u001a\u001c-\u001f]$/.test(input);

const guarded = new WeakSet<EventEmitter>();

/** Wrap ink's input emitter once. `typing` says whether a text field has the keyboard now. */
export function guardInput(events: EventEmitter | undefined, typing: () => boolean = () => false): void {
  if (!events || guarded.has(events)) return;
  guarded.add(events);
  const emit = events.emit.bind(events);
  let pending: string | null = null;
  const flush = () => {
    const text = pending === null ? '' : displaySafe(pending);
    pending = null;
    if (text !== '') emit('input', text);
  };
  events.emit = ((name: string | symbol, ...args: unknown[]) => {
    if (name !== 'input' || typeof args[0] !== 'string') return emit(name, ...args);
    const input = args[0];
    if (isStrayEscape(input)) return false;
    // A lone control that is no key (a pasted bell) is nothing to a field: it would only split the paste.
    if (typing() && isJunkControl(input)) return false;
    if (typing() && isText(input)) {
      // The first piece of a chunk waits for the rest of the tick's pieces.
      if (pending === null) queueMicrotask(flush);
      pending = (pending ?? '') + input;
      return true;
    }
    flush();
    return emit(name, ...args);
  }) as typeof events.emit;
}
