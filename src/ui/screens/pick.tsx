// Choosing people: the friend a gift goes to (one), or the members who may enter a lottery
// (several; none chosen means everyone).
import { Box, Text } from 'ink';
import React from 'react';
import type { UserId } from '../../domain/types';
import { Menu } from '../components/Menu';
import { many, moveCursor, tr, type Env } from '../model/effects';
import type { Draft, Screen } from '../model/screens';
import { displaySafe } from '../text/sanitize';
import type { ScreenModule } from './types';

type Pick = Extract<Screen, { kind: 'pick' }>;

export function candidates(env: Env, d: Draft): UserId[] {
  if (d.mode === 'direct') return env.state.users[env.user]?.friends ?? [];
  return (d.group ? env.state.groups[d.group]?.members ?? [] : []).filter((m) => m !== env.user);
}

function backToCompose(d: Draft, cursor: number) {
  return many({ type: 'pop' }, { type: 'replace', screen: { kind: 'compose', draft: d, cursor, editing: null, error: null } });
}

export const pickModule: ScreenModule<Pick> = {
  actions: () => ['up', 'down', 'select', 'back'],
  act(s, a, env) {
    const list = candidates(env, s.draft);
    const multi = s.draft.mode === 'lottery';
    const rowsCount = list.length + (multi ? 1 : 0);
    switch (a.id) {
      case 'up':
      case 'down':
        return moveCursor(s, a, rowsCount);
      case 'back':
        return { type: 'pop' };
      case 'select': {
        if (!multi) {
          const to = list[s.cursor];
          return to ? backToCompose({ ...s.draft, to }, 1) : null;
        }
        if (s.cursor === 0) return backToCompose({ ...s.draft, eligible: s.chosen.length ? s.chosen : 'all' }, 2);
        const who = list[s.cursor - 1]!;
        const chosen = s.chosen.includes(who) ? s.chosen.filter((x) => x !== who) : [...s.chosen, who];
        return { type: 'replace', screen: { ...s, chosen } };
      }
      default:
        return null;
    }
  },
  View({ screen, env }) {
    const t = tr(env.lang);
    const list = candidates(env, screen.draft);
    const multi = screen.draft.mode === 'lottery';
    const items = list.map((u) => ({
      id: u,
      label: `${multi ? (screen.chosen.includes(u) ? '☑ ' : '☐ ') : ''}${displaySafe(env.state.users[u]?.name ?? u)}`,
    }));
    const done = { id: '__done', label: screen.chosen.length ? t(`✓ 完成（${screen.chosen.length} 人）`, `✓ done (${screen.chosen.length})`) : t('✓ 完成（全部成员）', '✓ done (everyone)') };
    return (
      <Box flexDirection="column" width={env.width} height={env.height} overflow="hidden">
        <Text bold color="blueBright">
          {multi ? t('谁可以参与抽奖？', 'Who may enter?') : t('送给哪位朋友？', 'Which friend?')}
        </Text>
        <Menu width={env.width} height={Math.max(1, env.height - 1)} cursor={screen.cursor} items={multi ? [done, ...items] : items} />
      </Box>
    );
  },
};
