// How to give it: to one friend, a grab packet (拼手速), a lottery (拼运气) or a lucky bag.
import { Box, Text } from 'ink';
import React from 'react';
import type { GiftMode as Mode, State, UserId } from '../../domain/types';
import { Menu } from '../components/Menu';
import { moveCursor, tr, type Env } from '../model/effects';
import type { Draft, Screen } from '../model/screens';
import type { ScreenModule } from './types';

type ModeScreen = Extract<Screen, { kind: 'mode' }>;

export const MODES: Mode[] = ['direct', 'grab', 'lottery', 'luckybag'];

/** The group a group gift goes to: the pane's group chat, else the user's first group. */
export function groupFor(state: State, chat: string, user: UserId): string | null {
  if (chat.startsWith('group:')) return chat.slice(6);
  return Object.values(state.groups).find((g) => g.members.includes(user))?.id ?? null;
}

export function newDraft(env: Env, mode: Mode, sku: string, spec: string): Draft {
  const chat = env.pane.chat;
  const dmOther = chat.startsWith('dm:') ? (chat.slice(3).split('|').find((u) => u !== env.user) ?? null) : null;
  return {
    mode,
    items: [{ sku, spec, count: 1 }],
    to: mode === 'direct' ? dmOther : null,
    group: mode === 'direct' ? null : groupFor(env.state, chat, env.user),
    drawHours: 1,
    eligible: 'all',
    message: '',
  };
}

export const modeModule: ScreenModule<ModeScreen> = {
  actions: () => ['up', 'down', 'select', 'back'],
  act(s, a, env) {
    switch (a.id) {
      case 'up':
      case 'down':
        return moveCursor(s, a, MODES.length);
      case 'back':
        return { type: 'pop' };
      case 'select': {
        const mode = MODES[s.cursor]!;
        const draft = newDraft(env, mode, s.sku, s.spec);
        if (mode !== 'direct' && draft.group === null) return { type: 'notice', text: tr(env.lang)('你不在任何群里', 'You are in no group'), tone: 'bad' };
        return { type: 'push', screen: { kind: 'compose', draft, cursor: 0, editing: null, error: null } };
      }
      default:
        return null;
    }
  },
  View({ screen, env }) {
    const s = tr(env.lang);
    const labels: Record<Mode, [string, string]> = {
      direct: [s('送给朋友', 'To a friend'), s('一对一', 'one to one')],
      grab: [s('群发礼物', 'Group gift'), s('拼手速：先填地址先得', 'fastest address wins')],
      lottery: [s('礼物抽奖', 'Gift lottery'), s('拼运气：到点开奖', 'luck: drawn at a set time')],
      luckybag: [s('拼手气礼物袋', 'Lucky bag'), s('几样礼物，随机领一样', 'several gifts, one at random each')],
    };
    return (
      <Box flexDirection="column" width={env.width} height={env.height}>
        <Text bold color="blueBright">
          {s('怎么送？', 'How to give it?')}
        </Text>
        <Menu width={env.width} cursor={screen.cursor} items={MODES.map((m) => ({ id: m, label: labels[m][0], hint: labels[m][1] }))} />
      </Box>
    );
  },
};
