// The address form: pick a saved address (the fast way to win a grab) or fill name, phone,
// region and detail. Errors are shown on the field, from the domain's own address rules.
import { addressProblems, type AddressProblem } from '../../../domain/address';
import { say, type Lang } from '../../../i18n';
import { ADDRESS } from '../../../i18n/screens/card';
import { listKeys } from '../../app/list';
import type { Env, KeyMap, ScreenReducer, Step } from '../../app/types';
import { claimCommand, claimed, koulingClaimed } from '../card/reducer';

export type AddressFieldName = 'name' | 'phone' | 'region' | 'detail';
export const ADDRESS_FIELDS: AddressFieldName[] = ['name', 'phone', 'region', 'detail'];

export interface AddressScreen {
  kind: 'address';
  packet: string;
  /** A code gift's 4-digit code, claimed with the address. */
  code?: string;
  /** The row: a saved address (0..n-1), a field (n..n+3), the submit row (n+4). */
  cursor: number;
  values: Record<AddressFieldName, string>;
  editing: AddressFieldName | null;
  errors: Partial<Record<AddressFieldName, string>>;
}

export const addressScreen = (packet: string, code?: string): AddressScreen => ({
  kind: 'address',
  packet,
  ...(code !== undefined ? { code } : {}),
  cursor: 0,
  values: { name: '', phone: '', region: '', detail: '' },
  editing: null,
  errors: {},
});

export function problemText(p: AddressProblem, lang: Lang): string {
  switch (p.problem) {
    case 'empty':
      return say(lang, ADDRESS.required);
    case 'control':
      return say(lang, ADDRESS.control);
    case 'format':
      return say(lang, ADDRESS.format);
    case 'length':
      return say(lang, p.field === 'detail' ? ADDRESS.detailLength : p.field === 'name' ? ADDRESS.nameLength : ADDRESS.tooLong);
  }
}

export const savedAddresses = (env: Env) => env.state.users[env.user]?.addresses ?? [];

type Row = { kind: 'saved'; i: number } | { kind: 'field'; f: AddressFieldName } | { kind: 'submit' };

/** Rows: saved addresses, then the four fields, then the submit row. */
export function rowAt(env: Env, row: number): Row {
  const n = savedAddresses(env).length;
  if (row < n) return { kind: 'saved', i: row };
  if (row < n + 4) return { kind: 'field', f: ADDRESS_FIELDS[row - n]! };
  return { kind: 'submit' };
}

function moveField(s: AddressScreen, env: Env, dir: 1 | -1): AddressScreen {
  const n = savedAddresses(env).length;
  const i = s.editing ? ADDRESS_FIELDS.indexOf(s.editing) + dir : 0;
  if (i < 0 || i >= 4) return { ...s, editing: null, cursor: i < 0 ? Math.max(0, n - 1) : n + 4 };
  return { ...s, editing: ADDRESS_FIELDS[i]!, cursor: n + i };
}

function submitForm(s: AddressScreen, env: Env): Step {
  const problems = addressProblems(s.values);
  if (problems.length > 0) {
    const errors: AddressScreen['errors'] = {};
    for (const p of problems) errors[p.field] ??= problemText(p, env.lang);
    const first = ADDRESS_FIELDS.indexOf(problems[0]!.field);
    return { type: 'replace', screen: { ...s, errors, editing: null, cursor: savedAddresses(env).length + first } };
  }
  return { type: 'run', command: claimCommand(env, s.packet, { ...s.values }, s.code) };
}

const BROWSING = listKeys<AddressScreen>(
  (_s, env) => savedAddresses(env).length + 5,
  (s, env) => {
    const row = rowAt(env, s.cursor);
    if (row.kind === 'saved') return { type: 'run', command: claimCommand(env, s.packet, row.i, s.code) };
    if (row.kind === 'field') return { type: 'replace', screen: { ...s, editing: row.f } };
    return submitForm(s, env);
  },
);

const TYPING: KeyMap<AddressScreen> = {
  stopEdit: (s) => ({ type: 'replace', screen: { ...s, editing: null } }),
  nextField: (s, env) => ({ type: 'replace', screen: moveField(s, env, 1) }),
  prevField: (s, env) => ({ type: 'replace', screen: moveField(s, env, -1) }),
};

export const addressReducer: ScreenReducer<AddressScreen> = {
  keys: (s) => (s.editing ? TYPING : BROWSING),
  editing: (s) => s.editing,
  unsaved: (s) => ADDRESS_FIELDS.some((f) => s.values[f].trim() !== ''),
  text: (s, value) => (s.editing ? { ...s, values: { ...s.values, [s.editing]: value }, errors: { ...s.errors, [s.editing]: undefined } } : s),
  submit: (s, env) => (s.editing === 'detail' ? submitForm({ ...s, editing: null }, env) : { type: 'replace', screen: moveField(s, env, 1) }),
  // The form sits on the card: a claim's result takes both their places.
  outcome: (s, command, o, env) => (command.type === 'claim' ? (command.code !== undefined ? koulingClaimed(s.packet, o, command, env, 1) : claimed(s.packet, o, env, 1)) : null),
};
