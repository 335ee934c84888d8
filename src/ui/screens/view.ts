// What a screen's view is given: its state, what it may read, whether its text field may take
// the keyboard, and where the field's typing and keys go.
import type { Key } from 'ink';
import type { ReactElement } from 'react';
import type { Env, Screen } from '../app/types';

export interface FieldHandlers {
  /** The field took this value. */
  onText(value: string): void;
  /** Enter in the field. */
  onSubmit(): void;
  /** Any other key while the field has the keyboard (Esc, Tab, ↑/↓): the key table decides. */
  onKey(input: string, key: Key): void;
}

export interface ViewProps<S extends Screen> {
  screen: S;
  env: Env;
  /** The screen's field may take the keyboard (the pane is focused, no overlay is open). */
  focused: boolean;
  field: FieldHandlers;
}

export type ScreenView<S extends Screen> = (props: ViewProps<S>) => ReactElement;
