// The gift's options, by mode: the friend, the number of gifts (份数), the draw time and who may
// enter, the lucky bag's gifts, and a 赠言. Then the confirm screen.
import { Box, Text } from 'ink';
import React from 'react';
import { MESSAGE_MAX, yuan } from '../../domain/money';
import { takers } from '../../domain/rules';
import { giftName, userName } from '../../i18n/events';
import { TextField } from '../components/TextField';
import { draftCost, draftCount } from '../model/draft';
import { tr, type Effect, type Env } from '../model/effects';
import type { Draft, Screen } from '../model/screens';
import { displaySafe } from '../text/sanitize';
import { truncate, width } from '../text/width';
import type { ScreenModule } from './types';

type Compose = Extract<Screen, { kind: 'compose' }>;

type Row = { id: 'to' | 'count' | 'draw' | 'eligible' | 'add' | 'message' | 'next' } | { id: 'item'; i: number };

export function rows(d: Draft): Row[] {
  switch (d.mode) {
    case 'direct':
      return [{ id: 'to' }, { id: 'message' }, { id: 'next' }];
    case 'grab':
      return [{ id: 'count' }, { id: 'message' }, { id: 'next' }];
    case 'lottery':
      return [{ id: 'count' }, { id: 'draw' }, { id: 'eligible' }, { id: 'message' }, { id: 'next' }];
    case 'luckybag':
      return [...d.items.map((_, i) => ({ id: 'item' as const, i })), { id: 'add' }, { id: 'message' }, { id: 'next' }];
  }
}

/** How many could take a unit: the cap on 份数 besides 100. */
function cap(env: Env, d: Draft): number {
  if (d.mode === 'direct' || d.group === null) return 1;
  return Math.min(100, takers(env.state, { group: d.group, sender: env.user }, d.mode === 'lottery' ? d.eligible : 'all').length);
}

function bump(s: Compose, env: Env, delta: number): Compose | null {
  const row = rows(s.draft)[s.cursor];
  const d = s.draft;
  if (!row) return null;
  if (row.id === 'count' && d.mode !== 'luckybag') {
    const count = Math.max(1, Math.min(cap(env, d), d.items[0]!.count + delta));
    return { ...s, draft: { ...d, items: [{ ...d.items[0]!, count }] } };
  }
  if (row.id === 'item') {
    const items = d.items
      .map((it, j) => (j === row.i ? { ...it, count: it.count + delta } : it))
      .filter((it) => it.count > 0);
    if (items.length === 0 || items.reduce((n, it) => n + it.count, 0) > cap(env, d)) return null;
    return { ...s, draft: { ...d, items }, cursor: Math.min(s.cursor, items.length - 1 + (items.length < d.items.length ? 0 : 0)) };
  }
  if (row.id === 'draw') return { ...s, draft: { ...d, drawHours: Math.max(1, Math.min(24, d.drawHours + delta)) } };
  return null;
}

function select(s: Compose, env: Env): Effect | null {
  const t = tr(env.lang);
  const row = rows(s.draft)[s.cursor];
  const d = s.draft;
  if (!row) return null;
  switch (row.id) {
    case 'to':
      return { type: 'push', screen: { kind: 'pick', draft: d, cursor: 0, chosen: d.to ? [d.to] : [] } };
    case 'eligible':
      return { type: 'push', screen: { kind: 'pick', draft: d, cursor: 0, chosen: d.eligible === 'all' ? [] : d.eligible } };
    case 'add':
      return { type: 'push', screen: { kind: 'shop', tab: 0, cursor: 0, query: '', editing: null, bag: d } };
    case 'message':
      return { type: 'replace', screen: { ...s, editing: 'message' } };
    case 'count':
    case 'draw':
    case 'item':
      // Enter on a number row: done with it, on to the next row (←/→ change the number).
      return { type: 'replace', screen: { ...s, cursor: s.cursor + 1 } };
    case 'next':
      if (d.mode === 'direct' && !d.to) return { type: 'replace', screen: { ...s, error: t('先选一位朋友', 'Pick a friend first'), cursor: 0 } };
      return { type: 'push', screen: { kind: 'confirm', draft: d, cursor: 0, error: null } };
    default:
      return null;
  }
}

export const composeModule: ScreenModule<Compose> = {
  actions: (s) => (s.editing ? [] : s.draft.mode === 'luckybag' ? ['up', 'down', 'left', 'right', 'minus', 'plus', 'add', 'select', 'back'] : ['up', 'down', 'left', 'right', 'minus', 'plus', 'select', 'back']),
  act(s, a, env) {
    const n = rows(s.draft).length;
    switch (a.id) {
      case 'up':
        return { type: 'replace', screen: { ...s, cursor: Math.max(0, s.cursor - 1), error: null } };
      case 'down':
        return { type: 'replace', screen: { ...s, cursor: Math.min(n - 1, s.cursor + 1), error: null } };
      case 'left':
      case 'minus': {
        const next = bump(s, env, -1);
        return next ? { type: 'replace', screen: next } : null;
      }
      case 'right':
      case 'plus': {
        const next = bump(s, env, 1);
        return next ? { type: 'replace', screen: next } : null;
      }
      case 'add':
        return { type: 'push', screen: { kind: 'shop', tab: 0, cursor: 0, query: '', editing: null, bag: s.draft } };
      case 'select':
        return select(s, env);
      case 'stopEdit':
        return { type: 'replace', screen: { ...s, editing: null } };
      case 'back':
        return { type: 'pop' };
      default:
        return null;
    }
  },
  setText: (s, value) => ({ ...s, draft: { ...s.draft, message: value } }),
  submit: (s) => ({ type: 'replace', screen: { ...s, editing: null, cursor: rows(s.draft).length - 1 } }),
  View({ screen, env, focused, onText, onSubmit }) {
    const t = tr(env.lang);
    const d = screen.draft;
    const w = env.width;
    const title = { direct: t('送给朋友', 'To a friend'), grab: t('群发礼物', 'Group gift'), lottery: t('礼物抽奖', 'Gift lottery'), luckybag: t('拼手气礼物袋', 'Lucky bag') }[d.mode];
    const group = d.group ? env.state.groups[d.group] : undefined;
    const line = (row: Row): string => {
      switch (row.id) {
        case 'to':
          return `${t('收礼人', 'To')}: ${d.to ? userName(env.state, d.to) : t('（选择朋友）', '(pick a friend)')}`;
        case 'count':
          return `${t('份数', 'Gifts')}: ◀ ${d.items[0]!.count} ▶  ${t(`最多${cap(env, d)}`, `max ${cap(env, d)}`)}`;
        case 'draw':
          return `${t('开奖', 'Draw')}: ◀ ${t(`${d.drawHours}小时后`, `in ${d.drawHours} h`)} ▶`;
        case 'eligible':
          return `${t('参与者', 'Who may enter')}: ${d.eligible === 'all' ? t('全部群成员', 'everyone') : t(`指定 ${d.eligible.length} 人`, `${d.eligible.length} chosen`)}`;
        case 'item': {
          const it = d.items[row.i]!;
          return `◀ ${it.count} ▶ ${giftName(env.state, it.sku, it.spec)}`;
        }
        case 'add':
          return t('+ 再加一件礼物 (a)', '+ add another gift (a)');
        case 'message':
          return `${t('赠言', 'Message')}:`;
        case 'next':
          return t('下一步：确认', 'Next: confirm');
      }
    };
    return (
      <Box flexDirection="column" width={w} height={env.height} overflow="hidden">
        <Text bold color="blueBright" wrap="truncate">
          {truncate(`${title}${group ? ` · ${displaySafe(group.name)}` : ''}`, w)}
        </Text>
        {d.mode !== 'luckybag' && (
          <Text wrap="truncate">{truncate(`🎁 ${giftName(env.state, d.items[0]!.sku, d.items[0]!.spec)}`, w)}</Text>
        )}
        {rows(d).map((row, i) => {
          const on = i === screen.cursor;
          if (row.id === 'message')
            return (
              <Box key="message" width={w}>
                <Box marginRight={1}>
                  <Text color={on ? 'cyanBright' : undefined} bold={on}>
                    {`${on ? '▶ ' : '  '}${line(row)}`}
                  </Text>
                </Box>
                <TextField
                  value={d.message}
                  focus={focused && screen.editing === 'message'}
                  width={Math.max(4, w - 1 - width(`▶ ${line(row)}`))}
                  rows={2}
                  max={MESSAGE_MAX}
                  placeholder={on ? t('Enter 写赠言', 'Enter to write') : t('（可选）', '(optional)')}
                  onChange={onText}
                  onSubmit={onSubmit}
                />
              </Box>
            );
          return (
            <Text key={`${row.id}${'i' in row ? row.i : ''}`} inverse={on} color={on ? 'cyanBright' : row.id === 'next' ? 'green' : undefined} bold={on} wrap="truncate">
              {truncate(`${on ? '▶ ' : '  '}${line(row)}`, w)}
            </Text>
          );
        })}
        <Text color="gray" wrap="truncate">
          {truncate(`${t('合计', 'Total')} ${yuan(draftCost(env.state, d))} · ${draftCount(d)} ${t('份', draftCount(d) === 1 ? 'gift' : 'gifts')}`, w)}
        </Text>
        {screen.error && <Text color="red">{screen.error}</Text>}
      </Box>
    );
  },
};
