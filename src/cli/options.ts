// Options several commands share (the session, `play`, `play --tui`): each checked one way, with
// the same message, whichever command takes it.
import type { Lang } from '../i18n';
import { isLang } from '../i18n';
import { checkRecordPath } from '../ui/record/path';
import { THEME_NAMES, type ThemeName } from '../ui/theme';
import { UsageError } from './usage';

/** `--lang zh|en`, zh when absent. */
export function langOption(value: string | undefined, command = ''): Lang {
  const lang = value ?? 'zh';
  if (!isLang(lang)) throw new UsageError(`${command}--lang is zh or en`);
  return lang;
}

/** `--theme dark|light`, dark when absent: the palette for the terminal's background. */
export function themeOption(value: string | undefined, command = ''): ThemeName {
  const theme = value ?? 'dark';
  if (!(THEME_NAMES as readonly string[]).includes(theme)) throw new UsageError(`${command}--theme is ${THEME_NAMES.join(' or ')} (the terminal's background)`);
  return theme as ThemeName;
}

/** `--users a,b,c` as a list, or undefined when absent. */
export function usersOption(value: string | undefined): string[] | undefined {
  return value === undefined ? undefined : value.split(',').map((u) => u.trim()).filter(Boolean);
}

/** `--record FILE.cast`, checked (never the data file `db`), as an absolute path. */
export function recordOption(value: string | undefined, db?: string): string | undefined {
  if (value === undefined) return undefined;
  const r = checkRecordPath(value, db === undefined ? {} : { db });
  if (!r.ok) throw new UsageError(r.message);
  return r.path;
}
