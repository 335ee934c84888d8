// s: the settings panel. A designer switches seed 2's restraint (the daily send cap, mutual
// friends only) and the platform's terms (its commission, a code gift's discount) in a session,
// to compare with and without; 应用设置 sends the engine one `settings` command with the values
// they touched. The grab rule keeps its own key (p).
import { CODE_DISCOUNT_MAX, COMMISSION_MAX, setting } from '../../../domain/settings';
import type { SettingsChange, State } from '../../../domain/types';
import { describeEvent } from '../../../i18n/events';
import { refusalMessage } from '../../../i18n/refusals';
import { say } from '../../../i18n';
import { SETTINGS } from '../../../i18n/screens/settings';
import type { KeyHandler, KeyMap, ScreenReducer, Step } from '../../app/types';

/** The settings the panel switches, in its rows' order; then the grab rule's row and 应用. */
export const PANEL = ['dailySendLimit', 'mutualFriendsOnly', 'commission', 'codeDiscount'] as const;
export type PanelSetting = (typeof PANEL)[number];
export type PanelValues = { [K in PanelSetting]: NonNullable<SettingsChange[K]> };

export const GRAB_ROW = PANEL.length;
export const APPLY_ROW = PANEL.length + 1;

export interface SettingsScreen {
  kind: 'settings';
  cursor: number;
  values: PanelValues;
  /** The settings the designer changed (even back to where they were): what 应用 sends. */
  touched: PanelSetting[];
  error: string | null;
}

export function panelValues(state: State): PanelValues {
  return {
    dailySendLimit: setting(state.settings, 'dailySendLimit'),
    mutualFriendsOnly: setting(state.settings, 'mutualFriendsOnly'),
    commission: setting(state.settings, 'commission'),
    codeDiscount: setting(state.settings, 'codeDiscount'),
  };
}

export const settingsScreen = (state: State): SettingsScreen => ({ kind: 'settings', cursor: 0, values: panelValues(state), touched: [], error: null });

const MAX: Record<Exclude<PanelSetting, 'mutualFriendsOnly'>, number> = { dailySendLimit: 99, commission: COMMISSION_MAX, codeDiscount: CODE_DISCOUNT_MAX };

function bump(s: SettingsScreen, delta: number): SettingsScreen | null {
  const key = PANEL[s.cursor];
  if (!key) return null;
  const touched = s.touched.includes(key) ? s.touched : [...s.touched, key];
  if (key === 'mutualFriendsOnly') return { ...s, touched, values: { ...s.values, mutualFriendsOnly: !s.values.mutualFriendsOnly }, error: null };
  const v = Math.max(0, Math.min(MAX[key], s.values[key] + delta));
  return { ...s, touched, values: { ...s.values, [key]: v }, error: null };
}

/** The change 应用 sends: the touched settings, in the panel's order. */
export function panelChange(s: SettingsScreen): SettingsChange {
  const out: SettingsChange = {};
  for (const key of PANEL) if (s.touched.includes(key)) Object.assign(out, { [key]: s.values[key] });
  return out;
}

const change =
  (delta: number): KeyHandler<SettingsScreen> =>
  (s) => {
    const next = bump(s, delta);
    return next ? { type: 'replace', screen: next } : null;
  };

const move = (s: SettingsScreen, to: number): Step => ({ type: 'replace', screen: { ...s, cursor: Math.max(0, Math.min(APPLY_ROW, to)) } });

const KEYS: KeyMap<SettingsScreen> = {
  up: (s) => move(s, s.cursor - 1),
  down: (s) => move(s, s.cursor + 1),
  left: change(-1),
  right: change(1),
  minus: change(-1),
  plus: change(1),
  select(s, env) {
    if (s.cursor === APPLY_ROW) {
      if (s.touched.length === 0) return { type: 'notice', text: say(env.lang, SETTINGS.nothing), tone: 'info' };
      return { type: 'run', command: { type: 'settings', changes: panelChange(s) } };
    }
    // A switch flips; a number row is done with: on to the next row.
    if (PANEL[s.cursor] === 'mutualFriendsOnly') return change(1)(s, env, { id: 'select' });
    return move(s, s.cursor + 1);
  },
  back: () => ({ type: 'pop' }),
};

export const settingsReducer: ScreenReducer<SettingsScreen> = {
  keys: () => KEYS,
  // Changed and not applied: quitting asks first.
  unsaved: (s) => s.touched.length > 0,
  outcome(s, command, o, env) {
    if (command.type !== 'settings') return null;
    if (!o.ok) return { type: 'replace', screen: { ...s, error: refusalMessage(o.code, env.lang) } };
    // Applied: the panel shows the settings in force, nothing pending; the status bar says what changed.
    const line = o.events[0] ? describeEvent(env.state, o.events[0], env.lang) : null;
    return {
      type: 'many',
      steps: [
        { type: 'replace', screen: { ...s, values: panelValues(env.state), touched: [], error: null } },
        ...(line ? [{ type: 'notice' as const, text: line, tone: 'good' as const }] : []),
      ],
    };
  },
};
