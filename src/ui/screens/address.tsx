// The address form: pick a saved address (the fast way to win a grab) or fill name, phone,
// region and detail. Errors are shown on the field, from the domain's own address rules.
import { Box, Text } from 'ink';
import React from 'react';
import { addressProblems, maskPhone, type AddressProblem } from '../../domain/address';
import { TextField } from '../components/TextField';
import { moveCursor, tr, type Effect, type Env } from '../model/effects';
import { ADDRESS_FIELDS, type AddressFieldName, type Screen } from '../model/screens';
import { displaySafe } from '../text/sanitize';
import { fit, truncate } from '../text/width';
import { claimEffect } from './card';
import type { ScreenModule } from './types';

type Address = Extract<Screen, { kind: 'address' }>;

const MAX: Record<AddressFieldName, number> = { name: 20, phone: 11, region: 40, detail: 120 };
const ROWS: Record<AddressFieldName, number> = { name: 1, phone: 1, region: 1, detail: 2 };

const LABEL: Record<AddressFieldName, { zh: string; en: string }> = {
  name: { zh: '收货人', en: 'Name' },
  phone: { zh: '手机号', en: 'Phone' },
  region: { zh: '所在地区', en: 'Region' },
  detail: { zh: '详细地址', en: 'Detail' },
};

export function problemText(p: AddressProblem, lang: Env['lang']): string {
  const s = tr(lang);
  switch (p.problem) {
    case 'empty':
      return s('必填', 'required');
    case 'control':
      return s('含有不允许的字符', 'has control characters');
    case 'format':
      return s('须为 1 开头的 11 位手机号', 'an 11-digit mobile number starting 1[3-9]');
    case 'length':
      return p.field === 'detail' ? s('5–120 个字', '5–120 characters') : p.field === 'name' ? s('1–20 个字', '1–20 characters') : s('太长了', 'too long');
  }
}

const saved = (env: Env) => env.state.users[env.user]?.addresses ?? [];

/** Rows: saved addresses, then the four fields, then the submit row. */
function rowKind(s: Address, env: Env, row = s.cursor): { kind: 'saved'; i: number } | { kind: 'field'; f: AddressFieldName } | { kind: 'submit' } {
  const n = saved(env).length;
  if (row < n) return { kind: 'saved', i: row };
  if (row < n + 4) return { kind: 'field', f: ADDRESS_FIELDS[row - n]! };
  return { kind: 'submit' };
}

function moveField(s: Address, env: Env, dir: 1 | -1): Address {
  const n = saved(env).length;
  const i = s.editing ? ADDRESS_FIELDS.indexOf(s.editing) + dir : 0;
  if (i < 0 || i >= 4) return { ...s, editing: null, cursor: i < 0 ? Math.max(0, n - 1) : n + 4 };
  return { ...s, editing: ADDRESS_FIELDS[i]!, cursor: n + i };
}

function submitForm(s: Address, env: Env): Effect {
  const problems = addressProblems(s.values);
  if (problems.length > 0) {
    const errors: Address['errors'] = {};
    for (const p of problems) errors[p.field] ??= problemText(p, env.lang);
    const first = ADDRESS_FIELDS.indexOf(problems[0]!.field);
    return { type: 'replace', screen: { ...s, errors, editing: null, cursor: saved(env).length + first } };
  }
  return claimEffect(env, s.packet, { ...s.values }, 1);
}

export const addressModule: ScreenModule<Address> = {
  actions: (s) => (s.editing ? ['nextField', 'prevField'] : ['up', 'down', 'select', 'back']),
  act(s, a, env) {
    const total = saved(env).length + 5;
    switch (a.id) {
      case 'up':
      case 'down':
        return moveCursor(s, a, total);
      case 'back':
        return { type: 'pop' };
      case 'stopEdit':
        return { type: 'replace', screen: { ...s, editing: null } };
      case 'nextField':
        return { type: 'replace', screen: moveField(s, env, 1) };
      case 'prevField':
        return { type: 'replace', screen: moveField(s, env, -1) };
      case 'select': {
        const row = rowKind(s, env);
        if (row.kind === 'saved') return claimEffect(env, s.packet, row.i, 1);
        if (row.kind === 'field') return { type: 'replace', screen: { ...s, editing: row.f } };
        return submitForm(s, env);
      }
      default:
        return null;
    }
  },
  setText: (s, value) => (s.editing ? { ...s, values: { ...s.values, [s.editing]: value }, errors: { ...s.errors, [s.editing]: undefined } } : s),
  submit(s, env) {
    if (s.editing === 'detail') return submitForm({ ...s, editing: null }, env);
    return { type: 'replace', screen: moveField(s, env, 1) };
  },
  View({ screen, env, focused, onText, onSubmit }) {
    const s = tr(env.lang);
    const w = env.width;
    const list = saved(env);
    const n = list.length;
    // Wide enough for the longest label (所在地区, four wide characters) and a space.
    const labelWidth = env.lang === 'zh' ? 10 : 8;
    return (
      <Box flexDirection="column" width={w} height={env.height} overflow="hidden">
        <Text bold color="blueBright">
          {s('填写收货地址', 'Delivery address')}
        </Text>
        {n > 0 && <Text color="gray">{s('选一个常用地址（最快）：', 'A saved address (fastest):')}</Text>}
        {list.map((a, i) => {
          const on = screen.cursor === i && !screen.editing;
          return (
            <Text key={i} inverse={on} color={on ? 'cyanBright' : undefined} wrap="truncate">
              {truncate(`${on ? '▶' : ' '} ${displaySafe(a.name)} ${maskPhone(a.phone)} ${displaySafe(a.region)}`, w)}
            </Text>
          );
        })}
        <Text color="gray">{s('或填写新地址：', 'Or a new one:')}</Text>
        {ADDRESS_FIELDS.map((f, k) => {
          const on = screen.cursor === n + k;
          const err = screen.errors[f];
          return (
            <Box key={f} flexDirection="column" width={w}>
              <Box width={w}>
                <Text color={on ? 'cyanBright' : undefined} bold={on}>
                  {fit(`${on ? '▶' : ' '}${LABEL[f][env.lang]}`, labelWidth)}
                </Text>
                <TextField
                  value={screen.values[f]}
                  focus={focused && screen.editing === f}
                  width={Math.max(4, w - labelWidth)}
                  rows={ROWS[f]}
                  max={MAX[f]}
                  placeholder={on ? s('Enter 输入', 'Enter to type') : ''}
                  onChange={onText}
                  onSubmit={onSubmit}
                />
              </Box>
              {err && (
                <Text color="red" wrap="truncate">
                  {truncate(`  ⚠ ${err}`, w)}
                </Text>
              )}
            </Box>
          );
        })}
        <Text inverse={screen.cursor === n + 4} color={screen.cursor === n + 4 ? 'greenBright' : 'green'} bold>
          {screen.cursor === n + 4 ? '▶ ' : '  '}
          {s('提交并领取', 'Submit and take it')}
        </Text>
      </Box>
    );
  },
};
