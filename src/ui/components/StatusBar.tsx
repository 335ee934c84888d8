// The status bar: Beijing time, the seed, the grab rule, the last notice; then the keys that
// work now, from the same key table that handles them. On one person's phone (`phone`): the time
// and the notice only, and no keys for moving between panes (a phone has one).
import { Box, Text } from 'ink';
import React from 'react';
import { toShort } from '../../domain/time';
import { sayer } from '../../i18n';
import { APP } from '../../i18n/app';
import { keyContext } from '../app/decide';
import type { Runner, Snapshot } from '../app/runner';
import { activeBindings, bindingLabel } from '../keys/keymap';
import { displaySafe } from '../text/sanitize';
import { truncate, width as textWidth } from '../text/width';
import { THEME } from '../theme';

export function StatusBar({ runner, snap, width, phone = false }: { runner: Runner; snap: Snapshot; width: number; phone?: boolean }) {
  const t = sayer(runner.lang);
  const { ui } = snap;
  const state = snap.world.state;
  const policy = state.settings.grabPolicy === 'first-address' ? t(APP.firstAddress) : t(APP.reserveOnOpen);
  const clock = `🕒 ${toShort(state.now)} ${t(APP.beijing)}`;
  const head = phone ? clock : `${clock} · ${t(APP.seed)} ${state.seed} · ${policy}`;
  const ctx = keyContext(ui, runner.ctx(), snap.player);
  // Help first, then this screen's own keys, then the other app keys: when the line is cut,
  // it is the always-the-same keys that go, not the ones this screen adds (a, /, +).
  const rank = (b: { id: string; scope: string }) => (b.id === 'help' ? 0 : b.scope === 'global' ? 2 : 1);
  const keys = activeBindings(ctx)
    .filter((b) => b.id !== 'pane' && b.id !== 'prevPane' && !(phone && b.id === 'nextPane'))
    .sort((a, b) => rank(a) - rank(b))
    .map((b) => bindingLabel(b, runner.lang));
  const keyLine = ui.overlay === 'help' ? t(APP.anyKeyCloses) : `${keys.join(' · ')}${ctx.editing ? '' : ' · ^C'}`;
  // The phone's short head leaves the notice (who moved the clock…) the rest of the line.
  const noticeRoom = phone ? Math.max(0, width - textWidth(head)) : Math.floor(Math.min(width / 2, 40));
  return (
    <Box flexDirection="column" width={width} height={2}>
      <Box width={width}>
        <Text color={THEME.strip} wrap="truncate">
          {truncate(head, Math.max(10, width - (ui.notice ? noticeRoom : 0)))}
        </Text>
        {ui.notice && (
          <Text color={THEME.tone[ui.notice.tone]} wrap="truncate">
            {truncate(`  ${displaySafe(ui.notice.text)}`, noticeRoom)}
          </Text>
        )}
      </Box>
      <Text color={THEME.muted} wrap="truncate">
        {truncate(keyLine, width)}
      </Text>
    </Box>
  );
}
