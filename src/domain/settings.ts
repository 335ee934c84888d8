// The second edition's world settings: their defaults (absent = the first edition's behaviour)
// and their ranges. The world schema, the scenario's `settings` verb and the engine's settings
// command all check against these, so the three agree.
import { parseDuration, HOUR } from './time';
import type { Millis, Settings, SettingsChange } from './types';

export const SETTING_DEFAULTS = {
  commission: 0,
  codeDiscount: 15,
  dailySendLimit: 0,
  mutualFriendsOnly: false,
  shipAfterMs: 2 * HOUR,
  deliverAfterMs: 48 * HOUR,
} as const satisfies Required<SettingsChange>;

/** Integer percent ranges. */
export const COMMISSION_MAX = 30;
export const CODE_DISCOUNT_MAX = 50;

export type Setting = keyof typeof SETTING_DEFAULTS;

/** A setting's value in force. */
export function setting<K extends Setting>(s: Settings, key: K): Required<SettingsChange>[K] {
  const v = s[key];
  return (v === undefined ? SETTING_DEFAULTS[key] : v) as Required<SettingsChange>[K];
}

const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v);
const isDuration = (v: unknown): v is Millis => isInt(v) && v >= 0;

/** What is wrong with one setting's value, or null when it is allowed. */
export function settingProblem(key: Setting, v: unknown): string | null {
  switch (key) {
    case 'commission':
      return isInt(v) && v >= 0 && v <= COMMISSION_MAX ? null : `an integer percent from 0 to ${COMMISSION_MAX}`;
    case 'codeDiscount':
      return isInt(v) && v >= 0 && v <= CODE_DISCOUNT_MAX ? null : `an integer percent from 0 to ${CODE_DISCOUNT_MAX}`;
    case 'dailySendLimit':
      return isInt(v) && v >= 0 ? null : 'an integer ≥ 0 (0 = no limit)';
    case 'mutualFriendsOnly':
      return typeof v === 'boolean' ? null : 'true or false';
    case 'shipAfterMs':
    case 'deliverAfterMs':
      return isDuration(v) ? null : 'a duration like 2h or 48h';
  }
}

/** The first setting a change gets wrong (its key), or null. Unknown keys are wrong too. */
export function settingsChangeProblem(changes: Record<string, unknown>): { key: string; problem: string } | null {
  for (const [key, v] of Object.entries(changes)) {
    if (!Object.hasOwn(SETTING_DEFAULTS, key)) return { key, problem: 'not a setting' };
    const problem = settingProblem(key as Setting, v);
    if (problem) return { key, problem };
  }
  return null;
}

/** A duration setting as written in a world or scenario (`2h`, `48h`), or null when malformed. */
export function durationSetting(text: unknown): Millis | null {
  return typeof text === 'string' ? parseDuration(text) : null;
}
