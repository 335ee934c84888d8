// Recording the terminal as asciicast v2: the session's `--record FILE.cast`, and the scenario player's.
export { recordTo, type Recording, type RecordOptions, type TerminalStream } from './asciicast';
export { checkRecordPath, type RecordPathCheck } from './path';
