// The shape every screen module has: the keys it answers, what a key does, how it looks, and
// (for screens with text fields) how typing and Enter are handled.
import type { ReactElement } from 'react';
import type { ActionId } from '../keys/keymap';
import type { Action, Effect, Env } from '../model/effects';
import type { Screen } from '../model/screens';

export interface ScreenModule<S extends Screen> {
  actions: (screen: S, env: Env) => readonly ActionId[];
  act: (screen: S, action: Action, env: Env) => Effect | null;
  View: (props: { screen: S; env: Env; focused: boolean; onText: (value: string) => void; onSubmit: () => void }) => ReactElement;
  /** The text field being edited takes this value. */
  setText?: (screen: S, value: string) => S;
  /** Enter in the text field being edited. */
  submit?: (screen: S, env: Env) => Effect | null;
}
